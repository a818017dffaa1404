"""Subscribers: who they are, their status and when their lessons come."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from storage.db import Database, ts


class Status(StrEnum):
    """A subscriber's state, as stored in subscribers.status (the migration's CHECK lists them)."""

    ACTIVE = "active"  # daily lessons on
    PAUSED = "paused"  # /pause: no pushes until /resume
    STOPPED = "stopped"  # /stop: unsubscribed, progress kept
    BLOCKED = "blocked"  # they blocked the bot
    UNREACHABLE = "unreachable"  # Telegram says the chat is gone
    FINISHED = "finished"  # had the closing message


STATUSES = tuple(Status)


@dataclass(frozen=True)
class Subscriber:
    """One row of `subscribers`."""

    chat_id: int
    first_name: str
    language_code: str | None
    status: Status
    round: int
    push_time: str | None
    timezone: str | None
    next_due_at: int | None
    created_at: int
    updated_at: int
    # The ISO code of the city or country typed for the zone; None for a shared button.
    zone_country: str | None = None

    @property
    def scheduled(self) -> bool:
        return bool(self.push_time and self.timezone)


_SUBSCRIBER_COLUMNS = (
    "chat_id, first_name, language_code, status, round, push_time, timezone, next_due_at,"
    " created_at, updated_at, zone_country"
)


def _subscriber(row: Any) -> Subscriber:
    values = list(row)
    values[3] = Status(values[3])
    return Subscriber(*values)


async def get_subscriber(db: Database, chat_id: int) -> Subscriber | None:
    row = await db.fetchone(
        f"SELECT {_SUBSCRIBER_COLUMNS} FROM subscribers WHERE chat_id = ?", (chat_id,)
    )
    return _subscriber(row) if row else None


async def expecting(db: Database, chat_id: int, since: datetime) -> str | None:
    """The typed answer the bot waits for from this chat, if it asked at `since` or later."""
    row = await db.fetchone(
        "SELECT expecting FROM subscribers WHERE chat_id = ? AND expecting_since >= ?",
        (chat_id, ts(since)),
    )
    return str(row[0]) if row and row[0] is not None else None


async def set_expecting(db: Database, chat_id: int, what: str | None, now: datetime) -> None:
    """Note (or, with None, forget) the typed answer the bot waits for from this chat."""
    await db.execute(
        "UPDATE subscribers SET expecting = ?, expecting_since = ? WHERE chat_id = ?",
        (what, ts(now) if what is not None else None, chat_id),
    )


async def subscribe(
    db: Database, chat_id: int, first_name: str, language_code: str | None, now: datetime
) -> tuple[Subscriber, bool]:
    """Create the subscriber, or refresh their name; return it and whether it is new."""
    # PostgreSQL's text cannot hold NUL, and a name is free text from Telegram.
    first_name = first_name.replace("\x00", "")
    language_code = language_code.replace("\x00", "") if language_code else language_code
    async with db.transaction() as tx:
        created = 1 == await tx.execute(
            "INSERT INTO subscribers (chat_id, first_name, language_code, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO NOTHING",
            (chat_id, first_name, language_code, ts(now), ts(now)),
        )
        if not created:
            await tx.execute(
                "UPDATE subscribers SET first_name = ?, language_code = ?, updated_at = ?"
                " WHERE chat_id = ?",
                (first_name, language_code, ts(now), chat_id),
            )
        row = await tx.fetchone(
            f"SELECT {_SUBSCRIBER_COLUMNS} FROM subscribers WHERE chat_id = ?", (chat_id,)
        )
    return _subscriber(row), created


async def set_status(
    db: Database, chat_id: int, status: Status, now: datetime, *, next_due_at: int | None = None
) -> bool:
    """Change a subscriber's status (and next push); False if there is no such subscriber."""
    status = Status(status)  # ValueError for anything else
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
    zone_country: str | None = None,
) -> None:
    """Store the lesson time and zone, and the country of the place the zone was chosen by."""
    await db.execute(
        "UPDATE subscribers SET push_time = ?, timezone = ?, zone_country = ?, next_due_at = ?,"
        " updated_at = ? WHERE chat_id = ?",
        (push_time, timezone, zone_country, next_due_at, ts(now), chat_id),
    )


async def start_over(db: Database, chat_id: int, now: datetime, next_due_at: int | None) -> int:
    """Begin a new round of the course, keeping the old one's history; return the new round."""
    row = await db.fetchone(
        "UPDATE subscribers SET round = round + 1, status = ?, next_due_at = ?,"
        " updated_at = ? WHERE chat_id = ? RETURNING round",
        (Status.ACTIVE, next_due_at, ts(now), chat_id),
    )
    return int(row[0]) if row else 0


async def chat_ids_with_status(db: Database, status: Status) -> list[int]:
    """Chat ids of every subscriber with this status, in id order."""
    rows = await db.fetchall(
        "SELECT chat_id FROM subscribers WHERE status = ? ORDER BY chat_id", (status,)
    )
    return [int(row[0]) for row in rows]


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
