"""Moving to PostgreSQL: the SQLite database is copied while the bot runs, copied again once it
has stopped, and the bot started on the copy knows everyone where they were."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from journey.clock import FakeClock
from settings.config import DEFAULT_CONTENT_DIR, Config
from tests.conftest import TOKEN, BotRunner
from tests.pgserver import PgServer
from tgdouble.server import BotApiDouble

PROJECT = Path(__file__).resolve().parents[2]


async def migrate_db(source: Path, url: str) -> str:
    """`python -m bot migrate-db`, as the operator runs it; its output (it must succeed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "TELEGRAM_"))}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "migrate-db", "--to", url, "--database", str(source),
        cwd=PROJECT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, output.decode()
    return output.decode()


async def test_the_bot_on_the_copy_greets_a_returning_subscriber_where_they_left_off(
    double: BotApiDouble, clock: FakeClock, pg_server: PgServer, tmp_path: Path
) -> None:
    config = Config(
        token=TOKEN,
        database_path=tmp_path / "bot.sqlite3",
        content_dir=DEFAULT_CONTENT_DIR,
        api_base_url=double.base_url,
        push_tick_seconds=3600,
    )
    url = pg_server.fresh_database()
    bots = BotRunner(config, clock)
    try:
        services = await bots.start()
        lesson = services.require_course().lessons[0]
        assert len(lesson.messages) >= 3
        noor = double.user(2001, first_name="Noor", language_code="en")
        await noor.send("/start")
        await noor.wait_for_messages(2)
        await noor.send("/next")
        (part,) = await noor.wait_for_messages(1)
        assert part.text.startswith("Lesson 1 of")

        await migrate_db(config.database_path, url)  # the bot still running on SQLite
        await noor.send("/next")  # after the first copy: only the second one carries it
        (part,) = await noor.wait_for_messages(1)
        assert f"(2/{len(lesson.messages)})" in part.text
        await bots.stop()
        output = await migrate_db(config.database_path, url)
        assert "Every table matches" in output

        moved = await bots.start(database_url=url)
        assert moved.require_db().dialect == "postgresql"
        await noor.send("/start")
        welcome, ask_time = await noor.wait_for_messages(2)  # and, with no time chosen, asked
        assert "Welcome back, Noor" in welcome.text
        assert "What time suits you?" in ask_time.text
        await noor.send("/next")
        (part,) = await noor.wait_for_messages(1)
        assert f"(3/{len(lesson.messages)})" in part.text
    finally:
        await bots.stop_all()
