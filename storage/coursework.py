"""Progress through the course: lessons delivered and check-in answers."""

from __future__ import annotations

from datetime import datetime

from storage.db import Database, ts


async def delivered_lessons(db: Database, chat_id: int, round_: int) -> list[str]:
    """Ids of the lessons sent in this round, oldest first."""
    rows = await db.fetchall(
        "SELECT lesson_id FROM deliveries WHERE chat_id = ? AND round = ? ORDER BY delivered_at",
        (chat_id, round_),
    )
    return [row[0] for row in rows]


async def deliveries(db: Database, chat_id: int, round_: int) -> list[tuple[str, int, int]]:
    """(lesson id, parts read, delivered at) for each lesson sent in this round, oldest first."""
    rows = await db.fetchall(
        "SELECT lesson_id, parts_read, delivered_at FROM deliveries"
        " WHERE chat_id = ? AND round = ? ORDER BY delivered_at",
        (chat_id, round_),
    )
    return [(str(row[0]), int(row[1]), int(row[2])) for row in rows]


async def had_lessons(db: Database, chat_id: int) -> list[str]:
    """Ids of every lesson ever sent to this chat, in any round."""
    rows = await db.fetchall(
        "SELECT DISTINCT lesson_id FROM deliveries WHERE chat_id = ?", (chat_id,)
    )
    return [str(row[0]) for row in rows]


async def mark_read(db: Database, chat_id: int, round_: int, lesson_id: str, parts: int) -> None:
    """Note that `parts` parts of a lesson sent in this round have been sent (never fewer)."""
    await db.execute(
        "UPDATE deliveries SET parts_read = CASE WHEN parts_read < ? THEN ? ELSE parts_read END"
        " WHERE chat_id = ? AND round = ? AND lesson_id = ?",
        (parts, parts, chat_id, round_, lesson_id),
    )


async def parts_read(db: Database, chat_id: int, round_: int, lesson_id: str) -> int:
    """How many parts of a lesson have been sent in this round (0 if it was not delivered)."""
    row = await db.fetchone(
        "SELECT parts_read FROM deliveries WHERE chat_id = ? AND round = ? AND lesson_id = ?",
        (chat_id, round_, lesson_id),
    )
    return int(row[0]) if row else 0


CHECKIN_PUT = 1  # the check-in question is in the chat
CHECKIN_REMINDED = 2  # and /next has reminded of it once


async def checkin_shown(db: Database, chat_id: int, round_: int, lesson_id: str) -> int:
    """How far a lesson's check-in has gone: 0 not put yet, CHECKIN_PUT, CHECKIN_REMINDED."""
    row = await db.fetchone(
        "SELECT checkin_shown FROM deliveries WHERE chat_id = ? AND round = ? AND lesson_id = ?",
        (chat_id, round_, lesson_id),
    )
    return int(row[0]) if row else 0


async def mark_checkin(
    db: Database, chat_id: int, round_: int, lesson_id: str, shown: int, *, was: int | None = None
) -> bool:
    """Move a lesson's check-in on to `shown` (never back); with `was`, only from exactly that.

    True if this call moved it: of two requests at once (a double tap, two instances), one wins.
    """
    if was is None:
        changed = await db.execute(
            "UPDATE deliveries SET checkin_shown = ? WHERE chat_id = ? AND round = ?"
            " AND lesson_id = ? AND checkin_shown < ?",
            (shown, chat_id, round_, lesson_id, shown),
        )
    else:
        changed = await db.execute(
            "UPDATE deliveries SET checkin_shown = ? WHERE chat_id = ? AND round = ?"
            " AND lesson_id = ? AND checkin_shown = ?",
            (shown, chat_id, round_, lesson_id, was),
        )
    return changed == 1


async def answered_lessons(db: Database, chat_id: int, round_: int) -> list[str]:
    """Ids of the lessons whose check-in was answered in this round."""
    rows = await db.fetchall(
        "SELECT lesson_id FROM quiz_answers WHERE chat_id = ? AND round = ?", (chat_id, round_)
    )
    return [str(row[0]) for row in rows]


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


async def first_answers(db: Database, chat_id: int, round_: int) -> dict[str, bool]:
    """Every first answer in this round, right or not, by the id it was stored under."""
    rows = await db.fetchall(
        "SELECT lesson_id, correct FROM quiz_answers WHERE chat_id = ? AND round = ?",
        (chat_id, round_),
    )
    return {str(row[0]): bool(row[1]) for row in rows}
