"""The daily push when Telegram says no: people who cannot be reached, 429 storms, server
errors, dropped connections and timeouts."""

from __future__ import annotations

from collections import Counter

import pytest

from handlers.context import Services
from journey.clock import FakeClock
from storage import subscribers
from storage.db import ts
from tests.conftest import BotRunner
from tests.push.conftest import FAST_RETRIES, MakeScheduler
from tests.push.test_push import (
    eventually,
    expect_lesson,
    local,
    seed,
    subscribe,
    subscriber,
)
from tgdouble.server import BotApiDouble

# -- people who cannot be reached -----------------------------------------------------------


async def test_blocked_user_gets_no_more_pushes_and_start_brings_them_back(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    alice = await subscribe(double)
    alice.read()
    alice.blocked = True  # blocked without the bot hearing of it: the send itself finds out
    scheduler = make_scheduler(bot)
    clock.set(local(2026, 11, 3))
    report = await scheduler.tick()
    assert (report.blocked, report.sent) == (1, 0)
    row = await subscriber(bot, alice.id)
    assert (row.status, row.next_due_at) == ("blocked", None)
    clock.set(local(2026, 11, 4))
    assert (await scheduler.tick()).claimed == 0
    assert double.delivered_to(alice.id) == 0 or alice.read() == []

    await alice.send("/start")  # writing again unblocks the bot, as in Telegram
    (back,) = await alice.wait_for_messages(1)
    assert "Welcome back" in back.text
    row = await subscriber(bot, alice.id)
    assert (row.status, row.next_due_at) == ("active", ts(local(2026, 11, 5)))
    clock.set(local(2026, 11, 5))
    await expect_lesson(scheduler, alice, 1)


async def test_block_and_unblock_arrive_as_my_chat_member(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    alice = await subscribe(double)
    alice.read()
    scheduler = make_scheduler(bot)

    async def status_is(status: str) -> bool:
        return (await subscriber(bot, alice.id)).status == status

    double.block(alice.id)
    await eventually(lambda: status_is("blocked"))
    clock.set(local(2026, 11, 3))
    assert (await scheduler.tick()).claimed == 0

    double.unblock(alice.id)
    await eventually(lambda: status_is("active"))
    assert (await subscriber(bot, alice.id)).next_due_at == ts(local(2026, 11, 4))
    clock.set(local(2026, 11, 4))
    await expect_lesson(scheduler, alice, 1)


async def test_chat_not_found_marks_unreachable(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    due = local(2026, 11, 3)
    await seed(bot, double, range(5000, 5003), due)
    rows = [(9999, "08:00", "Europe/London", ts(due))]  # the double never heard of 9999
    await subscribers.import_subscribers(bot.require_db(), rows, clock.now())
    clock.set(due)
    report = await make_scheduler(bot).tick()
    assert (report.sent, report.unreachable) == (3, 1)
    row = await subscriber(bot, 9999)
    assert (row.status, row.next_due_at) == ("unreachable", None)


@pytest.mark.parametrize("paid", [False, True])
async def test_paid_broadcast_flag_goes_with_every_push(
    double: BotApiDouble,
    runner: BotRunner,
    clock: FakeClock,
    make_scheduler: MakeScheduler,
    paid: bool,
) -> None:
    services = await runner.start(paid_broadcast=paid, push_rate=200.0 if paid else 25.0)
    due = local(2026, 11, 3)
    chats = await seed(services, double, range(7000, 7010), due)
    clock.set(due)
    assert (await make_scheduler(services).tick()).sent == len(chats)
    assert double.counters.paid == (len(chats) if paid else 0)


async def test_no_more_than_push_concurrency_sends_in_flight(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    services = await runner.start(push_rate=1000.0, paid_broadcast=True, push_concurrency=4)
    due = local(2026, 11, 3)
    chats = await seed(services, double, range(8000, 8040), due)
    double.latency = 0.02  # long enough for sends to overlap
    scheduler = make_scheduler(services)
    post = scheduler.transport.post
    in_flight, peak = 0, 0

    async def counting_post(*args: object, **kwargs: object) -> object:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            return await post(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            in_flight -= 1

    scheduler.transport.post = counting_post  # type: ignore[method-assign]
    clock.set(due)
    assert (await scheduler.tick()).sent == len(chats)
    assert peak == 4


# -- Telegram pushing back -------------------------------------------------------------------


async def test_storm_of_429s_everyone_gets_exactly_one_lesson(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    services = await runner.start(push_rate=60.0, push_concurrency=16)
    due = local(2026, 11, 3)
    chats = await seed(services, double, range(2000, 2040), due)
    double.global_rate = 15  # a strict server: the bot's 60/s is far too fast for it
    double.inject_fault("flood", count=3, method="sendMessage", retry_after=1)
    clock.set(due)
    scheduler = make_scheduler(services)
    report = await scheduler.tick()
    assert report.sent == len(chats) and report.failed == 0
    assert report.retried_after >= 3
    assert double.counters.rate_limited + double.counters.faults["flood"] >= 3
    assert scheduler.pacer.paused_seconds >= 1.0
    assert Counter(d.chat_id for d in double.deliveries) == Counter(chats)
    assert double.duplicate_deliveries() == {}


async def test_server_errors_and_dropped_connections_are_retried(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    due = local(2026, 11, 3)
    chats = await seed(bot, double, range(3000, 3030), due)
    double.hang_seconds = 0.1
    double.faults.start_storm(
        0.3, kinds=("server_error", "bad_gateway", "drop", "timeout"), methods=["sendMessage"]
    )
    clock.set(due)
    scheduler = make_scheduler(bot, retry_delays=(0.01,) * 10)
    report = await scheduler.tick()
    double.faults.clear()
    assert sum(double.counters.faults.values()) >= 5
    assert report.sent == len(chats) and report.failed == 0
    assert Counter(d.chat_id for d in double.deliveries) == Counter(chats)


async def test_read_timeouts_are_retried(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    due = local(2026, 11, 3)
    (chat,) = await seed(bot, double, range(3100, 3101), due)
    double.hang_seconds = 5.0
    double.inject_fault("timeout", count=1, method="sendMessage")
    clock.set(due)
    report = await make_scheduler(bot, read_timeout=0.3).tick()
    assert report.sent == 1
    assert double.delivered_to(chat) == 1


async def test_errors_beyond_the_retry_budget_stay_due_for_the_next_tick(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    due = local(2026, 11, 3)
    chats = await seed(bot, double, range(4000, 4005), due)
    unlucky = chats[2]
    double.inject_fault("server_error", count=len(FAST_RETRIES) + 1, chat_id=unlucky)
    clock.set(due)
    scheduler = make_scheduler(bot)
    first = await scheduler.tick()
    assert (first.sent, first.failed) == (4, 1)
    assert double.delivered_to(unlucky) == 0
    assert (await subscriber(bot, unlucky)).next_due_at == ts(due)

    second = await scheduler.tick()
    assert (second.claimed, second.sent) == (1, 1)
    assert Counter(d.chat_id for d in double.deliveries) == Counter(chats)
