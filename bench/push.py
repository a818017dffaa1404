"""Daily push figures: rate under Telegram's cap, raw speed, and interactive latency meanwhile.

Run from the repository root: ``python -m bench.push`` (``--help`` for the knobs). The Bot API
double runs as a separate process with 50 ms of latency per request; the bot's push runs here,
in a real Application polling the double, exactly as ``python -m bot run`` wires it.

a) Under the cap: the double enforces 30 messages/s overall and 3 per 3 s per chat. The push
   runs at PUSH_RATE=29.4 (2 % under the cap, the margin the even pacing needs against timing
   jitter between two processes). Baseline in the same run: a plain python-telegram-bot loop
   through AIORateLimiter, sequential and with asyncio.gather, waiting out each 429.
b) No cap: no limit in the double, paid broadcast: sends/s at PUSH_RATE=1000 (the most the
   config allows) and, to show the headroom, with the pacer lifted (PUSH_RATE=5000, which only
   the bench can set); CPU time per send in this process (the double's is in its own).
c) Interactive latency: during a push at PUSH_RATE=1000, a subscriber sends /progress again
   and again (one request, one reply; the course and scores read from the database); the time
   from sending to the reply arriving, and the same with no push running.
   Then a crowd: 200 subscribers tap through a lesson ("Continue ▶" under parts 1 and 2),
   a tap every 1-4 s each, during a push at PUSH_RATE=1000 and with the pacer lifted
   (full speed); p99 from tap to the first reply, the longest gap between two
   pushed messages (a stall if over a second), and the bot's CPU per tap with no push running.
   The crowd runs in a process of its own, so its HTTP client's CPU is not counted as the bot's.

Figures are medians over ``--runs`` runs. Nothing is asserted; the script prints and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, ExtBot

from bot.app import build_application, running
from bot.eventloop import new_event_loop
from handlers.context import SERVICES_KEY, Services
from push.pacer import retry_after_seconds
from push.tick import Pusher, TickReport
from settings.config import DEFAULT_CONTENT_DIR, Config
from storage import subscribers
from storage.db import ts

logger = logging.getLogger(__name__)

TOKEN = "123456789:BENCH-token-for-the-local-double-only"
CAP = 30  # Telegram's bulk limit, which the double enforces in a)
FIRST_CHAT = 100_000
TAPPER = 7  # the subscriber who taps buttons in c); not among the pushed chats
CROWD = range(1000, 1200)  # the 200 who tap during the full-speed push in c) (bench/crowd.py)
PROJECT = Path(__file__).resolve().parent.parent


# -- the double, in a process of its own ------------------------------------------------------


class DoubleProcess:
    """``python -m tgdouble`` with its control API under ``/_double/``."""

    def __init__(self, process: asyncio.subprocess.Process, url: str) -> None:
        self.process = process
        self.url = url
        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))

    @classmethod
    @contextlib.asynccontextmanager
    async def start(cls, latency: float, users: int) -> AsyncIterator[DoubleProcess]:
        ids = f"{FIRST_CHAT}..{FIRST_CHAT + users - 1},{TAPPER},{CROWD[0]}..{CROWD[-1]}"
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tgdouble", "--port", "0", "--token", TOKEN,
            "--latency", str(latency), "--users", ids,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL, cwd=PROJECT,
        )  # fmt: skip
        assert process.stdout is not None
        url = (await process.stdout.readline()).decode().strip()
        double = cls(process, url)
        try:
            yield double
        finally:
            await double.session.close()
            process.terminate()
            await process.wait()

    async def call(self, path: str, body: dict[str, Any] | None = None) -> Any:
        url = f"{self.url}/_double/{path}"
        request = self.session.get(url) if body is None else self.session.post(url, json=body)
        async with request as response:
            return await response.json()

    async def configure(self, **settings: Any) -> None:
        await self.call("config", settings)
        await self.call("reset", {})

    async def stats(self) -> dict[str, Any]:
        return await self.call("stats")


# -- one push run ------------------------------------------------------------------------------


@dataclass
class PushRun:
    """What one push run measured."""

    sent: int
    seconds: float
    cpu_seconds: float
    rate_limited: int
    report: TickReport
    latencies: list[float] = field(default_factory=list)
    mid_push: int = 0  # taps answered while the push was still going

    @property
    def per_second(self) -> float:
        return self.sent / self.seconds

    @property
    def cpu_ms_per_send(self) -> float:
        return 1000 * self.cpu_seconds / max(self.sent, 1)


@contextlib.asynccontextmanager
async def bot_with_due(
    double: DoubleProcess, n: int, folder: Path, **settings: Any
) -> AsyncIterator[tuple[Services, Bot]]:
    """A running bot on a fresh database where `n` subscribers are due now."""
    config = Config(
        token=TOKEN,
        database_path=folder / f"push-{time.monotonic_ns()}.sqlite3",
        content_dir=DEFAULT_CONTENT_DIR,
        api_base_url=f"{double.url}/bot",
        push_tick_seconds=3600,
        **settings,
    )
    application = build_application(config, push=False)
    async with running(application):
        services: Services = application.bot_data[SERVICES_KEY]
        now = datetime.now(UTC)
        rows = [(FIRST_CHAT + i, "08:00", "UTC", ts(now) - 1) for i in range(n)]
        await subscribers.import_subscribers(services.require_db(), rows, now)
        if services.require_db().dialect == "postgresql":
            # What autovacuum does soon after a bulk load in a live database. Without statistics
            # the planner may find each claimed subscriber through subscribers_due (everyone
            # due at the same instant) rather than by primary key.
            await services.require_db().execute("ANALYZE")
        yield services, application.bot


async def push_once(
    double: DoubleProcess,
    n: int,
    folder: Path,
    *,
    during: Callable[[DoubleProcess, int], Awaitable[tuple[list[float], int]]] | None = None,
    **settings: Any,
) -> PushRun:
    async with bot_with_due(double, n, folder, **settings) as (services, bot):
        scheduler = Pusher(bot, services)
        await double.call("reset", {})
        try:
            cpu, start = time.process_time(), time.perf_counter()
            tick = asyncio.create_task(scheduler.tick())
            latencies, mid_push = await during(double, n) if during else ([], 0)
            report = await tick
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        finally:
            await scheduler.stop()
    stats = await double.stats()
    return PushRun(report.sent, seconds, cpu, stats["rate_limited"], report, latencies, mid_push)


# -- c) taps during the push -------------------------------------------------------------------


async def step(
    double: DoubleProcess, user_id: int, message: dict[str, Any], timeout: float = 10.0  # noqa: ASYNC109
) -> dict[str, Any]:
    """One interactive request with exactly one reply: /progress (the course read from the
    database, scores included). `message` is the previous reply (kept for the callers)."""
    await double.call("send", {"user_id": user_id, "text": "/progress"})
    reply = await double.call("wait", {"user_id": user_id, "timeout": timeout})
    (answer,) = reply["messages"]
    return answer


async def tap_next(double: DoubleProcess, message: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    """One interactive request; the seconds until its reply arrives, and the reply."""
    start = time.perf_counter()
    reply = await step(double, TAPPER, message)
    return time.perf_counter() - start, reply


async def first_lesson(double: DoubleProcess) -> dict[str, Any]:
    await double.call("send", {"user_id": TAPPER, "text": "/start"})
    await double.call("wait", {"user_id": TAPPER, "count": 2, "timeout": 10})
    await double.call("send", {"user_id": TAPPER, "text": "/next"})
    (lesson,) = (await double.call("wait", {"user_id": TAPPER, "timeout": 10}))["messages"]
    return lesson


async def taps_during_push(
    double: DoubleProcess, total: int, taps: int = 8
) -> tuple[list[float], int]:
    """Tap while the push runs; (latencies, how many answers came before the push ended)."""
    message = await first_lesson(double)
    while (await double.stats())["delivered"] < total // 10:  # noqa: ASYNC110 (another process)
        await asyncio.sleep(0.01)
    latencies, mid_push = [], 0
    for _ in range(taps):
        seconds, message = await tap_next(double, message)
        latencies.append(seconds)
        mid_push += (await double.stats())["delivered"] < total + 3  # + the tapper's own
        await asyncio.sleep(0.1)
    return latencies, mid_push


async def taps_idle(double: DoubleProcess, folder: Path, taps: int = 8) -> list[float]:
    async with bot_with_due(double, 0, folder):
        await double.call("reset", {})
        message = await first_lesson(double)
        latencies = []
        for _ in range(taps):
            seconds, message = await tap_next(double, message)
            latencies.append(seconds)
        return latencies


# -- the baseline: a plain PTB broadcast loop with AIORateLimiter -------------------------------


async def baseline(double: DoubleProcess, n: int, *, concurrent: bool) -> PushRun:
    await double.call("reset", {})
    bot = ExtBot(TOKEN, base_url=f"{double.url}/bot", rate_limiter=AIORateLimiter())
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Continue ▶", callback_data="x")]])
    text = "<b>Lesson 1 of 10</b>\n\n" + "A few lines of the first part of a lesson. " * 8
    flood_waits = 0

    async def send(chat_id: int) -> None:
        nonlocal flood_waits
        while True:
            try:
                await bot.send_message(chat_id, text, parse_mode="HTML", reply_markup=keyboard)
                return
            except RetryAfter as exc:
                flood_waits += 1
                await asyncio.sleep(retry_after_seconds(exc))

    chats = [FIRST_CHAT + i for i in range(n)]
    async with bot:
        cpu, start = time.process_time(), time.perf_counter()
        if concurrent:
            await asyncio.gather(*(send(chat) for chat in chats))
        else:
            for chat in chats:
                await send(chat)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    stats = await double.stats()
    return PushRun(n, seconds, cpu, stats["rate_limited"], TickReport(sent=n))


# -- the report -----------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def describe(runs: list[PushRun], cap: float | None = None) -> str:
    rates = [run.per_second for run in runs]
    parts = [f"{median(rates):7.1f} msg/s"]
    if cap:
        parts.append(f"{median(rates) / cap:.3f} of the cap")
    parts.append(f"429s {median([r.rate_limited for r in runs]):.0f}")
    parts.append(f"CPU {median([r.cpu_ms_per_send for r in runs]):.3f} ms/send")
    spread = f"  (runs: {', '.join(f'{rate:.1f}' for rate in rates)})"
    return ", ".join(parts) + spread


async def section_a(args: argparse.Namespace, folder: Path) -> None:
    print(f"\na) under the cap: {args.n_capped} due, double at {CAP}/s overall and 3/3 s per chat")
    async with DoubleProcess.start(args.latency, args.n_capped) as double:
        await double.configure(global_rate=CAP, per_chat_limit="3/3")
        pushes = []
        for _ in range(args.runs):
            pushes.append(await push_once(double, args.n_capped, folder, push_rate=args.rate_a))
        print(f"   push  PUSH_RATE={args.rate_a:g}:          {describe(pushes, CAP)}")
        sequential = [
            await baseline(double, args.n_capped, concurrent=False)
            for _ in range(args.baseline_runs)
        ]
        print(f"   baseline PTB+AIORateLimiter, loop:   {describe(sequential, CAP)}")
        gathered = [
            await baseline(double, args.n_capped, concurrent=True)
            for _ in range(args.baseline_runs)
        ]
        print(f"   baseline PTB+AIORateLimiter, gather: {describe(gathered, CAP)}")
        push_rate = median([run.per_second for run in pushes])
        print(
            f"   push vs baseline: x{push_rate / median([r.per_second for r in sequential]):.2f}"
            f" the loop, x{push_rate / median([r.per_second for r in gathered]):.2f} gather"
        )


async def sustained(double: DoubleProcess) -> float:
    """Messages/s from the double's first delivery to its last (startup left out)."""
    times = [row[4] for row in (await double.call("deliveries"))["deliveries"]]
    return (len(times) - 1) / (max(times) - min(times))


