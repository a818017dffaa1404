"""A /broadcast's progress, kept in the database so a restart carries on where it stopped.

Each recipient row goes ``pending`` -> ``sending`` (claimed, in one write before the send) ->
``sent``, ``blocked``, ``unreachable`` or ``failed``. Rows still ``sending`` after a crash were in
flight: they are sent again (at least once, never zero times). The announcement's text is kept
only until the broadcast is over and reported; then it and the recipient rows go, and only the
counts stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, ts

FINAL = ("sent", "blocked", "unreachable", "failed")


@dataclass(frozen=True)
class Broadcast:
    id: int
    admin_chat_id: int
    html: str | None
    finished: bool
    sent: int
    blocked: int
    unreachable: int
    failed: int


async def create(db: Database, admin_chat_id: int, html: str, now: datetime) -> tuple[int, int]:
    """A broadcast to everyone active now; (its id, how many recipients)."""
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "INSERT INTO broadcasts (admin_chat_id, html, created_at) VALUES (?, ?, ?)"
            " RETURNING id",
            (admin_chat_id, html, ts(now)),
        )
        assert row is not None
        broadcast_id = int(row[0])
        recipients = await tx.execute(
            "INSERT INTO broadcast_recipients (broadcast_id, chat_id)"
            " SELECT CAST(? AS BIGINT), chat_id FROM subscribers WHERE status = 'active'",
            (broadcast_id,),
        )
    return broadcast_id, recipients


async def get(db: Database, broadcast_id: int) -> Broadcast | None:
    row = await db.fetchone(
        "SELECT id, admin_chat_id, html, finished_at IS NOT NULL, sent, blocked, unreachable,"
        " failed FROM broadcasts WHERE id = ?",
        (broadcast_id,),
    )
    return Broadcast(*row) if row else None


async def unreported(db: Database) -> list[int]:
    """Broadcasts not yet finished and reported to their operator, oldest first."""
    rows = await db.fetchall("SELECT id FROM broadcasts WHERE reported_at IS NULL ORDER BY id")
    return [int(row[0]) for row in rows]


async def claim_batch(db: Database, broadcast_id: int, limit: int) -> list[int]:
    """Mark up to `limit` recipients as being sent to (those left in flight by a crash first)."""
    async with db.transaction() as tx:
        chat_ids: list[int] = []
        for state in ("sending", "pending"):  # through broadcast_recipients_todo
            rows = await tx.fetchall(
                "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = ? AND state = ?"
                " ORDER BY chat_id LIMIT ?",
                (broadcast_id, state, limit - len(chat_ids)),
            )
            chat_ids += [int(row[0]) for row in rows]
        await tx.executemany(
            "UPDATE broadcast_recipients SET state = 'sending'"
            " WHERE broadcast_id = ? AND chat_id = ?",
            [(broadcast_id, chat_id) for chat_id in chat_ids],
        )
    return chat_ids


async def record_batch(
    db: Database, broadcast_id: int, results: Iterable[tuple[int, str]], now: datetime
) -> None:
    """Record each recipient's final state; mark blocked and unreachable subscribers so."""
    rows = list(results)
    stamp = ts(now)
    async with db.transaction() as tx:
        await tx.executemany(
            "UPDATE broadcast_recipients SET state = ? WHERE broadcast_id = ? AND chat_id = ?",
            [(state, broadcast_id, chat_id) for chat_id, state in rows],
        )
        await tx.executemany(
            "UPDATE subscribers SET status = ?, next_due_at = NULL, updated_at = ?"
            " WHERE chat_id = ?",
            [(state, stamp, chat_id) for chat_id, state in rows if state in FINAL[1:3]],
        )
        counts = {state: sum(s == state for _, s in rows) for state in FINAL}
        await tx.execute(
            "UPDATE broadcasts SET sent = sent + ?, blocked = blocked + ?,"
            " unreachable = unreachable + ?, failed = failed + ? WHERE id = ?",
            (*(counts[state] for state in FINAL), broadcast_id),
        )


async def finish(db: Database, broadcast_id: int, now: datetime) -> None:
    """Everyone has been sent to: drop the recipient list, keep the counts."""
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM broadcast_recipients WHERE broadcast_id = ?", (broadcast_id,))
        await tx.execute(
            "UPDATE broadcasts SET finished_at = COALESCE(finished_at, ?) WHERE id = ?",
            (ts(now), broadcast_id),
        )


async def mark_reported(db: Database, broadcast_id: int, now: datetime) -> None:
    """The operator has the report: the announcement's text is no longer kept."""
    await db.execute(
        "UPDATE broadcasts SET reported_at = ?, html = NULL WHERE id = ?", (ts(now), broadcast_id)
    )
