"""The push and the broadcast when the database or the network fails, with real processes.

The bot and the Bot API double run as processes of their own (see tests/push/test_push_crash.py).
Faults are real: a second bot process opens the same database, the double delivers a message and
drops the connection before answering, and a bot is killed with SIGKILL in the middle of a
broadcast. (A database that refuses writes mid-push: tests/push/test_write_faults.py.)
"""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
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
from tests.launcher import Launcher
from tests.push.test_push_crash import (
    CONCURRENCY,
    SUBSCRIBERS,
    BotProcess,
    Double,
    still_due,
    wait_until,
)

pytestmark = pytest.mark.timeout(300)

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


def log_lines(log: Path, text: str) -> int:
    return sum(text in line for line in log.read_text().splitlines())


def test_a_second_process_on_the_same_database_never_pushes(
    tmp_path: Path, launcher: Launcher
) -> None:
    double = Double(latency=0.02, log=tmp_path / "double.log")
    database = tmp_path / "bot.sqlite3"
    seed(database, SUBSCRIBERS, due=True)
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    bots = [BotProcess(launcher, double, database, log) for log in logs]
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


def test_a_lost_answer_repeats_the_lesson_at_most_once(tmp_path: Path, launcher: Launcher) -> None:
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
    bot = BotProcess(launcher, double, database, log)
    try:
        wait_until(lambda: double.per_chat()[unlucky] >= 2, 90, "the lost answer to be retried")
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


def test_a_broadcast_killed_midway_resumes_and_reports(tmp_path: Path, launcher: Launcher) -> None:
    double = Double(latency=0.02, log=tmp_path / "double.log")
    post(double, "users", {"ids": [ADMIN]})
    database, log = tmp_path / "bot.sqlite3", tmp_path / "bot.log"
    recipients = range(SUBSCRIBERS[0], SUBSCRIBERS[0] + 300)
    seed(database, recipients, due=False)
    settings = {"ADMIN_IDS": str(ADMIN), "PUSH_RATE": "50"}
    first = BotProcess(launcher, double, database, log, **settings)
    try:
        post(double, "send", {"user_id": ADMIN, "text": "/broadcast Reading week: no lessons."})
        _preview, prompt = post(double, "wait", {"user_id": ADMIN, "count": 2, "timeout": 60})[
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

        second = BotProcess(launcher, double, database, log, **settings)
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
