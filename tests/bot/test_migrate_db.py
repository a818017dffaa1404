"""`python -m bot migrate-db`: a live SQLite database copied into PostgreSQL, row for row, and
safe to run again; `backup` under DATABASE_URL points to pg_dump."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from storage import broadcasts, coursework, privacy, subscribers
from storage.copy import migrate_to_postgres
from storage.db import open_database
from storage.migrations import MIGRATIONS
from storage.schema import migrate, schema_version
from storage.sqlite import connect
from tests.pgserver import PgServer
from tests.stored import snapshot

PASSWORD = "pa55-word-never-shown"
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
BIG_CHAT = 7_300_000_123  # beyond 32 bits, as Telegram's ids now are
Tables = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(autouse=True)
def quiet_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No .env, DATABASE_URL or DATABASE_PATH of the machine's leak into the command."""
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "DATABASE_PATH", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(out: str) -> dict[str, list[int]]:
    """The printed table: rows in the source, in the target, written, removed; by table."""
    found = {}
    for line in out.splitlines():
        name, *numbers = line.split()
        if len(numbers) == 4 and all(n.isdigit() for n in numbers):
            found[name] = [int(n) for n in numbers]
    return found


async def fill(path: Path) -> None:
    """Everything the bot keeps: subscribers in every state, lessons, answers, push attempts,
    broadcasts finished, reported and in progress."""
    db = await open_database(path)
    try:
        for chat_id, name in ((1, "Ada"), (2, "Zoë 🌱"), (3, "Lin"), (BIG_CHAT, "Sam")):
            await subscribers.subscribe(db, chat_id, name, "en", NOW)
            await subscribers.set_schedule(
                db,
                chat_id,
                push_time="08:30",
                timezone="Europe/Paris",
                next_due_at=1_772_000_000,
                now=NOW,
            )
            await coursework.record_delivery(db, chat_id, 1, "origins", "push", NOW)
            await coursework.mark_read(db, chat_id, 1, "origins", 3)
            await coursework.record_answer(db, chat_id, 1, "origins", "b", chat_id % 2 == 0, NOW)
        await subscribers.set_status(db, 3, subscribers.Status.PAUSED, NOW, next_due_at=None)
        await subscribers.start_over(db, 2, NOW + timedelta(days=20), 1_773_000_000)
        await coursework.record_delivery(db, 2, 2, "origins", "pull", NOW + timedelta(days=20))
        # A lesson in flight: the next one was sent once, its outcome not yet known.
        await db.execute(
            "INSERT INTO push_attempts (chat_id, round, lesson_key, sends, first_at)"
            " VALUES (?, 1, 'depression', 2, ?)",
            (1, 1_772_100_000),
        )
        first, _ = await broadcasts.create(db, 42, "<b>Finished</b> ✓", NOW)
        await broadcasts.record_batch(db, first, [(1, "sent"), (2, "sent")], NOW)
        await broadcasts.finish(db, first, NOW)
        await broadcasts.mark_reported(db, first, NOW)
        second, _ = await broadcasts.create(db, 42, "Still going", NOW + timedelta(days=21))
        await broadcasts.record_batch(db, second, [(BIG_CHAT, "blocked")], NOW)
    finally:
        await db.close()


async def read(target: Path | str) -> Tables:
    db = await open_database(target)
    try:
        tables = await snapshot(db)
    finally:
        await db.close()
    tables["schema_migrations"] = [row[:2] for row in tables["schema_migrations"]]
    return tables


async def analysed(url: str) -> set[str]:
    """The tables PostgreSQL holds column statistics for."""
    db = await open_database(url)
    try:
        rows = await db.fetchall(
            "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = current_schema()"
        )
        return {str(row[0]) for row in rows}
    finally:
        await db.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "live" / "bot.sqlite3"
    asyncio.run(fill(path))
    return path


