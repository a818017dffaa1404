"""The search index: SQLite's FTS5 with the porter stemmer and bm25 ranking, in memory.

Built from a loaded course in a few tenths of a second and replaced whole when the course is
reloaded, so it is derived data only: nothing here touches the subscriber database or any file.
"""

from __future__ import annotations

import copy
import functools
import logging
import re
import sqlite3
import threading
from dataclasses import replace

from ask.asks import NOTHING, AskedPhrases
from ask.foreign import load_foreign
from ask.hits import WEIGHT_FLOOR, Hit, chat_capped, rare
from ask.learned import NONE, Featurer, RankModel, load_model
from ask.passages import Passage, course_passages, sentences
from ask.questions import CARE, Question
from ask.respelling import Respelling
from ask.synonyms import Synonyms, load_synonyms
from content.models import Course

logger = logging.getLogger(__name__)

TITLE_WEIGHT = 2.0  # bm25 column weights: a word in the title counts double
TEXT_WEIGHT = 1.0
ASKS_WEIGHT = 1.0  # and a word of the lesson's or page's `asks` phrases
CANDIDATES = 30
# A question's word named only by that phrase counts this much towards the coverage that decides
# whether the passage answers: the phrases say what a lesson answers, as fully as its text. Both
# chosen left-one-set-out on eight labelled sets (python -m bench.ask_calibrate): every fold
# chose 0.8 and 1.0 with the decline bar at 48 %.
ASKS_COVER = 1.0
# In the rank, such a word counts less than one the passage says: the phrase names the lesson,
# and of its parts, the one that says the word answers ("is k addictive": the part on misuse).
ASKS_FOCUS = 0.9
RUNNERS_UP = 8  # passages, in rank order, that may answer when the first cannot
_TOKENS = "tokenize='porter unicode61'"
_WORD = re.compile(r"[^\W\d_]+")
_COMMAND = re.compile(r"(?<![\w/])/[a-z_]+\b")


