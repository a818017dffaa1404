"""Everything stored about one subscriber: export, erasure and the retention purge."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage.db import Database, ts
from storage.subscribers import Status


async def personal_tables(db: Database) -> list[str]:
    """Tables that hold rows about a subscriber (those with a `chat_id` column), by name.

    Found from the schema rather than listed, so a table added by a later migration is exported
    and erased too.
    """
    return await db.tables_with_column("chat_id")


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


async def personal_data(db: Database, chat_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row about `chat_id`, by table, as column -> value (values exactly as stored)."""
    data: dict[str, list[dict[str, Any]]] = {}
    for table in await personal_tables(db):
        rows = await db.fetchall(f"SELECT * FROM {_quoted(table)} WHERE chat_id = ?", (chat_id,))
        data[table] = [dict(zip(row.keys(), tuple(row), strict=True)) for row in rows]
    return data


async def forget_subscriber(db: Database, chat_id: int) -> int:
    """Delete every row about `chat_id` in one transaction; return how many rows went."""
    tables = await personal_tables(db)
    # Rows that point at the subscriber go first, so the order suits foreign keys either way.
    tables.sort(key=lambda name: name == "subscribers")
    removed = 0
    async with db.transaction() as tx:
        for table in tables:
            removed += await tx.execute(
                f"DELETE FROM {_quoted(table)} WHERE chat_id = ?", (chat_id,)
            )
    return removed


INACTIVE = (Status.STOPPED, Status.BLOCKED, Status.UNREACHABLE, Status.FINISHED)


async def purge_inactive(db: Database, *, older_than: datetime) -> int:
    """Delete everything about people who stopped, blocked or finished before `older_than` and
    have had no lesson or check-in since; return how many. Active and paused people are kept."""
    cutoff = ts(older_than)
    return await db.execute(
        f"DELETE FROM subscribers WHERE status IN ({', '.join('?' * len(INACTIVE))})"
        " AND updated_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM deliveries d"
        "   WHERE d.chat_id = subscribers.chat_id AND d.delivered_at >= ?)"
        " AND NOT EXISTS (SELECT 1 FROM quiz_answers q"
        "   WHERE q.chat_id = subscribers.chat_id AND q.answered_at >= ?)",
        (*INACTIVE, cutoff, cutoff, cutoff),
    )
