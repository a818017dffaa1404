"""Storage: migrations, transactions, the repository functions and backups, on real SQLite files
and a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from content.loader import load_course
from storage import coursework, pushes, subscribers
from storage.db import (
    Database,
    DatabaseProblem,
    backup,
    checkpoint,
    connect,
    migrate,
    open_database,
    schema_version,
    ts,
)
from storage.migrations import MIGRATIONS, Migration
from tests.stored import column_types

REAL_COURSE = Path(__file__).resolve().parents[2] / "content" / "ketamine"
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
LATEST = max(m.version for m in MIGRATIONS)
TABLES = ("subscribers", "deliveries", "quiz_answers")


@pytest.fixture
def db(database: Database) -> Database:
    """An open, migrated database: a SQLite file, then a PostgreSQL database."""
    return database


async def schema(db: Database) -> dict[str, list[tuple[str, str]]]:
    """Every table with its columns and their types."""
    return {name: sorted(await column_types(db, name)) for name in await db.table_names()}


async def table_names(db: Database) -> set[str]:
    return set(await db.table_names())


async def all_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    dump = {}
    for table in (*TABLES, "schema_migrations"):
        rows = await db.fetchall(f"SELECT * FROM {table} ORDER BY 1, 2")
        dump[table] = [tuple(row) for row in rows]
    return dump


async def count(db: Database, table: str, chat_id: int) -> int:
    row = await db.fetchone(f"SELECT COUNT(*) FROM {table} WHERE chat_id = ?", (chat_id,))
    assert row is not None
    return int(row[0])


# -- migrations --------------------------------------------------------------------------------


async def test_a_fresh_database_gets_every_migration_recorded(tmp_path: Path) -> None:
    db = await connect(tmp_path / "fresh.sqlite3")
    try:
        assert await schema_version(db) == 0
        applied = await migrate(db)
        assert applied == list(range(1, LATEST + 1))
        assert {*TABLES, "schema_migrations"} <= await table_names(db)
        rows = await db.fetchall("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [tuple(row) for row in rows] == [(m.version, m.name) for m in MIGRATIONS]
        assert await schema_version(db) == LATEST
    finally:
        await db.close()


async def test_migrating_again_changes_nothing(db: Database) -> None:
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    before_schema, before_rows = await schema(db), await all_rows(db)
    assert await migrate(db) == []
    assert await schema(db) == before_schema
    assert await all_rows(db) == before_rows


async def test_an_older_database_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = await connect(path)
    await migrate(old, MIGRATIONS[:1])
    await old.execute(
        "INSERT INTO subscribers (chat_id, first_name, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (42, "Grace", 1_700_000_000, 1_700_000_000),
    )
    await old.close()

    db = await connect(path)
    try:
        assert await schema_version(db) == 1
        assert await migrate(db) == list(range(2, LATEST + 1))
        subscriber = await subscribers.get_subscriber(db, 42)
        assert subscriber is not None
        assert (subscriber.first_name, subscriber.status) == ("Grace", "active")
        assert subscriber.push_time is None and subscriber.next_due_at is None
    finally:
        await db.close()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE extra (x INTEGER);\nINSERT INTO no_such_table VALUES (1);",
        "ALTER TABLE subscribers ADD COLUMN extra TEXT;\nSELECT nothing FROM nowhere;",
    ],
    ids=["new-table", "new-column"],
)
async def test_a_failing_migration_leaves_neither_its_changes_nor_its_record(
    db: Database, sql: str
) -> None:
    before = await schema(db)
    broken = Migration(LATEST + 1, "broken on purpose", sql, sql)
    with pytest.raises((sqlite3.OperationalError, asyncpg.PostgresError)):
        await migrate(db, (*MIGRATIONS, broken))
    assert await schema(db) == before
    assert await schema_version(db) == LATEST
    # The failed transaction released the connection: the bot can carry on.
    assert (await subscribers.subscribe(db, 7, "Lin", None, NOW))[1] is True


@pytest.mark.sqlite
async def test_wal_mode_and_foreign_keys_are_on(db: Database) -> None:
    journal = await db.fetchone("PRAGMA journal_mode")
    foreign_keys = await db.fetchone("PRAGMA foreign_keys")
    assert journal is not None and journal[0] == "wal"
    assert foreign_keys is not None and foreign_keys[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        await coursework.record_delivery(db, 999, 1, "nmda", "push", NOW)


async def test_a_file_that_is_not_a_database_is_refused_and_closed(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello " * 200, encoding="utf-8")
    before = set(threading.enumerate())
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        await connect(notes)
    # A connection left open keeps its thread running, and the process could never exit.
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=2)
        assert not thread.is_alive()


# -- repository --------------------------------------------------------------------------------


async def test_subscribing_twice_never_duplicates(db: Database) -> None:
    first, created = await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    assert created is True
    assert (first.chat_id, first.status, first.round) == (1, "active", 1)
    later = NOW + timedelta(days=1)
    again, created_again = await subscribers.subscribe(db, 1, "Ada L.", "de", later)
    assert created_again is False
    assert (again.first_name, again.language_code) == ("Ada L.", "de")
    assert again.created_at == first.created_at and again.updated_at == ts(later)
    assert await count(db, "subscribers", 1) == 1


async def test_concurrent_first_messages_create_one_subscriber(db: Database) -> None:
    results = await asyncio.gather(
        *(subscribers.subscribe(db, 5, "Sam", None, NOW) for _ in range(5))
    )
    assert sorted(created for _, created in results) == [False] * 4 + [True]
    assert await count(db, "subscribers", 5) == 1


async def test_a_delivery_is_recorded_once(db: Database) -> None:
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    assert await coursework.record_delivery(db, 1, 1, "origins", "push", NOW) is True
    assert await coursework.record_delivery(db, 1, 1, "origins", "pull", NOW) is False
    assert await coursework.record_delivery(db, 1, 2, "origins", "pull", NOW) is True  # a new round
    assert await coursework.delivered_lessons(db, 1, 1) == ["origins"]
    assert await count(db, "deliveries", 1) == 2


def score(answers: dict[str, bool]) -> tuple[int, int]:
    return sum(answers.values()), len(answers)


async def test_only_the_first_quiz_answer_counts(db: Database) -> None:
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    assert await coursework.record_answer(db, 1, 1, "nmda", "b", False, NOW) is True
    assert await coursework.record_answer(db, 1, 1, "nmda", "a", True, NOW) is False
    row = await db.fetchone("SELECT option_id, correct FROM quiz_answers WHERE chat_id = 1")
    assert row is not None and tuple(row) == ("b", 0)
    assert score(await coursework.first_answers(db, 1, 1)) == (0, 1)


async def test_quiz_score_counts_right_answers_in_this_round(db: Database) -> None:
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    assert score(await coursework.first_answers(db, 1, 1)) == (0, 0)
    for lesson_id, correct in (("origins", True), ("nmda", True), ("speed", False)):
        await coursework.record_answer(db, 1, 1, lesson_id, "a", correct, NOW)
    await coursework.record_answer(db, 1, 2, "origins", "a", True, NOW)
    assert score(await coursework.first_answers(db, 1, 1)) == (2, 3)
    assert score(await coursework.first_answers(db, 1, 2)) == (1, 1)


async def test_starting_over_begins_a_new_round_from_the_first_lesson(db: Database) -> None:
    course = load_course(REAL_COURSE)
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    for day, lesson in enumerate(course.lessons):
        delivered = set(await coursework.delivered_lessons(db, 1, 1))
        assert course.next_lesson(delivered) == lesson
        await coursework.record_delivery(db, 1, 1, lesson.id, "push", NOW + timedelta(days=day))
    assert course.next_lesson(set(await coursework.delivered_lessons(db, 1, 1))) is None
    await subscribers.set_status(db, 1, "finished", NOW)

    assert await subscribers.start_over(db, 1, NOW, next_due_at=None) == 2
    subscriber = await subscribers.get_subscriber(db, 1)
    assert subscriber is not None and (subscriber.round, subscriber.status) == (2, "active")
    assert (
        course.next_lesson(set(await coursework.delivered_lessons(db, 1, 2))) == course.lessons[0]
    )
    # The first round's history is kept.
    assert await coursework.delivered_lessons(db, 1, 1) == [lesson.id for lesson in course.lessons]


async def test_deleting_a_subscriber_deletes_their_progress(db: Database) -> None:
    for chat_id in (1, 2):
        await subscribers.subscribe(db, chat_id, "Someone", None, NOW)
        await coursework.record_delivery(db, chat_id, 1, "origins", "push", NOW)
        await coursework.record_answer(db, chat_id, 1, "origins", "a", True, NOW)
    await db.execute("DELETE FROM subscribers WHERE chat_id = ?", (1,))
    assert [await count(db, table, 1) for table in TABLES] == [0, 0, 0]
    assert [await count(db, table, 2) for table in TABLES] == [1, 1, 1]


@pytest.mark.sqlite
async def test_a_backup_opens_and_has_the_same_rows(db: Database, tmp_path: Path) -> None:
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    await coursework.record_delivery(db, 1, 1, "origins", "push", NOW)
    await coursework.record_answer(db, 1, 1, "origins", "b", True, NOW)
    target = tmp_path / "backups" / "copy.sqlite3"
    await backup(db, target)

    copy = await connect(target)
    try:
        assert await all_rows(copy) == await all_rows(db)
        assert await schema(copy) == await schema(db)
    finally:
        await copy.close()


async def test_push_records_survive_a_subscriber_who_forgot_mid_push(tmp_path: Path) -> None:
    db = await connect(tmp_path / "bot.sqlite3")
    await migrate(db)
    try:
        now = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
        due = ts(now)
        await subscribers.import_subscribers(
            db, [(1, "08:00", "UTC", due), (2, "08:00", "UTC", due)], now
        )
        batch = await pushes.due_subscribers(db, now, pushes.DUE_START, 10)
        claim = "A" * 33  # the push claims both before sending
        await pushes.claim(db, [pushes.Claim(s, "origins") for s in batch], claim, "A" * 32, now)
        await db.execute("DELETE FROM subscribers WHERE chat_id = 2")  # /forget while in flight
        outcomes = [
            pushes.PushOutcome(
                chat_id, 1, due, "active", due + 86400, lesson_id="origins", claim=claim
            )
            for chat_id in (1, 2)
        ]
        await pushes.record_push_outcomes(db, outcomes, now)
        assert await coursework.delivered_lessons(db, 1, 1) == ["origins"]
        assert (await subscribers.get_subscriber(db, 1)).next_due_at == due + 86400
        rows = await db.fetchall("SELECT chat_id FROM deliveries")
        assert [row[0] for row in rows] == [1]
    finally:
        await db.close()


# -- opening the bot's file --------------------------------------------------------------------


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


async def test_the_database_and_its_log_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "bot.sqlite3"
    db = await open_database(path)
    try:
        await subscribers.subscribe(db, 1, "Ada", "en", NOW)
        files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        assert all(file.exists() for file in files)
        assert [mode(file) for file in files] == [0o600] * 3
        assert mode(path.parent) == 0o700
        secure_delete = await db.fetchone("PRAGMA secure_delete")
        assert secure_delete is not None and secure_delete[0] == 1
    finally:
        await db.close()


async def test_a_database_others_can_read_is_made_private_on_open(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await open_database(path)
    await subscribers.subscribe(db, 1, "Ada", "en", NOW)
    await db.close()
    path.chmod(0o644)  # as an older version left it
    with caplog.at_level(logging.WARNING, logger="storage"):
        db = await open_database(path)
    try:
        assert mode(path) == 0o600
        assert (await subscribers.get_subscriber(db, 1)) is not None
        assert any("Made" in r.getMessage() and "private" in r.getMessage() for r in caplog.records)
    finally:
        await db.close()


async def test_forgotten_rows_leave_no_trace_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    wal = path.with_name(path.name + "-wal")
    db = await open_database(path)
    try:
        # Checkpointed into the main file, then erased there: secure_delete zeroes it.
        await subscribers.subscribe(db, 1, "Zanzibarina", "en", NOW)
        await checkpoint(db)  # what the bot does every DATABASE_CHECKPOINT_SECONDS
        assert b"Zanzibarina" in path.read_bytes()
        await db.execute("DELETE FROM subscribers WHERE chat_id = 1")
        await checkpoint(db)
        assert b"Zanzibarina" not in path.read_bytes() + wal.read_bytes()

        # Written and erased between two checkpoints: the log held both versions of the page.
        await subscribers.subscribe(db, 2, "Quetzalina", "en", NOW)
        await db.execute("DELETE FROM subscribers WHERE chat_id = 2")
        assert b"Quetzalina" in wal.read_bytes()
        await checkpoint(db)
        # While the bot still runs: neither the database nor its log holds the name.
        assert b"Quetzalina" not in path.read_bytes() + wal.read_bytes()
    finally:
        await db.close()


def test_a_backup_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cli import main

    source = tmp_path / "bot.sqlite3"

    async def make() -> None:
        db = await open_database(source)
        await db.close()

    asyncio.run(make())
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "backups" / "copy.sqlite3"
    assert main(["backup", str(target), "--database", str(source)]) == 0
    assert mode(target) == 0o600


async def test_a_new_database_is_announced_with_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    caplog.set_level("INFO", logger="storage.db")
    db = await open_database(Path("data/bot.sqlite3"))  # relative, as DATABASE_PATH may be
    await db.close()
    created = [r for r in caplog.records if r.levelname == "WARNING"]
    assert [r.getMessage() for r in created] == [
        f"Created a new, empty database at {tmp_path / 'data' / 'bot.sqlite3'}"
    ]
    caplog.clear()
    db = await open_database(Path("data/bot.sqlite3"))  # the same file again: no warning
    await db.close()
    assert not [r for r in caplog.records if r.levelno >= 30]


async def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await open_database(path)
    await db.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 0)",
        (LATEST + 1,),
    )
    await db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="written by a newer version of the bot"):
        await open_database(path)
    with pytest.raises(DatabaseProblem, match="newer version"):
        db = await connect(path)
        try:
            await migrate(db)
        finally:
            await db.close()
    assert path.read_bytes() == before
