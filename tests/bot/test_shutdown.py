"""Graceful shutdown: `python -m bot run` stops cleanly on SIGTERM and SIGINT.

The bot runs as a process of its own (a fork: see tests.launcher) against the Bot API double in
this test's event loop. A person talks to it, the process gets the signal, and then: exit code
0, "Database closed" in its log (and no token, no traceback), a database that passes SQLite's
integrity check with its write-ahead log folded back in, and a bot that starts again on the same
file and remembers.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.conftest import TOKEN
from tests.launcher import BotRun, Launcher
from tgdouble.server import BotApiDouble

PROJECT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(120)


class BotProcess:
    """`python -m bot run` on a database in tmp_path, forked by ``launcher``, its log captured."""

    def __init__(self, double: BotApiDouble, database: Path, launcher: Launcher) -> None:
        self.double = double
        self.database = database
        self.launcher = launcher
        self.process: BotRun | None = None
        self.log = ""

    def environment(self) -> dict[str, str]:
        unrelated = ("WEBHOOK_URL", "WEBHOOK_SECRET", "ADMIN_IDS", "CONTENT_DIR")
        env = {key: value for key, value in os.environ.items() if key not in unrelated}
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=self.double.base_url,
            DATABASE_PATH=str(self.database),
            LOG_LEVEL="INFO",
        )
        return env

    async def start(self) -> None:
        log = self.database.with_name(f"{self.database.name}.{time.monotonic_ns()}.log")
        self.process = self.launcher.start(["run"], self.environment(), PROJECT, log)

    async def stop(self, signum: int) -> int:
        """Send the signal and wait for the exit; returns the exit code."""
        assert self.process is not None
        self.process.send_signal(signum)
        code = await self.process.wait_async(60)
        self.log = self.process.output()
        return code

    async def kill(self) -> None:
        """Last resort when a test fails before stopping the process."""
        if self.process is not None and self.process.poll() is None:
            await asyncio.to_thread(self.process.kill)
            self.log = self.process.output()


async def request_arrives(double: BotApiDouble, method: str, *, after: int) -> None:
    """Wait (up to 30 s) until the double has received more than ``after`` calls of ``method``."""
    for _ in range(3000):
        if double.counters.requests[method] > after:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"no {method} request reached the double")


def integrity(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def subscriber_count(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT COUNT(*) FROM subscribers").fetchone()[0]


def wal_is_folded_in(database: Path) -> bool:
    """Closing the last connection checkpoints the WAL into the main file and removes it."""
    wal = database.with_name(database.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_signal_stops_the_bot_cleanly(
    signum: int, double: BotApiDouble, tmp_path: Path, launcher: Launcher
) -> None:
    database = tmp_path / "bot.sqlite3"
    bot = BotProcess(double, database, launcher)
    sam = double.user(7001, "Sam", language_code="en")
    try:
        await bot.start()
        await sam.send("/start")
        welcome, _ = await sam.wait_for_messages(2, timeout=60)  # includes interpreter start-up
        assert welcome.text.startswith("Hi Sam!")
        await sam.send("/next")
        (lesson,) = await sam.wait_for_messages(1, timeout=10)
        assert lesson.text.startswith("Lesson 1 of")
        code = await bot.stop(signum)
    finally:
        await bot.kill()

    assert code == 0, bot.log
    assert "Database closed" in bot.log, bot.log
    assert "Traceback" not in bot.log and " ERROR " not in bot.log, bot.log
    assert TOKEN.split(":", 1)[1] not in bot.log
    assert integrity(database) == "ok"
    assert wal_is_folded_in(database)
    assert subscriber_count(database) == 1

    again = BotProcess(double, database, launcher)
    try:
        await again.start()
        await sam.send("/start")
        (back,) = await sam.wait_for_messages(1, timeout=60)
        assert back.text.startswith("Welcome back, Sam!")
        assert "1 of" in back.text  # the lesson read before the restart is remembered
        assert await again.stop(signal.SIGTERM) == 0, again.log
    finally:
        await again.kill()
    assert integrity(database) == "ok"


async def test_sigterm_lets_a_reply_in_flight_finish(
    double: BotApiDouble, tmp_path: Path, launcher: Launcher
) -> None:
    """A lesson being sent as the signal arrives is delivered and recorded before the DB closes."""
    database = tmp_path / "bot.sqlite3"
    bot = BotProcess(double, database, launcher)
    sam = double.user(7001, "Sam", language_code="en")
    try:
        await bot.start()
        await sam.send("/start")
        await sam.wait_for_messages(2, timeout=60)
        double.latency = 0.5  # the next replies are slow to go through
        sends = double.counters.requests["sendmessage"]
        await sam.send("/next")
        await request_arrives(double, "sendmessage", after=sends)
        code = await bot.stop(signal.SIGTERM)
    finally:
        await bot.kill()

    assert code == 0, bot.log
    (lesson,) = sam.read()[-1:]
    assert lesson.text.startswith("Lesson 1 of"), sam.transcript()
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0] == 1
    assert bot.log.index("Application is stopping") < bot.log.index("Database closed")
    assert integrity(database) == "ok"
