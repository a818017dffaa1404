"""Failover: three bot processes on one PostgreSQL database, the leader killed mid-push.

Three real `python -m bot run` processes in webhook mode share a PostgreSQL database, as
instances behind a load balancer would; the Bot API double runs as a process of its own. The
test plays the load balancer: it takes the updates the double queues (`POST take`) and posts
each to one instance's webhook. With 2,500 subscribers due, the leader is killed with SIGKILL in
the middle of the push. Another instance must take over within two ticks (at its first or second
try for the lock after the death, counted in its log), every subscriber must get the lesson with
copies beyond one within PUSH_CONCURRENCY, and the surviving instances must answer messages and
taps all along: before the kill, right after it, and after the takeover.
"""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from storage import pushes, subscribers
from storage.db import open_database, ts
from tests.launcher import Launcher
from tests.pgserver import PgServer
from tests.push.test_push_crash import CONCURRENCY, BotProcess, Double, wait_until
from tests.push.test_push_faults import post

pytestmark = [pytest.mark.timeout(300), pytest.mark.postgresql]

SUBSCRIBERS = range(300_000, 302_500)
PROBES = iter(range(900_001, 900_100))  # people writing to the bot during the failover
SECRET = "failover-secret_0"
PASSWORD = "not-for-the-log"  # trust auth ignores it; no log line may carry it
TICK = 0.5
TTL = 3  # another instance's claim is abandoned after this many seconds
SETTINGS = {
    "PUSH_TICK_SECONDS": str(TICK),
    "PUSH_CLAIM_TTL_SECONDS": str(TTL),
    "WEBHOOK_URL": "https://bot.example.org/hook",  # never contacted: the test posts updates
    "WEBHOOK_SECRET": SECRET,
    "WEBHOOK_LISTEN": "127.0.0.1",
    "LOG_LEVEL": "DEBUG",  # each try for the push lock is logged: the takeover is counted in ticks
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed_due(url: str) -> None:
    """2,500 subscribers due a minute ago, written straight into the database."""

    async def run() -> None:
        db = await open_database(url)
        try:
            now = datetime.now(UTC)
            # Twelve hours from now: the next lesson after this one is never due during the test.
            at = f"{(now.hour + 12) % 24:02d}:00"
            rows = [(chat_id, at, "UTC", ts(now) - 60) for chat_id in SUBSCRIBERS]
            await subscribers.import_subscribers(db, rows, now)
        finally:
            await db.close()

    asyncio.run(run())


def poll(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """wait_until, for a costly condition: a few checks a second leave the CPU to the bots."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.25)


def still_due(url: str) -> int:
    async def count() -> int:
        db = await open_database(url)
        try:
            due = await pushes.due_subscribers(db, datetime.now(UTC), pushes.DUE_START, 10**6)
            return len(due)
        finally:
            await db.close()

    return asyncio.run(count())


class Instance:
    """One bot process with its webhook port and log."""

    def __init__(
        self, launcher: Launcher, double: Double, url: str, folder: Path, name: str
    ) -> None:
        self.port = free_port()
        self.log = folder / f"{name}.log"
        folder.mkdir()
        self.bot = BotProcess(
            launcher,
            double,
            folder / "unused.sqlite3",
            self.log,
            DATABASE_URL=url,
            WEBHOOK_PORT=str(self.port),
            **SETTINGS,
        )

    def said(self, text: str) -> bool:
        return text in self.log.read_text()

    def tries_to_lead(self, since: int) -> int:
        """Tries for the push lock begun after byte `since` of the log, the winning one included."""
        after = self.log.read_text()[since:]
        return after.partition("This process leads")[0].count("Trying to take the push lock")

    def deliver(self, update: dict[str, Any]) -> None:
        """What the load balancer does: post an update to this instance's webhook."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/hook",
            data=json.dumps(update).encode(),
            headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200


def take_to(double: Double, instance: Instance) -> None:
    """Hand every update the double has queued to `instance`."""
    updates = post(double, "take", {})["updates"]
    assert updates, "the double queued no update"
    for update in updates:
        instance.deliver(update)


def conversation(double: Double, first: Instance, second: Instance) -> None:
    """A new person writes /start through one instance and taps a time through the other."""
    user = next(PROBES)
    post(double, "send", {"user_id": user, "text": "/start", "first_name": "Probe"})
    take_to(double, first)
    replies = post(double, "wait", {"user_id": user, "count": 2, "timeout": 30})["messages"]
    assert len(replies) == 2 and "What time suits you?" in replies[1]["text"], replies
    post(double, "tap", {"user_id": user, "message_id": replies[1]["message_id"], "text": "08:00"})
    take_to(double, second)

    def answered() -> bool:
        return bool(double.get(f"chat/{user}")["callback_answers"])

    wait_until(answered, 90, "the tap to be answered")


@pytest.fixture
def url(pg_server: PgServer) -> str:
    plain = pg_server.fresh_database()
    return plain.replace("postgresql://postgres@", f"postgresql://postgres:{PASSWORD}@")


def test_killing_the_leader_mid_push_hands_over_and_loses_nobody(
    pg_server: PgServer, url: str, tmp_path: Path, launcher: Launcher
) -> None:
    double = Double(latency=0.02, log=tmp_path / "double.log")
    instances: list[Instance] = []
    try:
        ids = f"{SUBSCRIBERS[0]}..{SUBSCRIBERS[-1]}"
        post(double, "users", {"ids": ids, "started": True})
        seed_due(url)
        instances = [
            Instance(launcher, double, url, tmp_path / f"bot{n}", f"bot{n}") for n in range(3)
        ]
        for instance in instances:
            poll(lambda i=instance: i.said("Webhook server listening"), 60, "the webhooks")
        (leader,) = [i for i in instances if i.said("This process leads")]
        survivors = [i for i in instances if i is not leader]
        assert all(i.said("Another bot process pushes") for i in survivors)
        conversation(double, *survivors)  # answered while the leader pushes
        poll(lambda: double.delivered() >= len(SUBSCRIBERS) // 5, 60, "the push")

        killed_at = time.monotonic()
        assert leader.bot.signal(signal.SIGKILL) == -signal.SIGKILL
        logged = {id(i): len(i.log.read_text()) for i in survivors}  # tries begun while it lived
        left = still_due(url)
        assert left > 0, "the push was over before the kill: nothing was tested"
        conversation(double, *reversed(survivors))  # answered while nobody leads

        wait_until(lambda: any(i.said("This process leads") for i in survivors), 90, "a leader")
        took_over = time.monotonic() - killed_at
        (new_leader,) = [i for i in survivors if i.said("This process leads")]
        tries = new_leader.tries_to_lead(logged[id(new_leader)])
        conversation(double, *survivors)

        poll(lambda: still_due(url) == 0, 60, "the new leader to finish the push")
        conversation(double, *reversed(survivors))
        codes = [i.bot.signal(signal.SIGTERM) for i in survivors]
        rows = double.get("deliveries")["deliveries"]
    finally:
        for instance in instances:
            if instance.bot.process.poll() is None:
                instance.bot.signal(signal.SIGKILL)
        double.close()

    assert codes == [0, 0]
    per_chat = Counter(int(row[0]) for row in rows if int(row[0]) in SUBSCRIBERS)
    assert set(per_chat) == set(SUBSCRIBERS), "every subscriber got the lesson"
    copies = sum(count - 1 for count in per_chat.values())
    print(f"leader killed with {left} due; takeover after {took_over:.2f} s ({tries} tries);"
          f" {copies} copies")  # fmt: skip
    # A standby tries once a tick, so "within two ticks" is "at the first or second try after the
    # leader's death", whatever the machine's speed.
    assert tries <= 2, f"the new leader took {tries} tries after the leader died"
    assert copies <= CONCURRENCY, f"{copies} copies beyond one, more than PUSH_CONCURRENCY"
    logs = "".join(i.log.read_text() for i in instances)
    assert PASSWORD not in logs, "no log line carries the database password"
    assert "***" in logs, "the database is named, its password masked"
    assert "Probe" not in logs and "What time" not in logs, "no name, no text, even at DEBUG"
    assert new_leader.said("Push tick"), "the new leader pushed"
    assert "Traceback" not in new_leader.log.read_text()
