"""bench.push c), second part: a crowd of 200 tapping through a lesson during a full-speed push.

Each person taps "Continue ▶" under part 1 of lesson 1, then under part 2: two taps, each
answered with the callback answer, the keyboard taken off the tapped message and the next part
(part 3 comes with the lesson's check-in).

Run by ``python -m bench.push``. The crowd runs in a process of its own (``python -m bench.crowd
URL``), so its HTTP client's CPU is not counted as the bot's.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import push.pacer as pacing
from bench.push import (
    CROWD,
    FIRST_CHAT,
    PROJECT,
    DoubleProcess,
    Pusher,
    bot_with_due,
    median,
)

CROWD_TAPS = 2  # taps each at most, a few seconds apart (reading takes a while)


async def tap(
    double: DoubleProcess, user: int, message: dict[str, Any], *, more: bool
) -> tuple[float, dict[str, Any]]:
    """Tap the first button under `message`; seconds until the first reply arrives, and the
    next message with buttons if `more` taps follow."""
    label = message["buttons"][0][0]["text"]
    start = time.perf_counter()
    await double.call("tap", {"user_id": user, "message_id": message["message_id"], "text": label})
    replies = (await double.call("wait", {"user_id": user, "timeout": 30}))["messages"]
    seconds = time.perf_counter() - start
    while more and not replies[-1].get("buttons"):
        replies = (await double.call("wait", {"user_id": user, "timeout": 30}))["messages"]
    return seconds, replies[-1]


async def crowd_child(url: str) -> None:
    """In its own process: the crowd gets its first lesson, says "ready", taps on "go" until
    stdin closes (or CROWD_TAPS each), then prints the latencies as JSON."""
    loop = asyncio.get_running_loop()
    double = DoubleProcess(None, url)  # type: ignore[arg-type]
    try:

        async def first(user: int) -> dict[str, Any]:
            await double.call("send", {"user_id": user, "text": "/start"})
            await double.call("wait", {"user_id": user, "count": 2, "timeout": 30})
            await double.call("send", {"user_id": user, "text": "/next"})
            return (await double.call("wait", {"user_id": user, "timeout": 30}))["messages"][0]

        messages = await asyncio.gather(*(first(user) for user in CROWD))
        print("ready", flush=True)
        await loop.run_in_executor(None, sys.stdin.readline)
        stop = loop.run_in_executor(None, sys.stdin.readline)
        latencies: list[float] = []

        async def tapper(user: int, message: dict[str, Any]) -> None:
            rng = random.Random(user)
            await asyncio.sleep(rng.uniform(0.0, 4.0))  # people do not all tap at once
            for left in reversed(range(CROWD_TAPS)):
                if stop.done():
                    return
                seconds, message = await tap(double, user, message, more=left > 0)
                latencies.append(seconds)
                await asyncio.sleep(rng.uniform(1.0, 4.0))

        await asyncio.gather(*(tapper(u, m) for u, m in zip(CROWD, messages, strict=True)))
        print(json.dumps(latencies), flush=True)
    finally:
        await double.session.close()


@dataclass
class CrowdRun:
    latencies: list[float]
    longest_gap: float  # seconds between two consecutive pushed messages
    per_second: float
    bot_cpu_ms_per_tap: float = float("nan")


async def crowd_once(
    double: DoubleProcess, n: int, folder: Path, *, push: bool, **settings: Any
) -> CrowdRun:
    """The crowd taps while `n` are pushed at full speed (or with no push, for the CPU)."""
    async with bot_with_due(double, n if push else 0, folder, **settings) as (services, bot):
        scheduler = Pusher(bot, services)
        await double.call("reset", {})
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.crowd", double.url,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=PROJECT,
        )  # fmt: skip
        assert child.stdin is not None and child.stdout is not None
        try:
            assert (await child.stdout.readline()).strip() == b"ready"
            mark = len((await double.call("deliveries"))["deliveries"])
            cpu, start = time.process_time(), time.perf_counter()
            child.stdin.write(b"go\n")
            if push:
                await asyncio.sleep(0.2)  # the crowd is tapping when the push starts
                await scheduler.tick()
                seconds = time.perf_counter() - start
                child.stdin.write(b"stop\n")
            line = await child.stdout.readline()
            cpu = time.process_time() - cpu
            seconds = seconds if push else time.perf_counter() - start
        finally:
            child.stdin.close()
            await child.wait()
            await scheduler.stop()
    latencies = json.loads(line)
    rows = (await double.call("deliveries"))["deliveries"][mark:]
    pushed = sorted(row[4] for row in rows if row[0] >= FIRST_CHAT)
    gaps = [b - a for a, b in itertools.pairwise(pushed)]
    run = CrowdRun(latencies, max(gaps, default=0.0), len(pushed) / seconds)
    if not push:
        run.bot_cpu_ms_per_tap = 1000 * cpu / max(len(latencies), 1)
    return run


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


async def section_crowd(args: argparse.Namespace, double: DoubleProcess, folder: Path) -> None:
    settings = {"paid_broadcast": True, "push_concurrency": args.concurrency}
    idle = await crowd_once(double, 0, folder, push=False, **settings)
    print(
        f"   {len(CROWD)} people tapping, no push:"
        f" p99 {percentile(idle.latencies, 0.99) * 1000:5.0f} ms,"
        f" bot CPU {idle.bot_cpu_ms_per_tap:.2f} ms per tap ({len(idle.latencies)} taps)"
    )
    lifted = f"pacer lifted ({args.lifted:g}/s)"
    share = pacing.INTERACTIVE_SHARE
    cases = (
        # The baseline, in the same run: pushes at full rate while people tap (share 1).
        ("PUSH_RATE=1000, people not first", 1000.0, 1.0),
        ("PUSH_RATE=1000", 1000.0, share),
        (lifted, args.lifted, share),
    )
    for label, rate, interactive_share in cases:
        pacing.INTERACTIVE_SHARE = interactive_share  # read at each grant
        try:
            runs = [
                await crowd_once(
                    double, args.n_free, folder, push=True, push_rate=rate, **settings
                )
                for _ in range(args.runs)
            ]
        finally:
            pacing.INTERACTIVE_SHARE = share
        latencies = [seconds for run in runs for seconds in run.latencies]
        gap = max(run.longest_gap for run in runs)
        print(
            f"   {len(CROWD)} people tapping during a push at {label}: p99"
            f" {percentile(latencies, 0.99) * 1000:5.0f} ms, median"
            f" {median(latencies) * 1000:4.0f} ms, max {max(latencies) * 1000:5.0f} ms"
            f" ({len(latencies)} taps); push {median([r.per_second for r in runs]):.0f} msg/s,"
            f" longest gap {gap * 1000:.0f} ms ({'stalled' if gap > 1.0 else 'no stall'})"
        )


if __name__ == "__main__":
    asyncio.run(crowd_child(sys.argv[1]))