class CourseIndex(Respelling):
    """Full-text search over one course's passages."""

    def __init__(
        self,
        passages: list[Passage],
        synonyms: Synonyms | None = None,
        course: Course | None = None,
        foreign: frozenset[str] | None = None,
        model: RankModel | None = None,
    ) -> None:
        self.course = course  # the course this index was built from (None in unit tests)
        # The learned layer of the ranking (ask.learned); without it, the rules alone rank.
        self.model = model
        self._featurer = Featurer()
        self.synonyms = synonyms or Synonyms()
        # Everyday words of other languages ("wirkt", "quelles"): filler unless the course or
        # a synonym uses them (ask.foreign).
        self._foreign = load_foreign() if foreign is None else foreign
        self.passages = list(passages)
        # Built in one thread (a reload runs off the event loop) and read in another; reads
        # are serialised by the lock, and the connection is never shared beyond this object.
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute(f"CREATE VIRTUAL TABLE passages USING fts5(title, body, asks, {_TOKENS})")
        self._db.executemany(
            "INSERT INTO passages(rowid, title, body, asks) VALUES (?, ?, ?, ?)",
            [(i, p.title, _searched(p.text), _asked(p)) for i, p in enumerate(self.passages)],
        )
        # A scratch table whose vocabulary gives a word's stem as the search itself makes it.
        self._db.execute(
            "CREATE VIRTUAL TABLE scratch USING fts5(word, tokenize='porter unicode61')"
        )
        self._db.execute("CREATE VIRTUAL TABLE scratch_stems USING fts5vocab(scratch, 'instance')")
        # Each passage again as windows of two sentences, to see which words stand together.
        self._db.execute(f"CREATE VIRTUAL TABLE windows USING fts5(title, body, {_TOKENS})")
        self._window_of: list[int] = []  # window rowid -> passage rowid
        windows = []
        for i, passage in enumerate(self.passages):
            said = sentences(_searched(passage.text)) or [passage.text]
            for start in range(max(1, len(said) - 1)):
                windows.append((len(windows), passage.title, " ".join(said[start : start + 2])))
                self._window_of.append(i)
        self._db.executemany("INSERT INTO windows(rowid, title, body) VALUES (?, ?, ?)", windows)
        self._windows_in: list[list[int]] = [[] for _ in self.passages]  # passage -> its windows
        for window, passage_row in enumerate(self._window_of):
            self._windows_in[passage_row].append(window)
        self._windows_of: dict[str, frozenset[int]] = {}  # course word -> windows holding it
        self._total = max(1, len(self.passages))
        # course word -> bm25 of each passage containing it
        self._scores_of: dict[str, dict[int, float]] = {}
        # (columns, course word) -> the passages holding it there ("title", "{title body}")
        self._in_column: dict[tuple[str, str], frozenset[int]] = {}
        self._best_of: dict[tuple[str, ...], dict[int, float]] = {}  # concept -> best bm25
        self._present_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # its terms in the course
        self._listed = frozenset(t for group in self.synonyms.groups for t in group)
        # How many passages' text holds each one-word term, by its stem: read once from the
        # index's vocabulary rather than searched term by term.
        self._db.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(passages, 'col')")
        in_body = dict(self._db.execute("SELECT term, doc FROM terms WHERE col = 'body'"))
        single = sorted({t for group in self.synonyms.groups for t in group if " " not in t})
        used = {
            t: in_body.get(stem or "", 0)
            for t, stem in zip(single, self._stems(single), strict=True)
        }
        # The course's subject, in most passages ("ketamine"): a phrase may take it inside.
        subject = frozenset(
            t.replace("'", "")
            for group in self.synonyms.groups
            if any(used.get(t, 0) > self._total / 2 for t in group)
            for t in group
            if " " not in t
        )
        self.synonyms = self.synonyms.with_subject(subject)
        self._asks = AskedPhrases(self.passages, _TOKENS, self.synonyms)
        # The course's own words, as searched: a misspelling may be read as one of them.
        searched = (f"{p.title} {_searched(p.text)} {_asked(p)}" for p in self.passages)
        words = {w.lower() for text in searched for w in _WORD.findall(text)}
        self._learn_words(words, used)

    @classmethod
    def build(cls, course: Course) -> CourseIndex:
        """The index of a loaded course, with the synonyms kept beside its files.

        Its tables depend on the passages and the synonyms alone, so a course loaded again with
        the same text (a restart in the same process, a /reload that changed nothing searched)
        shares the tables already built for it; an edit builds new ones.
        """
        passages = tuple(course_passages(course))
        return _built(passages, load_synonyms(course.directory)).answering_for(course)

    def answering_for(self, course: Course) -> CourseIndex:
        """This index for `course`, whose passages and synonyms it was built from: the tables
        (read under the shared lock) are shared, and replies read that course's own texts."""
        index = copy.copy(self)
        index.course = course
        return index

    def close(self) -> None:
        """Close the tables: for an index made with the constructor; one from `build` is shared."""
        self._db.close()
        self._asks.close()

    def search(self, question: Question, limit: int = CANDIDATES) -> list[Hit]:
        """Passages matching any concept of the question, best first.

        A concept's synonyms are alternatives, so each concept adds the bm25 of its best term
        only: a passage that says "esketamine nasal spray (Spravato)" is not three times as much
        about esketamine.
        """
        with self._lock:
            # Each concept as the terms the course holds (a group's words in other languages
            # mostly aren't): the others add nothing, and a group of a hundred costs little.
            concepts = [self._present(concept) for concept in question.concepts]
            terms = tuple(dict.fromkeys(term for concept in concepts for term in concept))
            found = {term: self._scores(term) for term in terms}
            in_title = {term: self._titled(term) for term in terms}
            in_text = {term: self._titled(term, "{title body}") for term in terms}
            everyday = {c[0] for c in concepts if len(c) == 1 and self._everyday(c[0])}
        # A concept weighs its most common term's Robertson idf: a word the course never uses
        # weighs most, and one most passages use ("ketamine", in a course about it) next to
        # nothing: in a title, where every lesson could name it, exactly nothing. The `asks`
        # phrases, repeated in every passage of their lesson, do not make a word commoner.
        rarity = [min(rare(len(in_text[t]), self._total) for t in c) for c in concepts]
        # An everyday word of another language that the course never uses ("wirkt", "quelles")
        # weighs as little as a word every passage uses: it is how the question is put. Unless
        # nothing else the question names is specific ("ketamina y lactancia"): then such words
        # may be what it asks, and weigh in full, so that it is declined rather than guessed.
        # So does a name the course never uses ("ELEKT-D trial", "TRANSFORM trials"): the course
        # describes its studies rather than naming them, and the rest says what is asked. A
        # word typed in capitals ("which AI model") is an acronym, not a small foreign word.
        foreign = [
            len(c) == 1
            and ((c[0] in everyday and c[0] not in question.capitals) or c[0] in question.names)
            and not in_text[c[0]]
            for c in concepts
        ]
        if any(r > 0 for r, f in zip(rarity, foreign, strict=True) if not f):
            rarity = [0.0 if f else r for r, f in zip(rarity, foreign, strict=True)]
        weights = chat_capped(
            [max(WEIGHT_FLOOR, r) for r in rarity],
            [
                r > 0 and len(asked_for) > 1 and any(in_text[t] for t in c) and asked_for != CARE
                for c, r, asked_for in zip(concepts, rarity, question.concepts, strict=True)
            ],
            [len(c) == 1 and not in_text[c[0]] for c in concepts],
        )
        total = sum(weights) or 1.0
        unheard = [
            r > 0 and not any(found[t] for t in c) for c, r in zip(concepts, rarity, strict=True)
        ]
        stray = sum(w for w, u in zip(weights, unheard, strict=True) if u) / total
        specific = sum(max(0.0, r) for r in rarity)
        if specific:
            shares = [max(0.0, rare) / specific for rare in rarity]
        else:  # only words most passages use ("what is ketamine"): the title and asks decide
            shares = [1.0 / len(concepts)] * len(concepts) if concepts else []
        with self._lock:
            asked = self._asks.best(concepts, shares)
        model = self.model
        learned = model.probabilities(self._featurer.features(question)) if model else {}
        scores: dict[int, float] = {}
        covered: dict[int, float] = {}
        titled: dict[int, float] = {}
        focused: dict[int, float] = {}
        saids = [set().union(*(in_text[term] for term in concept)) for concept in concepts]
        for i, (concept, weight, said) in enumerate(zip(concepts, weights, saids, strict=True)):
            for rowid, score in self._best(concept, found).items():
                # The care words a personal question implies (ask.questions.CARE) help find the
                # passages that mention asking a doctor, but are not what the question is about.
                care = question.concepts[i] == CARE
                scores[rowid] = scores.get(rowid, 0.0) + (0.0 if care else score)
                if rowid in said:
                    part = focus = 1.0
                elif i in asked.get(self.passages[rowid].doc, NOTHING).concepts:
                    part = ASKS_COVER  # named only in the best `asks` phrase of its lesson
                    focus = ASKS_FOCUS
                else:
                    continue
                covered[rowid] = covered.get(rowid, 0.0) + part * weight / total
                focused[rowid] = focused.get(rowid, 0.0) + focus * shares[i]
            for rowid in set().union(*(in_title[term] for term in concept)):
                titled[rowid] = titled.get(rowid, 0.0) + shares[i]
        hits = [
            Hit(
                self.passages[r],
                scores[r],
                covered.get(r, 0.0),
                focused.get(r, 0.0),
                titled.get(r, 0.0),
                asked=asked.get(self.passages[r].doc, NOTHING).share,
                learned=learned.get(self.passages[r].target, 0.0),
                unasked=learned.get(NONE, 0.0),
                stray=stray,
            )
            for r in sorted(scores)
        ]
        # Ties go to the passage that comes first in the course.
        order = sorted(range(len(hits)), key=lambda i: (hits[i].rank, -i), reverse=True)
        ranked = [hits[i] for i in order[:limit]]
        rowids = sorted(scores)
        # Whether the best one answers depends on its words standing together. With the
        # learned layer, the next few may answer when the first does not, and so may the best
        # by the question's words alone (ask.reply): for them too.
        firsts = {0} if ranked else set()
        if ranked and self.model is not None:
            firsts.update(range(min(len(ranked), RUNNERS_UP)))
            firsts.add(max(range(len(ranked)), key=lambda i: (ranked[i].matched, -i)))
        insides: list[frozenset[int]] = []
        if firsts:
            with self._lock:
                for concept in concepts:
                    insides.append(frozenset().union(*(self._windows(t) for t in concept)))
        for place in sorted(firsts):
            first = rowids[order[place]]
            # What only its lesson's best `asks` phrase names stands together with any sentence.
            phrase = asked.get(self.passages[first].doc, NOTHING).concepts
            phrase = frozenset(i for i in phrase if first not in saids[i])
            held: dict[int, float] = {}
            for i, (inside, weight) in enumerate(zip(insides, weights, strict=True)):
                if i in phrase:
                    continue
                for window in self._windows_in[first]:
                    if window in inside:
                        held[window] = held.get(window, 0.0) + weight / total
            named = sum(weights[i] for i in phrase) / total
            together = named + max(held.values(), default=0.0)
            ranked[place] = replace(ranked[place], together=together)
        return ranked

    def _present(self, concept: tuple[str, ...]) -> tuple[str, ...]:
        """The concept's terms that some passage holds (in its title, text or `asks`), or its
        first term when none does; kept for the course's words and the synonym groups."""
        kept = self._present_of.get(concept)
        if kept is None:
            kept = tuple(term for term in concept if self._scores(term)) or concept[:1]
            if all(term in self._scores_of for term in concept):
                self._present_of[concept] = kept
        return kept

    def _best(
        self, concept: tuple[str, ...], found: dict[str, dict[int, float]]
    ) -> dict[int, float]:
        """The bm25 of the concept's best-scoring term in each passage containing any of them;
        kept, like the terms' own scores, for the course's words and synonym groups."""
        best = self._best_of.get(concept)
        if best is None:
            best = {}
            for term in concept:
                for rowid, score in found[term].items():
                    best[rowid] = max(best.get(rowid, 0.0), score)
            if all(term in self._scores_of for term in concept):
                self._best_of[concept] = best
        return best

    def _stems(self, words: list[str]) -> list[str | None]:
        """Each word's stem, all in one pass through the scratch table, which is left empty."""
        self._db.executemany("INSERT INTO scratch(rowid, word) VALUES (?, ?)", enumerate(words))
        tokens: dict[int, list[str]] = {}
        for doc, term in self._db.execute("SELECT doc, term FROM scratch_stems"):
            tokens.setdefault(doc, []).append(term)
        self._db.execute("DELETE FROM scratch")
        return [t[0] if len(t := tokens.get(i, [])) == 1 else None for i in range(len(words))]

    def _scores(self, term: str) -> dict[int, float]:
        """bm25 (higher is better) of each passage containing the term, as FTS5 matches it."""
        scores = self._scores_of.get(term)
        if scores is None:
            scores = dict(
                self._db.execute(
                    f"SELECT rowid, -bm25(passages, {TITLE_WEIGHT}, {TEXT_WEIGHT}, {ASKS_WEIGHT})"
                    " FROM passages WHERE passages MATCH ?",
                    (_phrase(term),),
                ).fetchall()
            )
            # Only the course's own words and synonyms are kept, never other words people typed.
            if scores or term in self._listed:
                self._scores_of[term] = scores
        return scores

    def _windows(self, term: str) -> frozenset[int]:
        """The two-sentence windows that contain the term."""
        rows = self._windows_of.get(term)
        if rows is None:
            rows = frozenset(
                rowid
                for (rowid,) in self._db.execute(
                    "SELECT rowid FROM windows WHERE windows MATCH ?", (_phrase(term),)
                )
            )
            if term in self._scores_of:  # a course word or synonym: kept, like its scores
                self._windows_of[term] = rows
        return rows

    def _titled(self, term: str, column: str = "title") -> frozenset[int]:
        """The passages whose lesson or page title (or other `column`) contains the term."""
        rows = self._in_column.get((column, term))
        if rows is None:
            rows = frozenset(
                rowid
                for (rowid,) in self._db.execute(
                    "SELECT rowid FROM passages WHERE passages MATCH ?",
                    (f"{column} : " + _phrase(term),),
                )
            )
            if term in self._scores_of:  # a course word or synonym: kept, like its scores
                self._in_column[column, term] = rows
        return rows


def _searched(text: str) -> str:
    """A passage's text as searched: a command it points to ("/myths checks common claims")
    names another page, not what this passage is about."""
    return _COMMAND.sub(" ", text)


def _asked(passage: Passage) -> str:
    """Its lesson's `asks` phrases as one text, a full stop after each so none runs on."""
    return ". ".join(passage.asks)


def _phrase(term: str) -> str:
    """A term as an FTS5 phrase: quoted, so no word of a question is read as an operator."""
    return '"' + term.replace('"', "") + '"'


@functools.lru_cache(maxsize=4)
def _built(passages: tuple[Passage, ...], synonyms: Synonyms) -> CourseIndex:
    """The index of these passages and synonyms, built once per process for each text (a few
    tenths of a second each time otherwise: every start and every reload). The learned model
    ships with the code, not the course, so one process reads the same file each time."""
    return CourseIndex(list(passages), synonyms, model=load_model())
