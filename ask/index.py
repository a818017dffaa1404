"""The search index: SQLite's FTS5 with the porter stemmer and bm25 ranking, in memory.

Built from a loaded course in a few milliseconds and replaced whole when the course is reloaded,
so it is derived data only: nothing here touches the subscriber database or any file.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import threading
from dataclasses import dataclass

from ask.passages import Passage, course_passages
from ask.questions import Question, read_question
from ask.synonyms import Synonyms, load_synonyms
from content.models import Course

logger = logging.getLogger(__name__)

TITLE_WEIGHT = 2.0  # bm25 column weights: a word in the title counts double
TEXT_WEIGHT = 1.0
CANDIDATES = 30
# Passages are ranked by coverage (share of the question's concepts they contain, synonyms
# counted once) plus a small share of bm25, which breaks ties between equally covering passages.
# Chosen on the development set: bm25 alone ranks passages that repeat one common word too high.
BM25_SHARE = 0.02


@dataclass(frozen=True)
class Hit:
    """A passage and how well it matches: `score` is bm25 (higher is better), `coverage` the
    share of the question's weight (sum of idf) that the passage contains."""

    passage: Passage
    score: float
    coverage: float

    @property
    def rank(self) -> float:
        return self.coverage + BM25_SHARE * self.score


class CourseIndex:
    """Full-text search over one course's passages."""

    def __init__(
        self,
        passages: list[Passage],
        synonyms: Synonyms | None = None,
        course: Course | None = None,
    ) -> None:
        self.course = course  # the course this index was built from (None in unit tests)
        self.synonyms = synonyms or Synonyms()
        self.passages = list(passages)
        # Built in one thread (a reload runs off the event loop) and read in another; reads
        # are serialised by the lock, and the connection is never shared beyond this object.
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute(
            "CREATE VIRTUAL TABLE passages USING fts5(title, body, tokenize='porter unicode61')"
        )
        self._db.executemany(
            "INSERT INTO passages(rowid, title, body) VALUES (?, ?, ?)",
            [(i, p.title, p.text) for i, p in enumerate(self.passages)],
        )
        self._total = max(1, len(self.passages))
        # course word -> bm25 of each passage containing it
        self._scores_of: dict[str, dict[int, float]] = {}

    @classmethod
    def build(cls, course: Course) -> CourseIndex:
        """The index of a loaded course, with the synonyms kept beside its files."""
        return cls(course_passages(course), load_synonyms(course.directory), course)

    def close(self) -> None:
        self._db.close()

    def read(self, text: str) -> Question:
        return read_question(text, self.synonyms)

    def search(self, question: Question, limit: int = CANDIDATES) -> list[Hit]:
        """Passages matching any concept of the question, best first.

        A concept's synonyms are alternatives, so each concept adds the bm25 of its best term
        only: a passage that says "esketamine nasal spray (Spravato)" is not three times as much
        about esketamine.
        """
        with self._lock:
            found = {term: self._scores(term) for term in question.terms}
        # A concept weighs its most common term's idf; a word the course never uses weighs most.
        weights = [min(_idf(len(found[t]), self._total) for t in c) for c in question.concepts]
        total = sum(weights) or 1.0
        scores: dict[int, float] = {}
        covered: dict[int, float] = {}
        for concept, weight in zip(question.concepts, weights, strict=True):
            best: dict[int, float] = {}
            for term in concept:
                for rowid, score in found[term].items():
                    best[rowid] = max(best.get(rowid, 0.0), score)
            for rowid, score in best.items():
                scores[rowid] = scores.get(rowid, 0.0) + score
                covered[rowid] = covered.get(rowid, 0.0) + weight / total
        # Ties go to the passage that comes first in the course.
        order = sorted(
            scores, key=lambda r: (covered[r] + BM25_SHARE * scores[r], -r), reverse=True
        )
        return [Hit(self.passages[r], scores[r], covered[r]) for r in order[:limit]]

    def _scores(self, term: str) -> dict[int, float]:
        """bm25 (higher is better) of each passage containing the term, as FTS5 matches it."""
        scores = self._scores_of.get(term)
        if scores is None:
            scores = dict(
                self._db.execute(
                    f"SELECT rowid, -bm25(passages, {TITLE_WEIGHT}, {TEXT_WEIGHT})"
                    " FROM passages WHERE passages MATCH ?",
                    (_phrase(term),),
                ).fetchall()
            )
            if scores:  # only the course's own words are kept, never other words people typed
                self._scores_of[term] = scores
        return scores


def _idf(count: int, total: int) -> float:
    """Inverse document frequency; a word the course never uses weighs most."""
    return math.log((total + 1) / (count + 0.5))


def _phrase(term: str) -> str:
    """A term as an FTS5 phrase: quoted, so no word of a question is read as an operator."""
    return '"' + term.replace('"', "") + '"'
