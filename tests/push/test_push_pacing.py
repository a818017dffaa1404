"""What the daily push costs and how it paces itself: the claim query, people answered
mid-push, a graceful stop, and the pacer."""

from __future__ import annotations

import asyncio
import itertools
import math
from collections import Counter

import pytest

from handlers.context import Services
from journey.clock import FakeClock
from push.pacer import EARLY, INTERACTIVE_SHARE, Pacer
from storage import pushes
from tests.conftest import BotRunner
from tests.push.conftest import MakeScheduler
from tests.push.test_push import (
    eventually,
    local,
    seed,
    subscribe,
)
from tgdouble.server import BotApiDouble

# -- cost and fairness -----------------------------------------------------------------------


async def test_claim_query_uses_the_partial_index(bot: Services, backend: str) -> None:
    params = (0, *pushes.DUE_START, 200)
    db = bot.require_db()
    if backend == "sqlite":
        rows = await db.fetchall("EXPLAIN QUERY PLAN " + pushes.DUE_QUERY, params)
        plan = " | ".join(str(row[3]) for row in rows)
        assert "USING INDEX subscribers_due" in plan, plan
        assert "SCAN subscribers" not in plan, plan
    else:
        async with db.transaction() as tx:
            # An empty table is cheapest to scan; what matters is that the index can serve.
            await tx.execute("SET LOCAL enable_seqscan = off")
            rows = await tx.fetchall("EXPLAIN " + pushes.DUE_QUERY, params)
        plan = " | ".join(str(row[0]) for row in rows)
        assert "subscribers_due" in plan, plan
        assert "Seq Scan" not in plan, plan


async def test_an_interactive_tap_is_answered_in_the_middle_of_a_push(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    services = await runner.start(push_rate=100.0)
    alice = await subscribe(double, user_id=999)
    (welcome, *_rest) = alice.messages
    due = local(2026, 11, 3)
    chats = await seed(services, double, range(10_000, 10_400), due)
    total = len(chats) + 1
    clock.set(due)
    tick = asyncio.create_task(make_scheduler(services).tick())

    async def pushing() -> bool:
        return len(double.deliveries) >= 20

    await eventually(pushing)
    query = await alice.tap(welcome, "☰ Menu")
    await alice.wait_for_answer(query)
    await alice.wait_for_edit(welcome)
    pushed_by_then = sum(1 for d in double.deliveries if d.chat_id != alice.id)
    assert pushed_by_then < total - 1, "the answer came while the push was still going"
    report = await tick
    assert report.sent == total


async def test_graceful_stop_leaves_the_unsent_due(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    services = await runner.start(push_rate=50.0)
    due = local(2026, 11, 3)
    chats = await seed(services, double, range(6000, 6100), due)
    clock.set(due)
    scheduler = make_scheduler(services)
    tick = asyncio.create_task(scheduler.tick())

    async def started() -> bool:
        return len(double.deliveries) >= 10

    await eventually(started)
    await scheduler.stop()
    report = await tick
    delivered = {d.chat_id for d in double.deliveries}
    assert 10 <= len(delivered) < len(chats)
    assert double.duplicate_deliveries() == {}
    still_due = await pushes.due_subscribers(services.require_db(), due, pushes.DUE_START, 1000)
    assert {s.chat_id for s in still_due} == set(chats) - delivered
    assert report.sent == len(delivered)

    again = make_scheduler(services)
    assert (await again.tick()).sent == len(chats) - len(delivered)
    assert Counter(d.chat_id for d in double.deliveries) == Counter(chats)


# -- pacing ----------------------------------------------------------------------------------


class FakeTime:
    """A timeline for the pacer: sleeping moves it, plus a little lateness like a real loop."""

    def __init__(self, lateness: float = 0.0) -> None:
        self.now = 1000.0
        self.lateness = lateness

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + self.lateness


@pytest.mark.parametrize(("rate", "lateness"), [(25.0, 0.0), (29.4, 0.0007), (1000.0, 0.0012)])
async def test_pacer_is_even_and_never_over_the_rate_in_any_second(
    rate: float, lateness: float
) -> None:
    time = FakeTime(lateness)
    pacer = Pacer(rate, clock=time.clock, sleep=time.sleep)
    grants = []
    for _ in range(int(rate * 5)):
        await pacer.acquire()
        grants.append(time.now)
    cap = math.ceil(rate)
    for index in range(len(grants) - cap):
        assert grants[index + cap] - grants[index] >= 1.0 - 1e-9, "a window held too many"
    first_tenth = sum(1 for granted in grants if granted < grants[0] + 0.1)
    assert first_tenth <= math.ceil(rate * (0.1 + EARLY)) + 1, "no burst at the start"
    if 1 / rate >= EARLY:
        assert min(b - a for a, b in itertools.pairwise(grants)) >= 1 / rate - 1e-9, "even"
    achieved = (len(grants) - 1) / (grants[-1] - grants[0])
    assert achieved >= rate * 0.97, f"late timers must not erode the rate: {achieved:.1f}/s"


async def test_pacer_gives_way_while_people_are_answered_and_never_stops() -> None:
    time = FakeTime()
    pacer = Pacer(100.0, clock=time.clock, sleep=time.sleep)
    await pacer.acquire()
    start = time.now
    for _ in range(100):
        await pacer.acquire()
    alone = time.now - start
    pacer.interactive_started()
    start = time.now
    for _ in range(100):
        await pacer.acquire()
    beside_people = time.now - start
    pacer.interactive_finished()
    assert beside_people == pytest.approx(alone / INTERACTIVE_SHARE, rel=0.05)
    start = time.now
    for _ in range(100):
        await pacer.acquire()
    assert time.now - start == pytest.approx(alone, rel=0.05), "full rate again after"


async def test_pacer_pause_holds_every_grant() -> None:
    time = FakeTime()
    pacer = Pacer(10.0, clock=time.clock, sleep=time.sleep)
    await pacer.acquire()
    pacer.pause(3.0)
    start = time.now
    await pacer.acquire()
    assert time.now - start >= 3.0
    assert pacer.paused_seconds == pytest.approx(3.0)
