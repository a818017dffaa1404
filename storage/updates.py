"""Which updates have been taken, so each is handled once however often Telegram delivers it.

Telegram retries a webhook call that timed out, and behind a load balancer the retry may reach
another instance; after a crash, long polling may fetch again what was handled but not yet
confirmed. Whoever inserts an update's id first owns it. Only the id and a time are stored.
"""

from __future__ import annotations

from datetime import datetime

from storage.db import Database, ts


async def claim(db: Database, update_id: int, now: datetime) -> bool:
    """Record that this update is being handled; False if someone recorded it already."""
    inserted = await db.execute(
        "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)"
        " ON CONFLICT (update_id) DO NOTHING",
        (update_id, ts(now)),
    )
    return inserted == 1


async def forget_before(db: Database, cutoff: datetime, *, batch: int = 2000) -> int:
    """Drop the records of updates handled before `cutoff`; return how many went.

    In batches, each its own short statement, so handlers waiting for the database get in
    between: an hour of ids at 100 updates a second in one DELETE held SQLite's one connection
    for over half a second.
    """
    forgotten = 0
    while True:
        gone = await db.execute(
            "DELETE FROM handled_updates WHERE update_id IN"
            " (SELECT update_id FROM handled_updates WHERE handled_at < ? LIMIT ?)",
            (ts(cutoff), batch),
        )
        forgotten += gone
        if gone < batch:
            return forgotten
