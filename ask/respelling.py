"""Reading a question's words as the course does: a word the course never uses as the course
word or synonym it misspells, a form of a synonym by its stem, or a word of another language;
and a question in another script put into English words first.

``CourseIndex`` (ask.index) takes these methods from ``Respelling``, which reads the index's
tables through the lookups named below, under its lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import process
from rapidfuzz.distance import Indel

from ask.foreign import load_english
from ask.languages import ForeignStems
from ask.questions import STOPWORDS, Question, read_question
from ask.scripts import ScriptReader
from ask.spelling import slip, swapped
from ask.synonyms import Synonyms

# A word the course never uses is read as a misspelling of a course word (or of a synonym) that
# has a letter more ("depresion", "ketamin"; two in a long word), or, in a long word, one letter
# changed ("seratonin", "spravado": eight letters or more).
# Short words are left alone: too many of them are a letter apart ("surge" and "urge").
SPELLING_MIN_CHARS = 6  # and a word of one letter less is read only with two letters swapped
SPELLING_LONG_CHARS = 8


class Respelling:
    """A question's words read against the course's own: the part of ``CourseIndex`` that
    respells them."""

    # The index's: its synonyms, its lock, the everyday words of other languages it was given,
    # and its lookups in the FTS5 tables.
    synonyms: Synonyms
    _lock: threading.Lock
    _foreign: frozenset[str]
    _titled: Callable[..., frozenset[int]]
    _stems: Callable[[list[str]], list[str | None]]

    def _learn_words(self, words: set[str], used: dict[str, int]) -> None:
        """Keep what reading a question's words needs: `words`, the course's own, and `used`,
        how many passages' text holds each one-word synonym. Called once, by the index."""
        # The words a misspelling may be read as: the course's own, and one-word synonyms.
        self._groups_of = {t: g for g in self.synonyms.groups for t in g if " " not in t}
        self._spellings = sorted(
            w for w in words | set(self._groups_of) if len(w) >= SPELLING_MIN_CHARS - 1
        )
        # And, where none of those is meant, the longer words that frame a question, so that
        # "actualy" is filler as "actually" is, rather than a word the course never uses, which
        # weighs most.
        self._framing = sorted(
            w for w in STOPWORDS - words if w.isalpha() and len(w) >= SPELLING_LONG_CHARS - 1
        )
        # Any form of a one-word synonym mentions its group: "regulate" as "regulated" does, and
        # in another language, "embarazada" as "embarazo" (ask.languages).
        self._english = load_english()
        self._abroad = ForeignStems(
            self.synonyms.groups, lambda t: used[t] > 0, self._english, STOPWORDS
        )
        self._scripts = ScriptReader()  # questions in Chinese, Hindi, Arabic, Thai… in English
        self._groups_by_stem: dict[str, tuple[str, ...]] = {}
        terms = list(self._groups_of)
        for term, stem in zip(terms, self._stems(terms), strict=True):
            if stem is not None:
                self._groups_by_stem.setdefault(stem, self._groups_of[term])

    def read(self, text: str) -> Question:
        """The question's concepts, with words the course never uses read as misspellings; a
        question in Chinese, Japanese, Korean, Hindi, Arabic or Thai in English words first."""
        if not ScriptReader.applies(text):
            return self._read(text)
        question = self._read(self._scripts.english(text))
        # Asking for oneself ("我", "मैं") or what would kill is read in the text as written too.
        written = read_question(text)
        return replace(
            question,
            personal=question.personal or written.personal,
            dosing=question.dosing or written.dosing,
            harm=question.harm or written.harm,
            minor=question.minor or written.minor,
            script=True,
        )

    def _read(self, text: str) -> Question:
        question = read_question(text, self.synonyms)
        concepts, meant = self._respelled(question)
        if meant:
            # Read again as if spelled right, so that a phrase with a slip in it counts too
            # ("how ketamin works", "side efects"); the safety flags stay those of the text.
            fixed = re.sub(
                r"[\w']+", lambda m: meant.get(m.group().lower(), m.group()), text.lower()
            )
            concepts, _ = self._respelled(read_question(fixed, self.synonyms))
        # A form of an off-topic term ("precios" for "precio") names that subject too.
        off_topic = question.off_topic or any(c in self.synonyms.off_topic for c in concepts)
        return replace(question, concepts=tuple(concepts), off_topic=off_topic)

    def _respelled(self, question: Question) -> tuple[list[tuple[str, ...]], dict[str, str]]:
        """The question's concepts with misspellings read, and each misspelling's course word."""
        concepts: list[tuple[str, ...]] = []
        meant: dict[str, str] = {}
        for concept in question.concepts:
            if len(concept) == 1:
                spelled, word = self._spelled(concept[0])
                if word is not None:
                    meant[concept[0]] = word
                if word in STOPWORDS:
                    continue  # a slip of a filler word ("actualy"): filler too
                if spelled not in concepts:
                    concepts.append(spelled)
            elif concept not in concepts:
                concepts.append(concept)
        return concepts, meant

    def _spelled(self, word: str) -> tuple[tuple[str, ...], str | None]:
        """A word as a concept: itself if the course uses it in some form, else the synonym
        group of its stem ("regulate" for "regulated"), else the word it misspells, else the
        group of its stem in another language ("embarazada"); and the word it misspells."""
        with self._lock:
            if self._titled(word, "{title body}"):  # the course's own word: searched as it is
                return (word,), None
            group = self._groups_by_stem.get(self._stem(word) or "")
            if group is not None:
                return group, None
        if len(word) < SPELLING_MIN_CHARS - 1 or not word.isalpha():
            return self._abroad_or(word), None
        long = len(word) >= SPELLING_LONG_CHARS
        near = process.extract(
            word, self._spellings, scorer=Indel.distance, score_cutoff=2, limit=8
        )
        if len(word) < SPELLING_MIN_CHARS:  # a short word: only two letters swapped ("brian")
            meant = [m for m, _, _ in near if swapped(word, m)]
        else:
            meant = [m for m, distance, _ in near if slip(word, m, distance, long)]
        if not meant:
            return self._abroad_or(word), self._filler_slip(word)
        with self._lock:
            return self._groups_by_stem.get(self._stem(meant[0]) or "", (meant[0],)), meant[0]

    def _filler_slip(self, word: str) -> str | None:
        """The framing word ("actually") that a word which is no English one ("actualy")
        misspells, if any."""
        if len(word) < SPELLING_LONG_CHARS - 1 or word in self._english:
            return None
        near = process.extract(word, self._framing, scorer=Indel.distance, score_cutoff=2, limit=4)
        return next((m for m, distance, _ in near if slip(word, m, distance, True)), None)

    def _abroad_or(self, word: str) -> tuple[str, ...]:
        """The group of another language's word by its stem ("embarazada"), else the word."""
        with self._lock:
            return self._abroad.group(word) or (word,)

    def _everyday(self, word: str) -> bool:
        """Whether a word is on the list of everyday words of other languages, which holds
        them case-folded as wordfreq does ("weiß" as "weiss"), or a form of a small word of
        another language ("usaba" of "usar"). Called under the lock."""
        folded = word.casefold()
        return folded in self._foreign or word in self._foreign or self._abroad.filler(word)

    def _stem(self, word: str) -> str | None:
        """The word's stem as the index reads it; None unless it makes exactly one token."""
        return self._stems([word])[0]