def test_a_live_database_is_copied_row_for_row(
    capsys: pytest.CaptureFixture[str], pg_server: PgServer, source: Path
) -> None:
    url = pg_server.fresh_database()
    # The running bot: a connection that has committed rows still only in the -wal file, and
    # is in the middle of a transaction the copy must not see.
    bot = sqlite3.connect(source, isolation_level=None)
    bot.execute(
        "INSERT INTO subscribers (chat_id, first_name, created_at, updated_at)"
        " VALUES (9, 'Newcomer', 1772400000, 1772400000)"
    )
    assert Path(f"{source}-wal").stat().st_size > 0
    bot.execute("BEGIN IMMEDIATE")
    bot.execute("DELETE FROM deliveries WHERE chat_id = 1")
    try:
        code, out, err = run(capsys, "migrate-db", "--to", url, "--database", str(source))
    finally:
        bot.execute("ROLLBACK")
        bot.close()
    assert (code, err) == (0, "")
    copied = asyncio.run(read(url))
    assert copied == asyncio.run(read(source))
    assert len(copied["subscribers"]) == 5 and len(copied["push_attempts"]) == 1
    shown = counts(out)
    assert shown["subscribers"] == [5, 5, 5, 0] and shown["deliveries"] == [5, 5, 5, 0]
    assert set(shown) == set(copied) - {"schema_migrations"}
    # The planner has statistics from the start, so the first push finds people by key.
    holding_rows = {table for table in shown if copied.get(table)}  # pg_stats skips empty ones
    assert asyncio.run(analysed(url)) >= holding_rows - {"push_attempts", "push_probe"}
    assert "Every table matches" in out


def test_copying_again_changes_nothing_and_then_follows_the_source(
    capsys: pytest.CaptureFixture[str], pg_server: PgServer, source: Path
) -> None:
    url = pg_server.fresh_database()
    assert run(capsys, "migrate-db", "--to", url, "--database", str(source))[0] == 0
    first = asyncio.run(read(url))

    code, out, _ = run(capsys, "migrate-db", "--to", url, "--database", str(source))
    assert code == 0
    assert asyncio.run(read(url)) == first
    assert all(written == removed == 0 for *_, written, removed in counts(out).values())

    async def meanwhile() -> None:
        db = await open_database(source)
        try:
            await privacy.forget_subscriber(db, 1)  # /forget between the two runs
            await subscribers.subscribe(db, 5, "Noor", "ar", NOW + timedelta(days=30))
            await coursework.record_delivery(db, 3, 1, "nmda", "pull", NOW + timedelta(days=30))
        finally:
            await db.close()

    asyncio.run(meanwhile())
    code, out, _ = run(capsys, "migrate-db", "--to", url, "--database", str(source))
    assert code == 0
    copied = asyncio.run(read(url))
    assert copied == asyncio.run(read(source))
    assert 1 not in [row[0] for row in copied["subscribers"]] and copied["push_attempts"] == []
    assert counts(out)["subscribers"] == [4, 4, 1, 1]


def test_new_broadcasts_on_the_copy_get_ids_after_the_copied_ones(
    capsys: pytest.CaptureFixture[str], pg_server: PgServer, source: Path
) -> None:
    url = pg_server.fresh_database()
    assert run(capsys, "migrate-db", "--to", url, "--database", str(source))[0] == 0

    async def announce() -> int:
        db = await open_database(url)
        try:
            return (await broadcasts.create(db, 42, "After the move", NOW))[0]
        finally:
            await db.close()

    assert asyncio.run(announce()) == 3


def test_a_target_bots_already_write_to_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], pg_server: PgServer, source: Path
) -> None:
    url = pg_server.fresh_database()
    assert run(capsys, "migrate-db", "--to", url, "--database", str(source))[0] == 0

    async def bot_on_postgresql() -> None:
        db = await open_database(url)
        try:
            await subscribers.subscribe(db, 77, "Later", None, NOW + timedelta(days=90))
        finally:
            await db.close()

    asyncio.run(bot_on_postgresql())
    before = asyncio.run(read(url))
    code, out, err = run(capsys, "migrate-db", "--to", url, "--database", str(source))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "holds activity newer than" in err
    assert asyncio.run(read(url)) == before


