"""What each lesson or page answers, in learners' words: its `asks` phrases, searched one phrase
at a time.

A phrase says one thing ("how fast does it work", "who qualifies"), so it counts for a question
only when the question says all of it, apart from small words: "start working" for "when does
spravato start working", but "bladder damage" not for "can it cause liver damage", and "FDA"
from "FDA warning" with "approved" from another phrase not for "when did the FDA approve it".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ask.passages import Passage
from ask.questions import CARE, read_question
from ask.synonyms import Synonyms


@dataclass(frozen=True)
class Asked:
    """The best phrase of a lesson or page for a question: the share of the question's weight
    it holds, and which of the question's concepts (by position) it names."""

    share: float
    concepts: frozenset[int]


NOTHING = Asked(0.0, frozenset())


class AskedPhrases:
    """Every lesson's and page's `asks` phrases in an in-memory FTS5 table of their own.

    Not thread-safe on its own: CourseIndex calls it under its lock.
    """

    def __init__(self, passages: list[Passage], tokenize: str, synonyms: Synonyms) -> None:
        rows: dict[tuple[str, str], None] = {}
        for passage in passages:
            for phrase in passage.asks:
                rows[passage.doc, phrase] = None
        self._doc_of = [doc for doc, _ in rows]
        # How many concepts each phrase names: a question must name as many within it. A term
        # inside a longer one counts apart here: "brain" alone does not name "brain bleed".
        self._needs = [
            max(1, sum(c != CARE for c in read_question(phrase, synonyms, inner=True).concepts))
            for _, phrase in rows
        ]
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(f"CREATE VIRTUAL TABLE phrases USING fts5(phrase, {tokenize})")
        self._db.executemany(
            "INSERT INTO phrases(rowid, phrase) VALUES (?, ?)",
            [(i, phrase) for i, (_, phrase) in enumerate(rows)],
        )
        self._rows_of: dict[str, frozenset[int]] = {}  # a word of some phrase -> its phrases
        # The synonyms' terms are the course's vocabulary: kept even when no phrase has them,
        # so that a group of many terms costs one look-up each once, not on every question.
        self._listed = frozenset(term for group in synonyms.groups for term in group)

    def close(self) -> None:
        self._db.close()

    def best(self, concepts: list[tuple[str, ...]], shares: list[float]) -> dict[str, Asked]:
        """For each lesson or page, its phrase holding the largest share of the question."""
        if not self._doc_of:
            return {}
        held: dict[int, set[int]] = {}
        for position, concept in enumerate(concepts):
            for row in set().union(*(self._rows(term) for term in concept)):
                held.setdefault(row, set()).add(position)
        best: dict[str, Asked] = {}
        for row, named in held.items():
            if len(named) < self._needs[row]:
                continue
            share = sum(shares[i] for i in named)
            doc = self._doc_of[row]
            if share > best.get(doc, NOTHING).share:
                best[doc] = Asked(share, frozenset(named))
        return best

    def _rows(self, term: str) -> frozenset[int]:
        rows = self._rows_of.get(term)
        if rows is None:
            rows = frozenset(
                rowid
                for (rowid,) in self._db.execute(
                    "SELECT rowid FROM phrases WHERE phrases MATCH ?",
                    ('"' + term.replace('"', "") + '"',),
                )
            )
            # Only the phrases' own words and the synonyms are kept, never other words typed.
            if rows or term in self._listed:
                self._rows_of[term] = rows
        return rows
