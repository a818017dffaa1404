"""A concept's words in other languages, in whatever form a question uses them.

The course is in English; its synonym groups list a concept's words in other languages too
("embarazo", "Nebenwirkungen", "беременность"). People inflect them ("embarazada",
"Nebenwirkung", "беременности"), and listing every form would be endless. So each one-word term
of a group is stemmed with the Snowball stemmer of every language below, and a word of a question
that the course never uses is read as the group whose term it shares a stem with in one of them.

A stem is kept only when it is long enough to say something (short stems of different words
coincide: "dura" and "durante") and when it leads to one group only in its language. Words are
compared with and without accents ("depresion", "depressao"), as people often type them so.
Where no stem matches, a word that is a term of five letters or more with an ending of up to
three letters ("mesaneye", "doktoruma": Turkish joins its endings to a word) belongs to that
term's group. Both only for words that are not English ones ("deal" is not "dealer"). Stemming is
PyStemmer's C code: a word in all ten languages takes a few microseconds, and its cache is off,
so nothing about a question is kept. Not thread-safe: CourseIndex calls it under its lock.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable

import Stemmer

logger = logging.getLogger(__name__)

# Snowball has no Tagalog stemmer: its words are listed in their forms in synonyms.yaml.
LANGUAGES = (
    "spanish",
    "portuguese",
    "french",
    "italian",
    "german",
    "dutch",
    "polish",
    "russian",
    "turkish",
    "indonesian",
)
MIN_STEM = 4  # letters a stem needs to stand for one word
PREFIX_MIN = 5  # letters a term needs to be read with an ending added
ENDING_MAX = 3  # letters of such an ending


def unaccented(word: str) -> str:
    """The word without accents on Latin letters ("depresión" -> "depresion"); Cyrillic letters
    keep theirs ("й" is a letter of its own)."""
    decomposed = unicodedata.normalize("NFD", word)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


class ForeignStems:
    """Which synonym group a word of another language belongs to, by its stem."""

    def __init__(
        self,
        groups: tuple[tuple[str, ...], ...],
        in_course: Callable[[str], bool] = lambda term: False,
        english: frozenset[str] = frozenset(),
        filler: frozenset[str] = frozenset(),
    ) -> None:
        # English words are never read by another language's stem: "deal" is not "dealer".
        self._english = english
        # No cache (PyStemmer keeps 10,000 words by default): a question's words are not kept.
        self._stemmers = [Stemmer.Stemmer(language, 0) for language in LANGUAGES]
        # Only the terms `in_course` says the course text never uses: its English
        # words ("higher") stemmed as another language's would take in English words ("high").
        terms = [
            (term.replace("'", ""), group)
            for group in groups
            for term in group
            if " " not in term and not in_course(term)
        ]
        # (language, stem) -> the group; None where two groups share it. Each term is stemmed
        # as written and without accents, since a stemmer reads its language's accents
        # ("nastolatków") and people leave them out ("depresion").
        self._group_of: dict[tuple[int, str], tuple[str, ...] | None] = {}
        bare = [(unaccented(term), group) for term, group in terms]
        bare = [pair for pair, (term, _) in zip(bare, terms, strict=True) if pair[0] != term]
        for lang, stemmer in enumerate(self._stemmers):
            for pairs in (terms, bare):
                stems = stemmer.stemWords([term for term, _ in pairs])
                for stem, (_, group) in zip(stems, pairs, strict=True):
                    if len(stem) >= MIN_STEM:
                        self._add((lang, stem), group)
        # A term with a short ending added ("mesane" in "mesaneye", "doktor" in "doktoruma"),
        # as languages that join endings to words make them where a stemmer misses some:
        # the terms of five letters or more, by their first five.
        self._starting: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for term, group in terms:
            if len(term) >= PREFIX_MIN:
                self._starting.setdefault(term[:PREFIX_MIN], []).append((term, group))
        # The stems of the small words of other languages that a question is put in ("usar"):
        # a form of one ("usaba", "usarla") is filler too.
        small = sorted(w for w in filler if w not in english and w.isalpha())
        self._filler = {
            (lang, stem)
            for lang, stemmer in enumerate(self._stemmers)
            for stem in stemmer.stemWords(small)
            if len(stem) >= MIN_STEM
        }
        ambiguous = sum(group is None for group in self._group_of.values())
        logger.debug("foreign stems: %d kept, %d shared", len(self._group_of), ambiguous)

    def _add(self, key: tuple[int, str], group: tuple[str, ...]) -> None:
        known = self._group_of.setdefault(key, group)
        if known is not group and known is not None:
            self._group_of[key] = None

    def filler(self, word: str) -> bool:
        """Whether `word` is a form of a small word of another language ("usaba" of "usar")."""
        if word in self._english:
            return False
        return any(
            (lang, stemmer.stemWord(word)) in self._filler
            for lang, stemmer in enumerate(self._stemmers)
        )

    def group(self, word: str) -> tuple[str, ...] | None:
        """The group whose term `word` (lower case) shares a stem with in some language, or
        that it is with a short ending; None when none is, when two groups could be meant (a
        stem that terms of two groups share, or languages that disagree), or for English."""
        if word in self._english:
            return None
        found: set[tuple[str, ...]] = set()
        plain = unaccented(word)
        for lang, stemmer in enumerate(self._stemmers):
            for form in {word, plain}:
                key = (lang, stemmer.stemWord(form))
                if key in self._group_of:
                    group = self._group_of[key]
                    if group is None:  # the stem of terms of two groups: say neither
                        return None
                    found.add(group)
        if not found:
            for form in {word, plain}:
                found.update(
                    group
                    for term, group in self._starting.get(form[:PREFIX_MIN], ())
                    if form.startswith(term) and len(form) - len(term) <= ENDING_MAX
                )
        return found.pop() if len(found) == 1 else None
