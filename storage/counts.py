"""Operator statistics: counts only, never anything about one person."""

from __future__ import annotations

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
