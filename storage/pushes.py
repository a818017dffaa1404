"""The daily push's SQL: who is due (keyset pages over a partial index) and the group
commit of outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, ts
from storage.subscribers import Status

# Keyset pagination over the partial index `subscribers_due` (next_due_at, then the rowid, which
# is chat_id): each batch costs O(batch) however many subscribers there are, and rows whose send
# is still in flight are not claimed twice within one tick.
DUE_QUERY = (
    "SELECT chat_id, round, push_time, timezone, next_due_at FROM subscribers"
    " WHERE status = 'active' AND next_due_at IS NOT NULL AND next_due_at <= ?"
    " AND (next_due_at, chat_id) > (?, ?)"
    " ORDER BY next_due_at, chat_id LIMIT ?"
)


DUE_START = (-(2**63), -(2**63))  # a keyset cursor before every row


_IN_CHUNK = 500  # bound on host parameters per IN (...) list


@dataclass(frozen=True)
class DueSubscriber:
    """What the push needs to know about one subscriber whose lesson is due."""

    chat_id: int
    round: int
    push_time: str | None
    timezone: str | None
    next_due_at: int  # the claimed value: outcomes only apply while it is unchanged

    @property
    def cursor(self) -> tuple[int, int]:
        return (self.next_due_at, self.chat_id)


@dataclass(frozen=True)
class PushOutcome:
    """What one push did, to be written in the same transaction as others of its batch.

    `lesson_id` is set when a lesson was delivered; `status` is the subscriber's new status and
    `next_due_at` their next push (None: not scheduled).
    """

    chat_id: int
    round: int
    claimed_due: int
    status: Status
    next_due_at: int | None
    lesson_id: str | None = None


async def due_subscribers(
    db: Database, now: datetime, after: tuple[int, int], limit: int
) -> list[DueSubscriber]:
    """Up to `limit` active subscribers due at `now`, ordered after the keyset cursor `after`."""
    rows = await db.fetchall(DUE_QUERY, (ts(now), after[0], after[1], limit))
    return [DueSubscriber(*row) for row in rows]


async def delivered_by_chat(
    db: Database, subscribers: Sequence[DueSubscriber]
) -> dict[int, set[str]]:
    """Lessons delivered in each subscriber's current round, by chat id (primary-key lookups)."""
    rounds = {sub.chat_id: sub.round for sub in subscribers}
    delivered: dict[int, set[str]] = {chat_id: set() for chat_id in rounds}
    chat_ids = list(rounds)
    for start in range(0, len(chat_ids), _IN_CHUNK):
        chunk = chat_ids[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = await db.fetchall(
            f"SELECT chat_id, round, lesson_id FROM deliveries WHERE chat_id IN ({marks})", chunk
        )
        for chat_id, round_, lesson_id in rows:
            if rounds[chat_id] == round_:
                delivered[chat_id].add(lesson_id)
    return delivered


async def record_push_outcomes(
    db: Database, outcomes: Sequence[PushOutcome], now: datetime
) -> None:
    """Record deliveries and schedule the next pushes, all in one transaction.

    A subscriber row is only updated while it still holds the claimed due time and is active, so a
    /pause, /time or start-over made while the message was in flight is not overwritten.
    """
    stamp = ts(now)
    deliveries = [
        (o.chat_id, o.round, o.lesson_id, "push", stamp, o.chat_id) for o in outcomes if o.lesson_id
    ]
    updates = [(o.status, o.next_due_at, stamp, o.chat_id, o.claimed_due) for o in outcomes]
    async with db.transaction() as conn:
        if deliveries:
            await conn.executemany(
                # Someone may have used /forget while their message was in flight: skip them
                # rather than fail the foreign key and roll back everyone else's record.
                "INSERT INTO deliveries (chat_id, round, lesson_id, via, delivered_at)"
                " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM subscribers WHERE chat_id = ?)"
                " ON CONFLICT DO NOTHING",
                deliveries,
            )
        await conn.executemany(
            "UPDATE subscribers SET status = ?, next_due_at = ?, updated_at = ?"
            " WHERE chat_id = ? AND status = 'active' AND next_due_at = ?",
            updates,
        )
