"""The push and the broadcast when the database or the network fails, with real processes.

The bot and the Bot API double run as processes of their own (see tests/push/test_push_crash.py).
Faults are real: another process holds the database's write lock, the database's files are made
immutable, a second bot process opens the same database, the double delivers a message and
drops the connection before answering, and a bot is killed with SIGKILL in the middle of a
broadcast.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from storage import subscribers
from storage.db import connect, migrate, ts
from tests.push.test_push_crash import (
    CONCURRENCY,
    SUBSCRIBERS,
    BotProcess,
    Double,
    still_due,
    wait_until,
)

pytestmark = pytest.mark.timeout(180)

ADMIN = 42


def post(double: Double, path: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(
        f"{double.url}/_double/{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=90) as response:
            return json.load(response)
    except urllib.error.HTTPError as exc:
        raise AssertionError(f"{path}: {exc.read().decode()}") from exc


def seed(path: Path, chat_ids: range, *, due: bool) -> None:
    """Subscribers at 08:00 UTC: due a minute ago, or not for a long while."""

    async def run() -> None:
        db = await connect(path)
        try:
            await migrate(db)
            now = datetime.now(UTC)
            when = ts(now) - 60 if due else ts(now) + 30 * 86_400
            rows = [(chat_id, "08:00", "UTC", when) for chat_id in chat_ids]
            await subscribers.import_subscribers(db, rows, now)
        finally:
            await db.close()

    asyncio.run(run())


class WriteLockHolder:
    """Another process that takes the database's write lock and keeps it for `seconds`."""

    def __init__(self, database: Path, seconds: float) -> None:
        script = (
            "import sqlite3, sys, time\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
            "conn.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "conn.execute('ROLLBACK')\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, str(database), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def wait(self) -> None:
        assert self.process.wait(120) == 0


def log_lines(log: Path, text: str) -> int:
    return sum(text in line for line in log.read_text().splitlines())


def push_under_way(tmp_path: Path) -> tuple[Double, Path, Path, BotProcess]:
    """The double, the database, the bot's log and the bot, pushing to SUBSCRIBERS, all due."""
    double = Double(latency=0.02, log=tmp_path / "double.log")
    database, log = tmp_path / "bot.sqlite3", tmp_path / "bot.log"
    seed(database, SUBSCRIBERS, due=True)
    return double, database, log, BotProcess(double, database, log)


def test_writes_failing_mid_push_stop_the_sending_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    double, database, log, bot = push_under_way(tmp_path)
    total = len(SUBSCRIBERS)
    try:
        wait_until(lambda: double.delivered() >= total // 5, 60, "the push to get going")
        holder = WriteLockHolder(database, seconds=20)
        at_lock = double.delivered()
        time.sleep(19)
        during = double.delivered() - at_lock
        holder.wait()
        assert at_lock < total, "the push finished before the writes failed: nothing was tested"
        wait_until(lambda: still_due(database) == 0, 90, "the push to finish once writes work")
        assert bot.signal(signal.SIGTERM) == 0
        per_chat = double.per_chat()
    finally:
        if bot.process.poll() is None:
            bot.signal(signal.SIGKILL)
        double.close()
    copies = sum(count - 1 for count in per_chat.values())
    print(f"writes failed after {at_lock} of {total}: {during} sent meanwhile, {copies} copies")
    assert during <= CONCURRENCY, f"{during} messages went out while nothing could be recorded"
    assert set(per_chat) == set(SUBSCRIBERS), "every subscriber got the lesson"
    assert copies <= CONCURRENCY, f"{copies} repeated lessons"
    assert log_lines(log, "Database writes fail") == 1
    assert log_lines(log, "Database writes work again") == 1
    assert "Traceback" not in log.read_text()


def immutable(paths: list[Path], on: bool) -> None:
    """Set or clear the immutable attribute: the files refuse every write, even root's."""
    for path in paths:
        subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a file immutable (chattr +i)")
def test_database_files_made_immutable_mid_push_never_repeat_lessons_without_end(
    tmp_path: Path,
) -> None:
    double, database, log, bot = push_under_way(tmp_path)
    total = len(SUBSCRIBERS)
    files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    restarted = None
    try:
        wait_until(lambda: double.delivered() >= total // 5, 60, "the push to get going")
        immutable(files, on=True)
        at_fault = double.delivered()
        try:
            time.sleep(10)  # ten seconds with a database that takes no write at all
            during = double.delivered() - at_fault
        finally:
            immutable(files, on=False)
        assert at_fault < total, "the push finished before the writes failed: nothing was tested"
        # SQLite maps its -shm file into memory: writing to it once it is immutable can end the
        # process with SIGBUS. Then it is a crash, and a restart carries on like after a kill -9.
        died = bot.process.poll()
        if died is not None:
            assert died == -signal.SIGBUS, f"the bot ended with {died}"
            bot.log.close()
            restarted = BotProcess(double, database, log)
        wait_until(lambda: still_due(database) == 0, 90, "the push to finish once writes work")
        for process in (restarted, None if died is not None else bot):
            if process is not None:
                assert process.signal(signal.SIGTERM) == 0
        per_chat = double.per_chat()
    finally:
        for process in (bot, restarted):
            if process is not None and process.process.poll() is None:
                process.signal(signal.SIGKILL)
        double.close()
    copies = sum(count - 1 for count in per_chat.values())
    how = "SIGBUS, restarted" if died is not None else "kept running"
    print(f"files immutable after {at_fault} of {total}: {during} sent meanwhile, {copies} copies,"
          f" {how}")  # fmt: skip
    assert during <= CONCURRENCY, f"{during} messages went out while nothing could be recorded"
    assert set(per_chat) == set(SUBSCRIBERS), "every subscriber got the lesson"
    assert copies <= CONCURRENCY, f"{copies} repeated lessons"
    if died is None:  # the breaker held the sends: one line when it opened, one when it closed
        assert log_lines(log, "Database writes fail") == 1
        assert log_lines(log, "Database writes work again") == 1


def test_a_second_process_on_the_same_database_never_pushes(tmp_path: Path) -> None:
    double = Double(latency=0.02, log=tmp_path / "double.log")
    database = tmp_path / "bot.sqlite3"
    seed(database, SUBSCRIBERS, due=True)
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    bots = [BotProcess(double, database, log) for log in logs]
    try:
        wait_until(lambda: still_due(database) == 0, 90, "the push to finish")
        time.sleep(1.0)  # ticks run every 0.2 s: a second pusher would have started by now
        codes = [bot.signal(signal.SIGTERM) for bot in bots]
        per_chat = double.per_chat()
    finally:
        for bot in bots:
            if bot.process.poll() is None:
                bot.signal(signal.SIGKILL)
        double.close()
    assert codes == [0, 0]
    assert set(per_chat) == set(SUBSCRIBERS)
    assert max(per_chat.values()) == 1, "nobody got the lesson twice"
    said = [log_lines(log, "Another bot process pushes") for log in logs]
    assert sorted(said) == [0, 1], "exactly one process says it leaves the push alone"


def test_a_lost_answer_repeats_the_lesson_at_most_once(tmp_path: Path) -> None:
    double = Double(latency=0.01, log=tmp_path / "double.log")
    database, log = tmp_path / "bot.sqlite3", tmp_path / "bot.log"
    chats = range(SUBSCRIBERS[0], SUBSCRIBERS[0] + 20)
    unlucky = chats[3]
    seed(database, chats, due=True)
    # Every answer to this chat is lost after Telegram delivered the message.
    post(
        double,
        "faults",
        {"kind": "drop", "count": 1000, "chat_id": unlucky, "after_delivery": True},
    )
    bot = BotProcess(double, database, log)
    try:
        wait_until(lambda: double.per_chat()[unlucky] >= 2, 30, "the lost answer to be retried")
        time.sleep(10)  # retries after 0.5, 2 and 5 s, and 50 ticks: none may send it again
        assert bot.signal(signal.SIGTERM) == 0
        per_chat = double.per_chat()
    finally:
        if bot.process.poll() is None:
            bot.signal(signal.SIGKILL)
        double.close()
    assert per_chat[unlucky] == 2, f"{per_chat[unlucky]} copies of one lesson"
    assert Counter({chat: 1 for chat in chats if chat != unlucky}) == Counter(
        {chat: n for chat, n in per_chat.items() if chat != unlucky}
    )
    with sqlite3.connect(database) as conn:
        (next_due,) = conn.execute(
            "SELECT next_due_at FROM subscribers WHERE chat_id = ?", (unlucky,)
        ).fetchone()
    assert next_due > time.time() + 23 * 3600, "put off until the 24 hours are over"


def test_a_broadcast_killed_midway_resumes_and_reports(tmp_path: Path) -> None:
    double = Double(latency=0.02, log=tmp_path / "double.log")
    post(double, "users", {"ids": [ADMIN]})
    database, log = tmp_path / "bot.sqlite3", tmp_path / "bot.log"
    recipients = range(SUBSCRIBERS[0], SUBSCRIBERS[0] + 300)
    seed(database, recipients, due=False)
    settings = {"ADMIN_IDS": str(ADMIN), "PUSH_RATE": "50"}
    first = BotProcess(double, database, log, **settings)
    try:
        post(double, "send", {"user_id": ADMIN, "text": "/broadcast Reading week: no lessons."})
        _preview, prompt = post(double, "wait", {"user_id": ADMIN, "count": 2, "timeout": 20})[
            "messages"
        ]
        post(
            double,
            "tap",
            {"user_id": ADMIN, "message_id": prompt["message_id"], "text": "📣 Send to 300"},
        )

        def announced() -> int:
            return sum(n for chat, n in double.per_chat().items() if chat in recipients)

        wait_until(lambda: announced() >= 100, 60, "the broadcast to get going")
        assert first.signal(signal.SIGKILL) == -signal.SIGKILL
        before = announced()
        assert before < len(recipients), "the broadcast finished before the kill"

        second = BotProcess(double, database, log, **settings)
        report = post(double, "wait", {"user_id": ADMIN, "count": 1, "timeout": 60})["messages"]
        assert second.signal(signal.SIGTERM) == 0
        per_chat = double.per_chat()
    finally:
        for bot in (first, locals().get("second")):
            if bot is not None and bot.process.poll() is None:
                bot.signal(signal.SIGKILL)
        double.close()
    copies = sum(n - 1 for chat, n in per_chat.items() if chat in recipients)
    print(f"broadcast killed after {before} of {len(recipients)}: {copies} copies")
    assert [m["text"] for m in report][-1].startswith("📣 Announcement sent.")
    assert "300 sent · 0 blocked · 0 unreachable · 0 failed" in report[-1]["text"]
    assert {chat for chat in per_chat if chat in recipients} == set(recipients)
    assert copies <= CONCURRENCY, f"{copies} people got the announcement twice"
    assert log_lines(log, "Resuming broadcast") == 1
