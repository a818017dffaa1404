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
        self._counts: dict[str, int] = {}  # course word -> passages containing it

    @classmethod
    def build(cls, course: Course) -> CourseIndex:
        """The index of a loaded course, with the synonyms kept beside its files."""
        return cls(course_passages(course), load_synonyms(course.directory), course)

    def close(self) -> None:
        self._db.close()

    def read(self, text: str) -> Question:
        return read_question(text, self.synonyms)

    def search(self, question: Question, limit: int = CANDIDATES) -> list[Hit]:
        """Passages matching any term, best first."""
        if not question.terms:
            return []
        query = " OR ".join(_phrase(term) for term in question.terms)
        with self._lock:
            rows = self._db.execute(
                f"SELECT rowid, -bm25(passages, {TITLE_WEIGHT}, {TEXT_WEIGHT}) AS score"
                " FROM passages WHERE passages MATCH ? ORDER BY score DESC LIMIT ?",
                (query, limit),
            ).fetchall()
            matched = self._matched(question.terms, [rowid for rowid, _ in rows])
            weights = [min(self._idf(term) for term in c) for c in question.concepts]
        total = sum(weights) or 1.0

        def coverage(rowid: int) -> float:
            found = matched.get(rowid, set())
            hit = [
                w for c, w in zip(question.concepts, weights, strict=True) if found.intersection(c)
            ]
            return sum(hit) / total

        hits = [Hit(self.passages[rowid], score, coverage(rowid)) for rowid, score in rows]
        return sorted(hits, key=lambda hit: hit.rank, reverse=True)

    def _idf(self, term: str) -> float:
        """Inverse document frequency; a word the course never uses weighs most."""
        return math.log((self._total + 1) / (self._count(term) + 0.5))

    def _count(self, term: str) -> int:
        if term not in self._counts:
            row = self._db.execute(
                "SELECT COUNT(*) FROM passages WHERE passages MATCH ?", (_phrase(term),)
            ).fetchone()
            if row[0]:  # only the course's own words are kept, never other words people typed
                self._counts[term] = int(row[0])
            return int(row[0])
        return self._counts[term]

    def _matched(self, terms: tuple[str, ...], rowids: list[int]) -> dict[int, set[str]]:
        """Which of the terms each of these passages contains."""
        if not rowids:
            return {}
        found: dict[int, set[str]] = {}
        marks = ",".join("?" * len(rowids))
        for term in terms:
            for (rowid,) in self._db.execute(
                f"SELECT rowid FROM passages WHERE passages MATCH ? AND rowid IN ({marks})",
                [_phrase(term), *rowids],
            ):
                found.setdefault(rowid, set()).add(term)
        return found


def _phrase(term: str) -> str:
    """A term as an FTS5 phrase: quoted, so no word of a question is read as an operator."""
    return '"' + term.replace('"', "") + '"'
