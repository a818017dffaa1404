"""What handling each update once and counting in the database cost per update.

Run from the repository root: ``python -m bench.once`` measures a SQLite file in a temporary
folder; with ``DATABASE_URL=postgresql://…`` set it measures that database instead (it creates
and empties the tables it uses, so point it at a scratch database). Prints, per statement, the
median and 99th percentile one at a time, the rate with 50 at once (as a busy bot issues them),
and how long the hourly purge takes to forget a day of ids at 100 updates a second.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import counts, updates
from storage.db import Database, open_database

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ONE_AT_A_TIME = 2000
AT_ONCE = 50
DAY_AT_100_PER_SECOND = 100 * 3600  # an hour's worth: what one hourly purge forgets


async def timed(label: str, runs: int, step: Callable[[int], Awaitable[object]]) -> None:
    """Median and p99 of `runs` sequential steps, then the rate with AT_ONCE in flight."""
    times = []
    for i in range(runs):
        start = time.perf_counter()
        await step(i)
        times.append(time.perf_counter() - start)
    times.sort()
    median, p99 = statistics.median(times), times[int(len(times) * 0.99)]
    start = time.perf_counter()
    for batch in range(runs // AT_ONCE):
        await asyncio.gather(*(step(runs + batch * AT_ONCE + i) for i in range(AT_ONCE)))
    rate = runs / (time.perf_counter() - start)
    print(f"{label:<34} {median * 1e3:6.2f} ms {p99 * 1e3:6.2f} ms {rate:8.0f}/s")


async def measure(db: Database, batch: int) -> None:
    await db.execute("DELETE FROM handled_updates")
    await db.execute("DELETE FROM counters")
    print(f"{db.dialect}: {'statement':<24} median    p99     {AT_ONCE} at once")
    await timed("claim a new update", ONE_AT_A_TIME, lambda i: updates.claim(db, i, NOW))
    await timed("claim one already taken", ONE_AT_A_TIME, lambda i: updates.claim(db, 0, NOW))
    await timed("count one (upsert)", ONE_AT_A_TIME, lambda i: counts.add_one(db, "bench"))
    names = ("bench_asked", "bench_answered", "bench_by:lesson:x")
    await timed(
        "count a question (3 upserts)", ONE_AT_A_TIME, lambda i: counts.add_one_each(db, names)
    )

    old = NOW - timedelta(days=2)
    first = 10_000_000
    await db.executemany(
        "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)",
        [(first + i, int(old.timestamp())) for i in range(DAY_AT_100_PER_SECOND)],
    )
    # A claim issued while the purge runs: how long a handler waits for the database meanwhile.
    waits: list[float] = []
    purging = True

    async def claims_meanwhile() -> None:
        for i in range(100_000):
            if not purging:
                return
            start = time.perf_counter()
            await updates.claim(db, 5_000_000 + i, NOW)
            waits.append(time.perf_counter() - start)
            await asyncio.sleep(0.005)

    start = time.perf_counter()
    beside = asyncio.create_task(claims_meanwhile())
    forgotten = await updates.forget_before(db, NOW - timedelta(days=1), batch=batch)
    took = time.perf_counter() - start
    purging = False
    await beside
    print(
        f"purge: forgot {forgotten} ids (an hour at 100 updates/s) in {took * 1e3:.0f} ms;"
        f" a claim meanwhile waited at most {max(waits) * 1e3:.0f} ms ({len(waits)} claims)"
    )
    await db.execute("DELETE FROM handled_updates")
    await db.execute("DELETE FROM counters")


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--batch", type=int, default=2000, help="ids per DELETE (10**9: one statement)"
    )
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory() as folder:
        db = await open_database(url or Path(folder) / "bench.sqlite3")
        try:
            await measure(db, args.batch)
        finally:
            await db.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