async def section_bc(args: argparse.Namespace, folder: Path) -> None:
    print(
        f"\nb) no cap: {args.n_free} due, no limit in the double, paid broadcast,"
        f" PUSH_CONCURRENCY={args.concurrency}"
    )
    settings = {"paid_broadcast": True, "push_concurrency": args.concurrency}
    async with DoubleProcess.start(args.latency, args.n_free) as double:
        await double.configure(global_rate=None, per_chat_limit=None)
        lifted = f"pacer lifted ({args.lifted:g}/s, bench only)"
        cases = (("PUSH_RATE=1000 (the ceiling)", 1000.0), (lifted, args.lifted))
        for label, rate in cases if args.only != "c" else ():
            runs, steady = [], []
            for _ in range(args.runs):
                run = await push_once(double, args.n_free, folder, push_rate=rate, **settings)
                runs.append(run)
                steady.append(await sustained(double))
            print(f"   {label}: {describe(runs)}")
            print(f"      first to last delivery: {median(steady):.1f} msg/s")
        if args.only == "b":
            return
        print("\nc) interactive: /progress -> its reply arrives (each request +50 ms)")
        idle = await taps_idle(double, folder)
        print(f"   no push running:    median {median(idle) * 1000:5.0f} ms, max "
              f"{max(idle) * 1000:5.0f} ms ({len(idle)} requests)")  # fmt: skip
        busy = [
            await push_once(
                double, args.n_free, folder, during=taps_during_push, push_rate=1000.0, **settings
            )
            for _ in range(args.runs)
        ]
        latencies = [seconds for run in busy for seconds in run.latencies]
        mid = sum(run.mid_push for run in busy)
        print(f"   during a 1000/s push: median {median(latencies) * 1000:5.0f} ms, max "
              f"{max(latencies) * 1000:5.0f} ms ({len(latencies)} asked, {mid} answered mid-push;"
              f" push meanwhile {median([r.per_second for r in busy]):.0f} msg/s)")  # fmt: skip
        from bench.crowd import section_crowd  # it imports this module

        await section_crowd(args, double, folder)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.push", description=__doc__)
    parser.add_argument("--n-capped", type=int, default=900, help="subscribers due in a)")
    parser.add_argument("--n-free", type=int, default=5000, help="subscribers due in b), c)")
    parser.add_argument("--runs", type=int, default=3, help="push runs per figure")
    parser.add_argument("--baseline-runs", type=int, default=1, help="baseline runs in a)")
    parser.add_argument("--rate-a", type=float, default=29.4, help="PUSH_RATE in a)")
    parser.add_argument("--concurrency", type=int, default=128, help="PUSH_CONCURRENCY in b)")
    parser.add_argument(
        "--lifted", type=float, default=5000.0, help="PUSH_RATE for b)'s capacity figure"
    )
    parser.add_argument("--latency", type=float, default=0.05, help="double's latency, s")
    parser.add_argument("--only", choices=["a", "bc", "b", "c"], help="run one part")
    return parser


async def main(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.ERROR)
    # AIORateLimiter logs every 429 it passes on with a traceback; the count is what matters.
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.CRITICAL)
    print(f"bench.push: double latency {args.latency * 1000:.0f} ms, medians of {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "a":
            await section_bc(args, Path(tmp))
        if args.only in (None, "a"):
            await section_a(args, Path(tmp))


if __name__ == "__main__":
    # The event loop `python -m bot run` uses, so the figures are the bot's.
    with asyncio.Runner(loop_factory=new_event_loop) as runner:
        runner.run(main(build_parser().parse_args()))
