"""PostgreSQL: choosing it, one-line startup errors without the password, placeholders."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from settings.config import ConfigError, load_config
from storage.db import DatabaseProblem, open_database, redact_url
from storage.postgres import placeholders
from tests.bot.test_startup import closed_port, environment, start_and_fail, the_one_line
from tests.conftest import TOKEN
from tests.pgserver import PgServer
from tgdouble.server import BotApiDouble

PASSWORD = "pa55-word-never-shown"


def test_placeholders_are_numbered_outside_quotes() -> None:
    sql = "SELECT ? WHERE status = 'why?' AND x IN (?, ?)"
    assert placeholders(sql) == "SELECT $1 WHERE status = 'why?' AND x IN ($2, $3)"


def test_a_url_is_shown_without_its_password() -> None:
    url = f"postgresql://bot:{PASSWORD}@db.example:5432/bot"
    assert redact_url(url) == "postgresql://bot:***@db.example:5432/bot"
    assert redact_url("postgresql://bot@db.example/bot") == "postgresql://bot@db.example/bot"
    in_query = f"postgresql://bot@db.example/bot?sslmode=require&password={PASSWORD}"
    assert redact_url(in_query) == "postgresql://bot@db.example/bot?sslmode=require&password=***"
    both = f"postgresql://bot:{PASSWORD}@db.example/bot?sslpassword={PASSWORD}"
    assert PASSWORD not in redact_url(both) and redact_url(both).count("***") == 2
    for odd in ("pa/ss", "pa?ss", "pa#ss", "p@ss"):  # unencoded, as people paste them
        shown = redact_url(f"postgresql://bot:{odd}word@db.example:5432/bot")
        assert shown == "postgresql://bot:***@db.example:5432/bot", shown


def test_database_url_selects_postgresql_and_must_be_one(tmp_path: Path) -> None:
    url = f"postgresql://bot:{PASSWORD}@127.0.0.1/bot"
    config = load_config({"DATABASE_URL": url}, dotenv=False)
    assert config.database == url
    assert load_config({}, dotenv=False).database == config.database_path
    with pytest.raises(ConfigError) as refused:
        load_config({"DATABASE_URL": f"mysql://bot:{PASSWORD}@127.0.0.1/bot"}, dotenv=False)
    assert PASSWORD not in str(refused.value) and "postgresql://" in str(refused.value)


@pytest.mark.parametrize("where", ["before the @", "in the query"])
async def test_an_unreachable_server_is_one_line_without_the_password(where: str) -> None:
    url = f"postgresql://bot:{PASSWORD}@127.0.0.1:{closed_port()}/bot"
    if where == "in the query":
        url = f"postgresql://bot@127.0.0.1:{closed_port()}/bot?password={PASSWORD}"
    with pytest.raises(DatabaseProblem) as problem:
        await open_database(url)
    message = str(problem.value)
    assert "\n" not in message and PASSWORD not in message
    assert "cannot reach the PostgreSQL server at postgresql://bot" in message
    assert "***" in message


async def test_a_new_empty_database_is_announced_at_warning_once(
    pg_server: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="storage")
    url = pg_server.fresh_database()
    for _ in range(2):  # opened again: no longer new
        db = await open_database(url)
        await db.close()
    new = [r for r in caplog.records if "new, empty database" in r.getMessage()]
    assert [r.levelno for r in new] == [logging.WARNING]
    assert url.rsplit("/", 1)[1] in new[0].getMessage()


async def test_a_missing_database_says_to_create_it(pg_server: PgServer) -> None:
    with pytest.raises(DatabaseProblem) as problem:
        await open_database(pg_server.url("no_such_database"))
    assert "create it first" in str(problem.value)


async def test_the_bot_refuses_to_start_on_an_unreachable_server_in_one_line(
    tmp_path: Path, double: BotApiDouble
) -> None:
    env = environment(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=double.base_url,
        DATABASE_URL=f"postgresql://bot:{PASSWORD}@127.0.0.1:{closed_port()}/bot",
        DATABASE_PATH=str(tmp_path / "unused.sqlite3"),
    )
    code, output = await start_and_fail(env)
    assert code == 1
    assert "cannot reach the PostgreSQL server" in the_one_line(output)
    assert PASSWORD not in output
    assert not (tmp_path / "unused.sqlite3").exists()


async def test_two_processes_migrating_at_once_apply_each_migration_once(
    pg_server: PgServer,
) -> None:
    url = pg_server.fresh_database()
    first, second = await asyncio.gather(open_database(url), open_database(url))
    try:
        rows = await first.fetchall("SELECT version FROM schema_migrations ORDER BY version")
        assert [row[0] for row in rows] == sorted({row[0] for row in rows})
        assert len(rows) >= 4
    finally:
        await first.close()
        await second.close()


async def test_tables_never_analysed_get_statistics_on_open(pg_server: PgServer) -> None:
    """Without statistics the planner found claimed subscribers through the due index, and
    the push ran at half speed on a freshly loaded database."""
    db = await open_database(pg_server.fresh_database())
    try:
        rows = await db.fetchall(
            "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
            " ORDER BY relname"
        )
        assert {"subscribers", "deliveries", "push_attempts"} <= {row[0] for row in rows}
    finally:
        await db.close()
