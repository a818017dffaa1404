"""A SQLite database made by the previous schema version is upgraded in place, losing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.db import Database, connect, open_database, schema_version
from storage.migrations import MIGRATIONS
from storage.schema import migrate

PREVIOUS = MIGRATIONS[:-1]
COLUMNS = {
    "subscribers": "chat_id, first_name, language_code, status, round, created_at, updated_at,"
    " push_time, timezone, next_due_at",
    "deliveries": "chat_id, round, lesson_id, via, delivered_at, parts_read",
    "quiz_answers": "chat_id, round, lesson_id, option_id, correct, answered_at",
}


async def rows(db: Database, table: str) -> list[tuple[object, ...]]:
    found = await db.fetchall(f"SELECT {COLUMNS[table]} FROM {table} ORDER BY 1, 2, 3")
    return [tuple(row) for row in found]


@pytest.mark.sqlite
async def test_the_previous_version_is_upgraded_in_place_with_every_row_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    old = await connect(path)
    await migrate(old, PREVIOUS)
    for chat_id, status, due in ((1, "active", 1_772_000_000), (2, "paused", None)):
        await old.execute(
            "INSERT INTO subscribers (chat_id, first_name, language_code, status, round,"
            " created_at, updated_at, push_time, timezone, next_due_at)"
            " VALUES (?, 'Zoë', 'fr', ?, 2, 1700000000, 1700000500, '07:45', 'Europe/Paris', ?)",
            (chat_id, status, due),
        )
        await old.execute(
            "INSERT INTO deliveries (chat_id, round, lesson_id, via, delivered_at, parts_read)"
            " VALUES (?, 2, 'nmda', 'push', 1700000100, 3)",
            (chat_id,),
        )
        await old.execute(
            "INSERT INTO quiz_answers VALUES (?, 2, 'nmda', 'b', 1, 1700000200)", (chat_id,)
        )
    before = {table: await rows(old, table) for table in COLUMNS}
    await old.close()

    db = await open_database(path)  # as the bot opens it at start
    try:
        assert await schema_version(db) == len(MIGRATIONS)
        assert {table: await rows(db, table) for table in COLUMNS} == before
        claims = await db.fetchall("SELECT claim_token FROM subscribers")
        assert [row[0] for row in claims] == [None, None]
        # What the new version added works on the upgraded file: a lesson in flight, then its
        # delivery settles it.
        await db.execute("INSERT INTO push_attempts VALUES (1, 2, 'glutamate', 1, 1700000300)")
        await db.execute(
            "INSERT INTO deliveries (chat_id, round, lesson_id, via, delivered_at)"
            " VALUES (1, 2, 'glutamate', 'push', 1700000400)"
        )
        assert await db.fetchall("SELECT * FROM push_attempts") == []
    finally:
        await db.close()
