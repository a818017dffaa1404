"""Failover time on PostgreSQL: from the leader's kill -9 to the first push by the new leader.

Run from the repository root: ``python -m bench.failover`` (``--help`` for the knobs). Each run
starts the Bot API double (a process of its own, 20 ms per request), a fresh PostgreSQL
database with SUBSCRIBERS due, and INSTANCES ``python -m bot run`` processes in webhook mode on
it. Once the leader has pushed about a third of the lessons, it is killed with SIGKILL. Two
figures per run:

* **elected**: the kill to the new leader's "This process leads" log line;
* **first push**: the kill to the first lesson the double receives from the new leader.

Who sent a lesson is told apart by chat id, not by time: the push claims subscribers in chat id
order, so every chat the dead leader sent to was delivered before the kill or is still claimed
by it once the new leader's first tick is over, and everything the new leader sends is above
the highest of those. The claim TTL
is set long, so the dead leader's claims are not taken over during the measurement.

PostgreSQL: a throwaway server (tests/pgserver.py: the machine's initdb and pg_ctl), a fresh
database per run. Figures are medians over ``--runs`` runs; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storage import subscribers
from storage.db import open_database, ts

TOKEN = "123456789:BENCH-token-for-the-local-double-only"
FIRST_CHAT = 500_000
PROJECT = Path(__file__).resolve().parent.parent
LEADS = "This process leads"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition: Callable[[], bool], timeout: float, what: str, every: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(every)


class Double:
    """``python -m tgdouble`` in a process of its own."""

    def __init__(self, users: range, latency: float, log: Path) -> None:
        self.log = log.open("a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tgdouble", "--port", "0", "--token", TOKEN,
             "--latency", str(latency), "--users", f"{users[0]}..{users[-1]}"],
            stdout=subprocess.PIPE, stderr=self.log, text=True, cwd=PROJECT,
        )  # fmt: skip
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(f"{self.url}/_double/{path}", timeout=60) as response:
            return json.load(response)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.log.close()


class Instance:
    """``python -m bot run`` in webhook mode (the double never calls the public address)."""

    def __init__(self, double: Double, url: str, folder: Path, tick: float) -> None:
        folder.mkdir()
        self.log = folder / "bot.log"
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"{double.url}/bot",
            "DATABASE_URL": url,
            "PUSH_TICK_SECONDS": str(tick),
            "PUSH_RATE": "1000",
            "PUSH_PAID_BROADCAST": "true",
            "PUSH_CLAIM_TTL_SECONDS": "600",
            "WEBHOOK_URL": "https://bot.example.org/hook",
            "WEBHOOK_SECRET": "bench-secret",
            "WEBHOOK_PORT": str(free_port()),
            "LOG_LEVEL": "INFO",
        }
        with self.log.open("a") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], env=env, cwd=folder, stdout=out,
                stderr=subprocess.STDOUT,
            )  # fmt: skip

    def said(self, text: str) -> bool:
        return text in self.log.read_text()

    def when(self, text: str) -> float:
        """The time of the first log line holding `text` (the log's local time, ms)."""
        for line in self.log.read_text().splitlines():
            if text in line:
                stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
                return stamp.timestamp()
        raise ValueError(text)

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(30)


async def seed(url: str, chats: range) -> None:
    db = await open_database(url)
    try:
        now = datetime.now(UTC)
        at = f"{(now.hour + 12) % 24:02d}:00"  # the lesson after this one: hours away
        await subscribers.import_subscribers(db, [(c, at, "UTC", ts(now) - 60) for c in chats], now)
    finally:
        await db.close()


async def claimed(url: str) -> list[int]:
    """Chats someone holds a claim on."""
    db = await open_database(url)
    try:
        rows = await db.fetchall("SELECT chat_id FROM subscribers WHERE claim_token IS NOT NULL")
    finally:
        await db.close()
    return [int(row[0]) for row in rows]


def one_run(url: str, args: argparse.Namespace, folder: Path) -> tuple[float, float]:
    chats = range(FIRST_CHAT, FIRST_CHAT + args.subscribers)
    double = Double(chats, 0.02, folder / "double.log")
    instances: list[Instance] = []
    try:
        asyncio.run(seed(url, chats))
        instances = [
            Instance(double, url, folder / f"bot{n}", args.tick) for n in range(args.instances)
        ]
        wait_for(lambda: all(i.said("Webhook server listening") for i in instances), 90,
                 "the instances", every=0.2)  # fmt: skip
        (leader,) = [i for i in instances if i.said(LEADS)]
        others = [i for i in instances if i is not leader]
        third = args.subscribers // 3
        wait_for(lambda: double.get("stats")["delivered"] >= third, 90, "the push", every=0.05)
        killed = time.time()
        leader.stop(signal.SIGKILL)
        wait_for(lambda: any(i.said(LEADS) for i in others), 60, "a new leader")
        (new,) = [i for i in others if i.said(LEADS)]
        elected = new.when(LEADS) - killed
        # The new leader's tick ends (and logs) once it has pushed and recorded everyone it
        # could claim: every claim left then is the dead leader's.
        wait_for(lambda: new.said("Push tick"), 120, "the new leader's push", every=0.2)
        orphans = asyncio.run(claimed(url))
        rows = double.get("deliveries")["deliveries"]
        top = max([*orphans, *(int(row[0]) for row in rows if row[4] < killed)])
        after = [row[4] for row in rows if int(row[0]) > top]
        return elected, min(after) - killed
    finally:
        for instance in instances:
            instance.stop(signal.SIGKILL)
        double.close()


def fresh_database() -> tuple[Callable[[], str], Callable[[], None]]:
    """A way to get a new, empty database per run, and one to clean up after."""
    sys.path.insert(0, str(PROJECT))
    from tests.pgserver import PgServer  # a throwaway server, as the tests use

    server = PgServer()
    why = server.unavailable()
    if why:
        raise SystemExit(f"no PostgreSQL server can run here: {why}")
    server.start()
    return server.fresh_database, server.stop


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.failover", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tick", type=float, default=0.5, help="PUSH_TICK_SECONDS")
    parser.add_argument("--subscribers", type=int, default=3000)
    parser.add_argument("--instances", type=int, default=3)
    return parser


def main() -> None:
    args = build_parser().parse_args()
    new_database, cleanup = fresh_database()
    print(
        f"Failover on PostgreSQL: {args.instances} instances, PUSH_TICK_SECONDS={args.tick},"
        f" {args.subscribers} subscribers due, the leader killed (SIGKILL) a third of the way in"
    )
    elected: list[float] = []
    first: list[float] = []
    try:
        for run in range(1, args.runs + 1):
            with tempfile.TemporaryDirectory(prefix="failover-") as folder:
                took, pushed = one_run(new_database(), args, Path(folder))
            elected.append(took)
            first.append(pushed)
            print(f"run {run}: new leader elected {took:.2f} s, first push {pushed:.2f} s"
                  " after the kill", flush=True)  # fmt: skip
    finally:
        cleanup()
    print(
        f"median of {args.runs}: elected {statistics.median(elected):.2f} s, first push by the"
        f" new leader {statistics.median(first):.2f} s after the kill"
        f" (tick {args.tick} s; worst first push {max(first):.2f} s)"
    )


if __name__ == "__main__":
    main()
