"""Operator statistics: counts only, never anything about one person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storage.db import Database, ts


async def count_by_status(db: Database) -> dict[str, int]:
    """Subscribers per status."""
    rows = await db.fetchall("SELECT status, COUNT(*) FROM subscribers GROUP BY status")
    return {str(row[0]): int(row[1]) for row in rows}


async def count_deliveries_since(db: Database, since: datetime) -> int:
    """Lessons sent (pushed or asked for) at or after `since`."""
    row = await db.fetchone("SELECT COUNT(*) FROM deliveries WHERE delivered_at >= ?", (ts(since),))
    return int(row[0]) if row else 0


async def lesson_reach(db: Database) -> dict[str, int]:
    """Per lesson id, how many subscribers have been sent it (in any round)."""
    rows = await db.fetchall(
        "SELECT lesson_id, COUNT(DISTINCT chat_id) FROM deliveries GROUP BY lesson_id"
    )
    return {str(row[0]): int(row[1]) for row in rows}


async def quiz_accuracy(db: Database) -> dict[str, tuple[int, int]]:
    """Per lesson id, (first answers that were right, first answers), over all rounds."""
    rows = await db.fetchall(
        "SELECT lesson_id, COALESCE(SUM(correct), 0), COUNT(*) FROM quiz_answers GROUP BY lesson_id"
    )
    return {str(row[0]): (int(row[1]), int(row[2])) for row in rows}


# The operator's counters, added up by every instance on the database. Names are the words
# below, or ANSWERED_BY followed by the part of the course ("answered_by:lesson:<id>").
CRISIS_REPLIES = "crisis_replies"
FLOOD_NOTICES = "flood_notices"
ERRORS = "errors"
QUESTIONS_ASKED = "questions_asked"
QUESTIONS_ANSWERED = "questions_answered"
QUESTIONS_NOT_COVERED = "questions_not_covered"
ANSWERED_BY = "answered_by:"

_ADD = (
    "INSERT INTO counters (name, value) VALUES (?, 1)"
    " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"
)


async def add_one(db: Database, name: str) -> int:
    """Add one to the counter `name`; return its new value."""
    row = await db.fetchone(_ADD + " RETURNING value", (name,))
    return int(row[0]) if row else 0


async def add_one_each(db: Database, names: Sequence[str]) -> None:
    """Add one to each counter named, in one transaction."""
    async with db.transaction() as tx:
        await tx.executemany(_ADD, [(name,) for name in names])


async def counters(db: Database) -> dict[str, int]:
    """Every counter's value by name (a counter never added to is absent)."""
    rows = await db.fetchall("SELECT name, value FROM counters")
    return {str(row[0]): int(row[1]) for row in rows}
