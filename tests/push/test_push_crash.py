"""Crash safety of the daily push, with the bot and the Bot API double as real processes.

The bot is killed (SIGKILL) or stopped (SIGTERM) in the middle of a push to 1,500
subscribers, then started again; the double's record must show every subscriber got the lesson,
with duplicates only from sends in flight at the crash (at most PUSH_CONCURRENCY).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from storage import pushes, subscribers
from storage.db import connect, migrate, ts
from tests.conftest import TOKEN
from tests.launcher import Launcher

SUBSCRIBERS = range(100_000, 101_500)
CONCURRENCY = 32
PROJECT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(300)


class Double:
    """`python -m tgdouble` in a process of its own, driven through its control API."""

    def __init__(self, latency: float, log: Path) -> None:
        ids = f"{SUBSCRIBERS[0]}..{SUBSCRIBERS[-1]}"
        self.log = log.open("a")  # a killed client makes the server log a reset connection
        command = ["-m", "tgdouble", "--port", "0", "--token", TOKEN, "--users", ids]
        self.process = subprocess.Popen(
            [sys.executable, *command, "--latency", str(latency)],
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            cwd=PROJECT,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        assert self.url.startswith("http://127.0.0.1:"), self.url

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(f"{self.url}/_double/{path}", timeout=10) as response:
            return json.load(response)

    def delivered(self) -> int:
        return int(self.get("stats")["delivered"])

    def per_chat(self) -> Counter[int]:
        rows = self.get("deliveries")["deliveries"]
        return Counter(int(row[0]) for row in rows)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.log.close()


class BotProcess:
    """`python -m bot run` against the double, on a database in tmp_path: a process of its own,
    forked by ``launcher`` (tests.launcher), its output appended to ``log``."""

    def __init__(
        self, launcher: Launcher, double: Double, database: Path, log: Path, **settings: str
    ) -> None:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"{double.url}/bot",
            "DATABASE_PATH": str(database),
            "PUSH_TICK_SECONDS": "0.2",
            "PUSH_RATE": "1000",
            "PUSH_PAID_BROADCAST": "true",
            "PUSH_CONCURRENCY": str(CONCURRENCY),
            "LOG_LEVEL": "INFO",
            **settings,
        }
        # In the database's folder: no stray .env is read from the project folder.
        self.process = launcher.start(["run"], env, database.parent, log)

    def signal(self, sig: signal.Signals) -> int:
        self.process.send_signal(sig)
        return self.process.wait(30)

    def kill(self) -> None:
        """Last resort when a test fails before stopping the process: no bot outlives its test."""
        self.process.kill()


@pytest.fixture
def bots() -> Iterator[list[BotProcess]]:
    """The bots a test starts, killed at its end if a failed assertion left one running."""
    started: list[BotProcess] = []
    yield started
    for bot in started:
        bot.kill()


@pytest.fixture
def double(tmp_path: Path) -> Iterator[Double]:
    server = Double(latency=0.02, log=tmp_path / "double.log")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A database with every subscriber due a minute ago (seeded before the bot starts)."""
    path = tmp_path / "bot.sqlite3"

    async def seed() -> None:
        db = await connect(path)
        try:
            await migrate(db)
            now = datetime.now(UTC)
            due = ts(now) - 60
            rows = [(chat_id, "08:00", "UTC", due) for chat_id in SUBSCRIBERS]
            await subscribers.import_subscribers(db, rows, now)
        finally:
            await db.close()

    asyncio.run(seed())
    return path


def wait_until(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def still_due(database: Path) -> int:
    async def count() -> int:
        db = await connect(database)
        try:
            now = datetime.now(UTC)
            return len(await pushes.due_subscribers(db, now, pushes.DUE_START, 10**6))
        finally:
            await db.close()

    return asyncio.run(count())


def interrupt_mid_push(double: Double, bot: BotProcess, sig: signal.Signals) -> tuple[int, int]:
    """Signal the bot once some but not all lessons are out; (delivered before, exit code)."""
    total = len(SUBSCRIBERS)
    wait_until(lambda: double.delivered() >= total // 5, 60, "the push to get going")
    code = bot.signal(sig)
    before = double.delivered()
    assert before < total, "the push finished before the signal: nothing was tested"
    return before, code


def test_sigkill_mid_push_loses_nothing(
    double: Double,
    database: Path,
    tmp_path: Path,
    bots: list[BotProcess],
    launcher: Launcher,
) -> None:
    log = tmp_path / "bot.log"
    first = BotProcess(launcher, double, database, log)
    bots.append(first)
    before, code = interrupt_mid_push(double, first, signal.SIGKILL)
    assert code == -signal.SIGKILL

    second = BotProcess(launcher, double, database, log)
    bots.append(second)
    wait_until(lambda: still_due(database) == 0, 60, "the restarted bot to finish the push")
    assert second.signal(signal.SIGTERM) == 0

    per_chat = double.per_chat()
    assert set(per_chat) == set(SUBSCRIBERS), "every subscriber got the lesson"
    duplicates = sum(count - 1 for count in per_chat.values())
    print(f"SIGKILL after {before} of {len(SUBSCRIBERS)}: {duplicates} duplicates")
    assert duplicates <= CONCURRENCY, f"{duplicates} duplicates, more than the in-flight bound"
    logs = log.read_text()
    assert "Push tick" in logs
    assert TOKEN.split(":", 1)[1] not in logs
    assert "Lesson 1 of" not in logs, "message texts stay out of the log"


def test_sigterm_mid_push_exits_cleanly_and_the_rest_follow(
    double: Double,
    database: Path,
    tmp_path: Path,
    bots: list[BotProcess],
    launcher: Launcher,
) -> None:
    log = tmp_path / "bot.log"
    first = BotProcess(launcher, double, database, log)
    bots.append(first)
    before, code = interrupt_mid_push(double, first, signal.SIGTERM)
    assert code == 0
    left = still_due(database)
    assert left == len(SUBSCRIBERS) - before, "every delivered lesson was recorded at stop"

    second = BotProcess(launcher, double, database, log)
    bots.append(second)
    wait_until(lambda: still_due(database) == 0, 60, "the restarted bot to finish the push")
    assert second.signal(signal.SIGTERM) == 0
    per_chat = double.per_chat()
    assert set(per_chat) == set(SUBSCRIBERS)
    assert max(per_chat.values()) == 1, "a graceful stop repeats nothing"
