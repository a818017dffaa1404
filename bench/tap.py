"""What one tap costs the bot in CPU: a person flipping between the menu and a topic page.

Run from the repository root: ``python -m bench.tap`` (``--help`` for the knobs). The bot runs
as ``python -m bot run``, a process of its own, against the Bot API double (another process);
this script plays the person through the double's control API, so neither the double's CPU nor
the person's counts as the bot's. Each tap is a callback query that the bot answers and turns
into an edit of the message (menu -> "How it works" -> "◀ Menu" -> ...): two Bot API calls, the
update read from the database's dedupe table and written to it, like every tap. /progress (one
command, one reply) is measured the same way for comparison.

The bot's CPU is read from /proc (user + system, all threads) before and after a series; an idle
spell as long as the series, with nothing sent, is measured in the same run and subtracted
(long polling costs a little even when nobody writes). Figures are medians over ``--runs``.
With ``--profile FILE`` the bot runs under cProfile for one series of taps and the busiest
functions are printed. Nothing is asserted; the script prints and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from bench.push import PROJECT, TAPPER, TOKEN, DoubleProcess

TICKS = os.sysconf("SC_CLK_TCK")
PROFILED = (
    "import cProfile, runpy, sys, time\n"
    "sys.argv[0] = 'bot'\n"
    "profiler = cProfile.Profile(time.thread_time)\n"
    "profiler.enable()\n"
    "try:\n"
    "    runpy.run_module('bot', run_name='__main__', alter_sys=True)\n"
    "except SystemExit:\n"
    "    pass\n"
    "finally:\n"
    "    profiler.disable()\n"
    "    profiler.dump_stats({out!r})\n"
)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of process `pid` so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


@contextlib.asynccontextmanager
async def bot_process(
    double: DoubleProcess, folder: Path, profile: Path | None
) -> AsyncIterator[asyncio.subprocess.Process]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"{double.url}/bot",
        "DATABASE_PATH": str(folder / f"tap-{time.monotonic_ns()}.sqlite3"),
        "LOG_LEVEL": "ERROR",
    }
    command = ["-m", "bot", "run"]
    if profile is not None:  # CPU time of the event loop's thread, not wall time
        command = ["-c", PROFILED.format(out=str(profile)), "run"]
    process = await asyncio.create_subprocess_exec(
        sys.executable, *command, env=env, cwd=folder, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        yield process
    finally:
        process.terminate()
        await process.wait()


async def menu(double: DoubleProcess) -> dict[str, Any]:
    """Subscribe, choose a time, and open the menu; the menu message."""
    await double.call("send", {"user_id": TAPPER, "text": "/start"})
    await double.call("wait", {"user_id": TAPPER, "count": 2, "timeout": 60})
    await double.call("send", {"user_id": TAPPER, "text": "/menu"})
    (shown,) = (await double.call("wait", {"user_id": TAPPER, "timeout": 60}))["messages"]
    return dict(shown)


async def shows(double: DoubleProcess, message_id: int, label: str) -> bool:
    """Whether message `message_id` has a button labelled `label` now (edits applied)."""
    for message in (await double.call(f"chat/{TAPPER}"))["messages"]:
        if message["message_id"] == message_id:
            return any(b["text"] == label for row in message["buttons"] or () for b in row)
    return False


async def tap(double: DoubleProcess, message_id: int, label: str, then: str) -> None:
    """Tap the button labelled `label` and wait until the message shows the button `then`."""
    await double.call("tap", {"user_id": TAPPER, "message_id": message_id, "text": label})
    deadline = time.monotonic() + 30
    while not await shows(double, message_id, then):
        if time.monotonic() > deadline:
            raise RuntimeError("the bot did not answer a tap")
        await asyncio.sleep(0.002)


async def progress(double: DoubleProcess) -> None:
    await double.call("send", {"user_id": TAPPER, "text": "/progress"})
    await double.call("wait", {"user_id": TAPPER, "timeout": 30})


async def series(
    double: DoubleProcess, pid: int, shown: dict[str, Any], kind: str, n: int
) -> float:
    """Bot CPU in ms per request over `n` requests of `kind`, less an idle spell as long."""
    await asyncio.sleep(0.3)  # whatever came before has finished
    cpu, start = cpu_seconds(pid), time.perf_counter()
    for i in range(n):
        if kind == "tap":
            page, back = "How it works", "◀ Menu"
            await tap(double, shown["message_id"], *((page, back) if i % 2 == 0 else (back, page)))
        else:
            await progress(double)
    await asyncio.sleep(0.3)  # the last edit goes out after the answer
    busy, seconds = cpu_seconds(pid) - cpu, time.perf_counter() - start
    cpu = cpu_seconds(pid)
    await asyncio.sleep(seconds)
    idle = cpu_seconds(pid) - cpu
    return 1000 * max(busy - idle, 0.0) / n


async def warm(double: DoubleProcess, pid: int) -> dict[str, Any]:
    """The menu, with every path a tap takes run once (first calls load and compile)."""
    shown = await menu(double)
    await series(double, pid, shown, "tap", 4)
    await series(double, pid, shown, "progress", 2)
    return shown


async def main(args: argparse.Namespace) -> None:
    print(f"bench.tap: {args.taps} requests per series, medians of {args.runs} series")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        async with DoubleProcess.start(args.latency, 1) as double:
            if args.profile:
                await profile(double, folder, Path(args.profile), args.taps)
                return
            async with bot_process(double, folder, None) as bot:
                shown = await warm(double, bot.pid)
                taps, progresses = [], []
                for _ in range(args.runs):
                    taps.append(await series(double, bot.pid, shown, "tap", args.taps))
                    progresses.append(await series(double, bot.pid, shown, "progress", args.taps))
    print(f"   a tap (answer + edit):        {statistics.median(taps):.2f} ms of bot CPU"
          f"  (series: {', '.join(f'{t:.2f}' for t in taps)})")  # fmt: skip
    print(f"   /progress (one reply):        {statistics.median(progresses):.2f} ms of bot CPU"
          f"  (series: {', '.join(f'{t:.2f}' for t in progresses)})")  # fmt: skip


async def profile(double: DoubleProcess, folder: Path, out: Path, taps: int) -> None:
    async with bot_process(double, folder, out) as bot:
        shown = await warm(double, bot.pid)
        await series(double, bot.pid, shown, "tap", taps)
    stats = pstats.Stats(str(out))
    stats.sort_stats("tottime").print_stats(30)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.tap", description=__doc__)
    parser.add_argument("--taps", type=int, default=200, help="requests per series")
    parser.add_argument("--runs", type=int, default=3, help="series per figure")
    parser.add_argument("--latency", type=float, default=0.0, help="double's latency, s")
    parser.add_argument("--profile", metavar="FILE", help="profile the bot for one series")
    return parser


if __name__ == "__main__":
    os.chdir(PROJECT)
    asyncio.run(main(build_parser().parse_args()))
