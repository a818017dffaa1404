"""Repository functions: all SQL the bot runs lives here.

Times are stored as whole Unix seconds (UTC). Functions take `now` so the caller's clock decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.db import Database

STATUSES = ("active", "paused", "stopped", "blocked", "unreachable", "finished")


def ts(when: datetime) -> int:
    """A datetime as whole Unix seconds."""
    return int(when.timestamp())


@dataclass(frozen=True)
class Subscriber:
    """One row of `subscribers`."""

    chat_id: int
    first_name: str
    language_code: str | None
    status: str
    round: int
    push_time: str | None
    timezone: str | None
    next_due_at: int | None
    created_at: int
    updated_at: int

    @property
    def scheduled(self) -> bool:
        return bool(self.push_time and self.timezone)


_SUBSCRIBER_COLUMNS = (
    "chat_id, first_name, language_code, status, round, push_time, timezone, next_due_at,"
    " created_at, updated_at"
)


def _subscriber(row: Any) -> Subscriber:
    return Subscriber(*row)


async def get_subscriber(db: Database, chat_id: int) -> Subscriber | None:
    row = await db.fetchone(
        f"SELECT {_SUBSCRIBER_COLUMNS} FROM subscribers WHERE chat_id = ?", (chat_id,)
    )
    return _subscriber(row) if row else None


async def subscribe(
    db: Database, chat_id: int, first_name: str, language_code: str | None, now: datetime
) -> tuple[Subscriber, bool]:
    """Create the subscriber, or refresh their name; return it and whether it is new."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO subscribers (chat_id, first_name, language_code, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO NOTHING",
            (chat_id, first_name, language_code, ts(now), ts(now)),
        )
        created = cursor.rowcount == 1
        if not created:
            await conn.execute(
                "UPDATE subscribers SET first_name = ?, language_code = ?, updated_at = ?"
                " WHERE chat_id = ?",
                (first_name, language_code, ts(now), chat_id),
            )
        async with conn.execute(
            f"SELECT {_SUBSCRIBER_COLUMNS} FROM subscribers WHERE chat_id = ?", (chat_id,)
        ) as cur:
            row = await cur.fetchone()
    return _subscriber(row), created


async def set_status(
    db: Database, chat_id: int, status: str, now: datetime, *, next_due_at: int | None = None
) -> bool:
    """Change a subscriber's status (and next push); False if there is no such subscriber."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    changed = await db.execute(
        "UPDATE subscribers SET status = ?, next_due_at = ?, updated_at = ? WHERE chat_id = ?",
        (status, next_due_at, ts(now), chat_id),
    )
    return changed == 1


async def set_schedule(
    db: Database,
    chat_id: int,
    *,
    push_time: str | None,
    timezone: str | None,
    next_due_at: int | None,
    now: datetime,
) -> None:
    await db.execute(
        "UPDATE subscribers SET push_time = ?, timezone = ?, next_due_at = ?, updated_at = ?"
        " WHERE chat_id = ?",
        (push_time, timezone, next_due_at, ts(now), chat_id),
    )


async def delivered_lessons(db: Database, chat_id: int, round_: int) -> list[str]:
    """Ids of the lessons sent in this round, oldest first."""
    rows = await db.fetchall(
        "SELECT lesson_id FROM deliveries WHERE chat_id = ? AND round = ? ORDER BY delivered_at",
        (chat_id, round_),
    )
    return [row[0] for row in rows]


async def record_delivery(
    db: Database, chat_id: int, round_: int, lesson_id: str, via: str, now: datetime
) -> bool:
    """Record that a lesson was sent; False if it was already recorded (never a duplicate row)."""
    changed = await db.execute(
        "INSERT INTO deliveries (chat_id, round, lesson_id, via, delivered_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (chat_id, round_, lesson_id, via, ts(now)),
    )
    return changed == 1


async def record_answer(
    db: Database,
    chat_id: int,
    round_: int,
    lesson_id: str,
    option_id: str,
    correct: bool,
    now: datetime,
) -> bool:
    """Store the first answer to a lesson's quiz; later taps do not change the score."""
    changed = await db.execute(
        "INSERT INTO quiz_answers (chat_id, round, lesson_id, option_id, correct, answered_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (chat_id, round_, lesson_id, option_id, int(correct), ts(now)),
    )
    return changed == 1


async def quiz_score(db: Database, chat_id: int, round_: int) -> tuple[int, int]:
    """(right answers, questions answered) in this round."""
    row = await db.fetchone(
        "SELECT COALESCE(SUM(correct), 0), COUNT(*) FROM quiz_answers"
        " WHERE chat_id = ? AND round = ?",
        (chat_id, round_),
    )
    return (int(row[0]), int(row[1])) if row else (0, 0)


async def first_answers(db: Database, chat_id: int, round_: int) -> dict[str, bool]:
    """Every first answer in this round, right or not, by the id it was stored under."""
    rows = await db.fetchall(
        "SELECT lesson_id, correct FROM quiz_answers WHERE chat_id = ? AND round = ?",
        (chat_id, round_),
    )
    return {str(row[0]): bool(row[1]) for row in rows}


async def start_over(db: Database, chat_id: int, now: datetime, next_due_at: int | None) -> int:
    """Begin a new round of the course, keeping the old one's history; return the new round."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE subscribers SET round = round + 1, status = 'active', next_due_at = ?,"
            " updated_at = ? WHERE chat_id = ?",
            (next_due_at, ts(now), chat_id),
        )
        async with conn.execute(
            "SELECT round FROM subscribers WHERE chat_id = ?", (chat_id,)
        ) as cursor:
            row = await cursor.fetchone()
    return int(row[0]) if row else 0


# -- privacy: everything stored about one subscriber -------------------------------------------


async def personal_tables(db: Database) -> list[str]:
    """Tables that hold rows about a subscriber (those with a `chat_id` column), by name.

    Found from the schema rather than listed, so a table added by a later migration is exported
    and erased too.
    """
    tables = await db.fetchall(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    found = []
    for (name,) in tables:
        columns = await db.fetchall("SELECT name FROM pragma_table_info(?)", (name,))
        if any(column[0] == "chat_id" for column in columns):
            found.append(str(name))
    return found


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
    async with db.transaction() as conn:
        for table in tables:
            cursor = await conn.execute(
                f"DELETE FROM {_quoted(table)} WHERE chat_id = ?", (chat_id,)
            )
            removed += cursor.rowcount
            await cursor.close()
    return removed


# -- operator statistics: counts only, never anything about one person -------------------------


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


async def chat_ids_with_status(db: Database, status: str) -> list[int]:
    """Chat ids of every subscriber with this status, in id order."""
    rows = await db.fetchall(
        "SELECT chat_id FROM subscribers WHERE status = ? ORDER BY chat_id", (status,)
    )
    return [int(row[0]) for row in rows]


# -- the daily push ---------------------------------------------------------------------------

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
    status: str
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


async def import_subscribers(
    db: Database,
    rows: Iterable[tuple[int, str | None, str | None, int | None]],
    now: datetime,
) -> None:
    """Bulk-add active subscribers as (chat_id, push_time, timezone, next_due_at) rows."""
    stamp = ts(now)
    await db.executemany(
        "INSERT INTO subscribers (chat_id, first_name, status, push_time, timezone, next_due_at,"
        " created_at, updated_at) VALUES (?, '', 'active', ?, ?, ?, ?, ?)",
        ((chat_id, time_, zone, due, stamp, stamp) for chat_id, time_, zone, due in rows),
    )


INACTIVE = ("stopped", "blocked", "unreachable", "finished")


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