def test_an_older_database_is_copied_at_the_new_version_and_left_as_it_was(
    capsys: pytest.CaptureFixture[str], pg_server: PgServer, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"

    async def old() -> None:
        db = await connect(path)
        await migrate(db, MIGRATIONS[:-1])
        await db.execute(
            "INSERT INTO subscribers (chat_id, first_name, created_at, updated_at)"
            " VALUES (4, 'Old', 1700000000, 1700000000)"
        )
        await db.close()

    async def version(target: Path | str) -> int:
        db = await connect(target) if isinstance(target, Path) else await open_database(target)
        try:
            return await schema_version(db)
        finally:
            await db.close()

    asyncio.run(old())
    before = path.read_bytes()
    url = pg_server.fresh_database()
    code, out, _ = run(capsys, "migrate-db", "--to", url, "--database", str(path))
    assert code == 0 and f"(schema version {len(MIGRATIONS)})" in out
    assert asyncio.run(version(url)) == len(MIGRATIONS)
    assert path.read_bytes() == before
    assert [row[0] for row in asyncio.run(read(url))["subscribers"]] == [4]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("url", "says"),
    [
        (f"postgresql://bot:{PASSWORD}@127.0.0.1:{{port}}/bot", "cannot reach the PostgreSQL"),
        (f"mysql://bot:{PASSWORD}@127.0.0.1/bot", "--to must be a PostgreSQL URL"),
        (f"postgresql://bot:{PASSWORD}@127.0.0.1:99999999/bot", "not a valid PostgreSQL URL"),
    ],
    ids=["unreachable", "not-postgresql", "bad-port"],
)
def test_a_bad_or_unreachable_target_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str], source: Path, url: str, says: str
) -> None:
    url = url.format(port=closed_port())
    code, out, err = run(capsys, "migrate-db", "--to", url, "--database", str(source))
    assert code in (1, 2) and out == ""
    assert err.count("\n") == 1 and says in err, err
    assert PASSWORD not in err


def test_a_missing_or_foreign_source_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"postgresql://bot:{PASSWORD}@127.0.0.1:{closed_port()}/bot"
    code, _, err = run(capsys, "migrate-db", "--to", url, "--database", str(tmp_path / "no.db"))
    assert code == 1 and err == f"Cannot copy: No database at {tmp_path / 'no.db'}\n"
    notes = tmp_path / "notes.txt"
    notes.write_text("hello " * 200, encoding="utf-8")
    code, _, err = run(capsys, "migrate-db", "--to", url, "--database", str(notes))
    assert code == 1 and err.count("\n") == 1
    assert f"{notes} is damaged or is not a SQLite database" in err


def test_backup_under_database_url_says_to_use_pg_dump(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql://bot:{PASSWORD}@db.example/bot")
    code, out, err = run(capsys, "backup", str(tmp_path / "copy.sqlite3"))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "pg_dump" in err and PASSWORD not in err
    assert not (tmp_path / "copy.sqlite3").exists()


def test_small_batches_copy_every_row_and_report_progress(
    pg_server: PgServer, source: Path
) -> None:
    """Batches of 2 cross every table's key (composite ones included) at many points."""
    url = pg_server.fresh_database()
    told: list[tuple[int, int]] = []
    report = asyncio.run(
        migrate_to_postgres(source, url, lambda rows, total: told.append((rows, total)), batch=2)
    )
    assert report.matches
    assert asyncio.run(read(url)) == asyncio.run(read(source))
    total = sum(table.source_rows for table in report.tables)
    assert sum(rows for rows, _ in told) == total and {t for _, t in told} == {total}
    assert max(rows for rows, _ in told) == 2
