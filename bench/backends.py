"""PostgreSQL against SQLite, in one run: the push, startup and memory at a million subscribers,
and how long `migrate-db` takes to move them.

Run from the repository root: ``python -m bench.backends`` (``--help`` for the knobs). SQLite is
the baseline; every ratio compares figures measured in the same run. The PostgreSQL server is
started the way the tests start theirs (tests/pgserver.py), but durable: fsync and synchronous
commits on, the defaults of a production server. It runs on this machine, so each statement's
round trip is a loopback one; a server across a network adds its latency to every transaction.

a) The push: ``--n-push`` subscribers due, the Bot API double with no cap and 50 ms of latency,
   paid broadcast at PUSH_RATE=1000 (the ceiling; ``--rate`` lifts it), PUSH_CONCURRENCY=128,
   as bench/push.py b) runs it; runs alternate between the engines.
b) A million subscribers (``--subscribers``), all due: startup = opening the database with its
   checks, the migration check and the first due query (one batch of PUSH_BATCH_SIZE), each time
   in a fresh process that has imported the whole bot first; that process's peak RSS. A SQLite
   file that big is searched for damage while the bot starts: when that ends is printed too.
c) ``migrate-db``: the million-subscriber file copied into an empty PostgreSQL database, then the
   same copy again with nothing changed (what a last pass with the bot stopped costs).

Figures are medians over ``--runs`` runs. Nothing is asserted; the script prints and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.push import PROJECT, DoubleProcess, PushRun, describe, median, push_once, sustained
from storage import pushes, subscribers
from storage.copy import migrate_to_postgres
from storage.db import open_database, ts
from tests.pgserver import PgServer

BATCH = 200  # PUSH_BATCH_SIZE's default: the first due query's page
ENGINES = ("sqlite", "postgresql")


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def startup_child(target: str) -> None:
    """In a fresh process: import the bot, then open, check and query; print JSON figures."""
    import bot.app  # noqa: F401  (the bot's whole import graph, as `python -m bot run` has it)

    imported = rss_mb()
    start = time.perf_counter()
    db = await open_database(target, check_later=True)  # as the bot opens it
    opened = time.perf_counter() - start
    due = await pushes.due_subscribers(db, datetime.now(UTC), pushes.DUE_START, BATCH)
    seconds = time.perf_counter() - start
    after = rss_mb()
    pending = db.pending_check()
    if pending is not None:
        await pending  # a big SQLite file's damage check, which runs while the bot starts
    checked = time.perf_counter() - start
    await db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"seconds": seconds, "opened": opened, "imported": imported, "after": after}
    figures["checked"] = checked
    print(json.dumps({**figures, "peak": peak, "due": len(due)}))


async def startup(target: str) -> dict[str, float]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.backends", "--child", target,
        cwd=PROJECT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    output, _ = await process.communicate()
    return json.loads(output.decode().strip().splitlines()[-1])


async def build_million(path: Path, n: int) -> float:
    """A SQLite database with `n` active subscribers, all due; seconds it took."""
    start = time.perf_counter()
    db = await open_database(path)
    now = datetime.now(UTC)
    due = ts(now) - 1
    rows = ((10_000_000 + i, "08:00", "UTC", due - i % 86_400) for i in range(n))
    await subscribers.import_subscribers(db, rows, now)
    await db.close()
    return time.perf_counter() - start


async def section_a(args: argparse.Namespace, server: PgServer, folder: Path) -> None:
    print(
        f"\na) push: {args.n_push} due, no cap in the double, paid broadcast,"
        f" PUSH_RATE={args.rate:g},"
        f" PUSH_CONCURRENCY={args.concurrency}"
    )
    settings = {"paid_broadcast": True, "push_concurrency": args.concurrency}
    # The same server either way; the second asks for asynchronous commits in DATABASE_URL
    # (asyncpg passes unknown URL parameters on as the session's settings).
    cases = {
        "SQLite": "",
        "PostgreSQL": "",
        "PostgreSQL, ?synchronous_commit=off": "?synchronous_commit=off",
    }
    runs: dict[str, list[PushRun]] = {case: [] for case in cases}
    steady: dict[str, list[float]] = {case: [] for case in cases}
    async with DoubleProcess.start(args.latency, args.n_push) as double:
        await double.configure(global_rate=None, per_chat_limit=None)
        for _ in range(args.runs):
            for case, query in cases.items():
                url = server.fresh_database() + query if case != "SQLite" else None
                run = await push_once(
                    double, args.n_push, folder, push_rate=args.rate, database_url=url, **settings
                )
                runs[case].append(run)
                steady[case].append(await sustained(double))
    sqlite = median([run.per_second for run in runs["SQLite"]])
    for case in cases:
        ratio = median([run.per_second for run in runs[case]]) / sqlite
        print(f"   {case}: {describe(runs[case])}")
        print(
            f"      first to last delivery: {median(steady[case]):.1f} msg/s;"
            f" x{ratio:.2f} SQLite's rate in this run"
        )


async def section_bc(args: argparse.Namespace, server: PgServer, folder: Path) -> None:
    n = args.subscribers
    path = folder / "million.sqlite3"
    print(f"\nc) migrate-db: {n:,} subscribers")
    built = await build_million(path, n)
    print(f"   the SQLite file: built in {built:.1f} s, {path.stat().st_size / 2**20:.0f} MB")
    url = server.fresh_database()
    start = time.perf_counter()
    report = await migrate_to_postgres(path, url)
    first = time.perf_counter() - start
    start = time.perf_counter()
    again = await migrate_to_postgres(path, url)
    second = time.perf_counter() - start
    written = sum(table.written for table in again.tables)
    print(f"   into an empty database: {first:.1f} s ({n / first:,.0f} subscribers/s),"
          f" tables match: {report.matches}")  # fmt: skip
    print(f"   again, nothing changed: {second:.1f} s ({written} rows written)")

    print(f"\nb) {n:,} subscribers, all due: open + checks + migration check + first due query")
    figures: dict[str, list[dict[str, float]]] = {engine: [] for engine in ENGINES}
    for _ in range(args.runs):
        for engine, target in zip(ENGINES, (str(path), url), strict=True):
            figures[engine].append(await startup(target))
    for engine in ENGINES:
        got = figures[engine]
        each = ", ".join(f"{f['seconds'] * 1000:.0f}" for f in got)
        print(
            f"   {engine:<10}: startup {median([f['seconds'] for f in got]) * 1000:6.0f} ms"
            f" (opening and its checks {median([f['opened'] for f in got]) * 1000:.0f} ms;"
            f" runs: {each} ms), first query {int(got[0]['due'])} due;"
            f" damage check done after {median([f['checked'] for f in got]) * 1000:.0f} ms"
        )
        print(
            f"      RSS: {median([f['imported'] for f in got]):.1f} MB with the bot imported,"
            f" {median([f['after'] for f in got]):.1f} MB after the query,"
            f" peak {median([f['peak'] for f in got]):.1f} MB"
        )
    ratio = median([f["seconds"] for f in figures["postgresql"]]) / median(
        [f["seconds"] for f in figures["sqlite"]]
    )
    print(f"   startup PostgreSQL / SQLite: x{ratio:.2f}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.backends", description=__doc__)
    parser.add_argument("--n-push", type=int, default=5000, help="subscribers due in a)")
    parser.add_argument("--subscribers", type=int, default=1_000_000, help="in b) and c)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure")
    parser.add_argument("--concurrency", type=int, default=128, help="PUSH_CONCURRENCY in a)")
    parser.add_argument(
        "--rate", type=float, default=1000.0, help="PUSH_RATE in a): 1000 is the paid ceiling;"
        " more lifts the pacer (bench only) to show what each engine carries"
    )
    parser.add_argument("--latency", type=float, default=0.05, help="double's latency, s")
    parser.add_argument("--only", choices=["a", "bc"], help="run one part")
    parser.add_argument(
        "--no-fsync",
        action="store_true",
        help="run PostgreSQL as the tests do (fsync and synchronous commits off)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)  # b)'s fresh process
    return parser


async def main(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.ERROR)
    if args.child:
        await startup_child(args.child)
        return
    server = PgServer(durable=not args.no_fsync)
    why = server.unavailable()
    if why:
        print(f"bench.backends needs a PostgreSQL server: {why}")
        return
    server.start()
    durability = "fsync off" if args.no_fsync else "durable"
    print(f"bench.backends: medians of {args.runs} runs; PostgreSQL on 127.0.0.1, {durability}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if args.only in (None, "a"):
                await section_a(args, server, Path(tmp))
            if args.only in (None, "bc"):
                await section_bc(args, server, Path(tmp))
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main(build_parser().parse_args()))
