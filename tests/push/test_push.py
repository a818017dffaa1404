"""The daily push, driven tick by tick with a fake clock against the Bot API double."""

from __future__ import annotations

import asyncio
import itertools
import math
import shutil
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from telegram import Bot

import views
from handlers.context import Services
from journey.clock import FakeClock
from push.pacer import EARLY, INTERACTIVE_SHARE, Pacer
from push.tick import Pusher
from settings.config import DEFAULT_CONTENT_DIR, Config
from storage import coursework, pushes, subscribers
from storage.db import ts
from tests.conftest import TOKEN, BotRunner
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser

LONDON = ZoneInfo("Europe/London")
FAST_RETRIES = (0.01, 0.02, 0.05)

MakeScheduler = Callable[..., Pusher]


@pytest.fixture
async def make_scheduler() -> AsyncIterator[MakeScheduler]:
    """Schedulers on a running bot's services, stopped at the end like post_stop would."""
    made: list[Pusher] = []

    def make(services: Services, **options: object) -> Pusher:
        options.setdefault("retry_delays", FAST_RETRIES)
        options.setdefault("stop_timeout", 2.0)
        scheduler = Pusher(Bot(TOKEN, base_url=services.config.api_base_url), services, **options)  # type: ignore[arg-type]
        made.append(scheduler)
        return scheduler

    yield make
    for scheduler in made:
        await scheduler.stop()


async def subscribe(
    double: BotApiDouble, user_id: int = 1001, *, zone: str = "London", at: str = "08:00"
) -> SimulatedUser:
    """A person starts the bot and taps a time and a zone, as in the chat."""
    user = double.user(user_id, first_name=f"User{user_id}", language_code="en")
    await user.send("/start")
    _, ask_time = await user.wait_for_messages(2)
    await user.tap(ask_time, at)
    await user.wait_for_edit(ask_time)
    await user.tap(ask_time, zone)
    await user.wait_for_edit(ask_time)
    assert "All set" in ask_time.text, ask_time.text
    return user


async def seed(
    services: Services, double: BotApiDouble, chat_ids: range, due: datetime
) -> list[int]:
    """Many subscribers at 08:00 London, due at `due`, already known to the double."""
    double.add_users(chat_ids)
    rows = [(chat_id, "08:00", "Europe/London", ts(due)) for chat_id in chat_ids]
    await subscribers.import_subscribers(services.require_db(), rows, services.clock.now())
    return list(chat_ids)


async def subscriber(services: Services, chat_id: int) -> subscribers.Subscriber:
    found = await subscribers.get_subscriber(services.require_db(), chat_id)
    assert found is not None
    return found


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:  # noqa: ASYNC109
    """Wait until an asynchronous condition holds (updates reach the bot by long polling)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def expect_lesson(scheduler: Pusher, user: SimulatedUser, number: int) -> None:
    """One tick sends `user` exactly lesson `number`, as one message."""
    report = await scheduler.tick()
    assert report.sent == 1, report
    (push,) = await user.wait_for_messages(1)
    assert push.text.startswith(f"Lesson {number} of"), push.text


def local(year: int, month: int, day: int, hour: int = 8, zone: ZoneInfo = LONDON) -> datetime:
    return datetime(year, month, day, hour, tzinfo=zone).astimezone(UTC)


def lesson_deliveries(double: BotApiDouble, chat_id: int) -> list[str]:
    return [d.text for d in double.deliveries if d.chat_id == chat_id]


# -- the daily rhythm -----------------------------------------------------------------------


async def test_push_is_one_message_with_buttons_then_parts_by_tap(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    alice = await subscribe(double)
    alice.read()
    scheduler = make_scheduler(bot)
    due = local(2026, 11, 3)
    assert (await subscriber(bot, alice.id)).next_due_at == ts(due)

    clock.set(due - timedelta(minutes=1))
    assert (await scheduler.tick()).claimed == 0

    clock.set(due)
    report = await scheduler.tick()
    assert (report.claimed, report.sent) == (1, 1)
    (push,) = await alice.wait_for_messages(1)
    course = bot.require_course()
    lesson = course.lessons[0]
    assert push.text.startswith(f"Lesson 1 of {len(course.lessons)}")
    assert [b.text for b in push.buttons] == ["Continue ▶", "☰ Menu"]
    await asyncio.sleep(0.2)
    assert alice.read() == [], "a push is exactly one message"

    await alice.tap(push, "Continue ▶")
    (part2,) = await alice.wait_for_messages(1)
    assert f"(2/{len(lesson.messages)})" in part2.text
    row = await subscriber(bot, alice.id)
    assert row.next_due_at == ts(local(2026, 11, 4))
    assert await coursework.delivered_lessons(bot.require_db(), alice.id, 1) == [lesson.id]
    assert (await scheduler.tick()).claimed == 0, "nothing is due twice"


async def test_after_a_reload_the_push_sends_the_edited_lesson(
    double: BotApiDouble,
    runner: BotRunner,
    config: Config,
    clock: FakeClock,
    make_scheduler: MakeScheduler,
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(config.content_dir, content)
    services = await runner.start(content_dir=content)
    scheduler = make_scheduler(services)
    alice = await subscribe(double, 1001)
    alice.read()
    clock.set(local(2026, 11, 3))
    await scheduler.tick()
    (first,) = await alice.wait_for_messages(1)
    assert "Where ketamine came from" in first.text

    lesson_file = content / "lessons" / "origins.yaml"
    lesson_file.write_text(
        lesson_file.read_text().replace(
            "title: Where ketamine came from", "title: Where ketamine first came from"
        )
    )
    admin = double.user(42, first_name="Ops")
    await admin.send("/reload")
    (done,) = await admin.wait_for_messages(1)
    assert "Content reloaded" in done.text

    bob = await subscribe(double, 1002)  # due tomorrow at 08:00, for lesson 1
    bob.read()
    clock.set(local(2026, 11, 4))
    await scheduler.tick()
    (pushed,) = await bob.wait_for_messages(1)
    assert "Where ketamine first came from" in pushed.text


@pytest.mark.parametrize(
    ("zone_label", "zone", "days"),
    [
        ("London", "Europe/London", [(2027, 3, 27), (2027, 3, 28), (2027, 3, 29)]),  # spring
        ("New York", "America/New_York", [(2027, 11, 6), (2027, 11, 7), (2027, 11, 8)]),  # fall
    ],
)
async def test_push_stays_at_local_time_across_dst(
    double: BotApiDouble,
    bot: Services,
    clock: FakeClock,
    make_scheduler: MakeScheduler,
    zone_label: str,
    zone: str,
    days: list[tuple[int, int, int]],
) -> None:
    tz = ZoneInfo(zone)
    clock.set(local(*days[0], hour=12, zone=tz) - timedelta(days=1))
    alice = await subscribe(double, zone=zone_label)
    alice.read()
    scheduler = make_scheduler(bot)
    offsets = set()
    for number, day in enumerate(days, start=1):
        due = local(*day, zone=tz)
        assert (await subscriber(bot, alice.id)).next_due_at == ts(due)
        clock.set(due - timedelta(seconds=1))
        assert (await scheduler.tick()).sent == 0
        clock.set(due)
        await expect_lesson(scheduler, alice, number)
        assert due.astimezone(tz).hour == 8
        offsets.add(due.astimezone(tz).utcoffset())
    assert len(offsets) == 2, "the days straddle a daylight-saving change"


async def test_three_days_down_means_one_lesson_then_the_normal_schedule(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    services = await runner.start()
    alice = await subscribe(double)
    alice.read()
    await runner.stop()  # the bot is down from Monday to Friday morning

    clock.set(local(2026, 11, 6, hour=10))
    services = await runner.start()
    scheduler = make_scheduler(services)
    report = await scheduler.tick()
    assert (report.claimed, report.sent) == (1, 1)
    assert len(await alice.wait_for_messages(1)) == 1
    assert (await scheduler.tick()).claimed == 0
    assert (await subscriber(services, alice.id)).next_due_at == ts(local(2026, 11, 7))

    clock.set(local(2026, 11, 7))
    await expect_lesson(scheduler, alice, 2)


async def test_pause_and_resume(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    alice = await subscribe(double)
    scheduler = make_scheduler(bot)
    await alice.send("/pause")
    alice.read()
    (paused,) = await alice.wait_for_messages(1)
    assert "Paused" in paused.text
    for day in (3, 4):
        clock.set(local(2026, 11, day))
        assert (await scheduler.tick()).claimed == 0

    clock.set(local(2026, 11, 4, hour=12))
    await alice.send("/resume")
    (resumed,) = await alice.wait_for_messages(1)
    assert "Resumed" in resumed.text
    clock.set(local(2026, 11, 5))
    await expect_lesson(scheduler, alice, 1)


async def test_reading_ahead_with_next_is_never_repeated(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    alice = await subscribe(double)
    alice.read()
    scheduler = make_scheduler(bot)
    await alice.send("/next")
    assert (await alice.wait_for_messages(1))[0].text.startswith("Lesson 1 of")
    alice.read()

    async def pulled() -> bool:  # the handler records the lesson once it has been sent
        return bool(await coursework.delivered_lessons(bot.require_db(), alice.id, 1))

    await eventually(pulled)
    for day, number in ((3, 2), (4, 3)):
        clock.set(local(2026, 11, day))
        await expect_lesson(scheduler, alice, number)
    course = bot.require_course()
    delivered = await coursework.delivered_lessons(bot.require_db(), alice.id, 1)
    assert sorted(delivered) == sorted(lesson.id for lesson in course.lessons[:3])


async def test_end_of_course_closing_message_then_silence(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    alice = await subscribe(double)
    alice.read()
    course = bot.require_course()
    db = bot.require_db()
    for lesson in course.lessons[:-1]:
        await coursework.record_delivery(db, alice.id, 1, lesson.id, "pull", clock.now())
    scheduler = make_scheduler(bot)

    clock.set(local(2026, 11, 3))
    await expect_lesson(scheduler, alice, len(course.lessons))

    clock.set(local(2026, 11, 4))
    report = await scheduler.tick()
    assert (report.sent, report.finished) == (0, 1)
    (closing,) = await alice.wait_for_messages(1)
    assert closing.html == views.finished_text(course)
    assert "professional" in closing.text.lower() or "doctor" in closing.text.lower()
    assert [b.text for b in closing.buttons] == ["Start over ↺", "☰ Menu"]
    row = await subscriber(bot, alice.id)
    assert (row.status, row.next_due_at) == ("finished", None)

    clock.set(local(2026, 11, 5))
    assert (await scheduler.tick()).claimed == 0
    await alice.tap(closing, "Start over ↺")
    (question,) = await alice.wait_for_messages(1)  # starting over asks first
    await alice.tap(question, "Yes, start over")
    await alice.wait_for_messages(1)  # lesson 1, under "Starting over"
    assert (await subscriber(bot, alice.id)).status == "active"


async def test_one_part_lesson_with_a_check_in_is_still_one_message(
    double: BotApiDouble,
    runner: BotRunner,
    clock: FakeClock,
    make_scheduler: MakeScheduler,
    tmp_path: Path,
) -> None:
    content = shutil.copytree(DEFAULT_CONTENT_DIR, tmp_path / "content")
    path = content / "lessons" / "origins.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["parts"] = data["parts"][:1]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    services = await runner.start(content_dir=content)
    lesson = services.require_course().lessons[0]
    assert len(lesson.messages) == 1 and lesson.quiz is not None

    alice = await subscribe(double)
    alice.read()
    clock.set(local(2026, 11, 3))
    assert (await make_scheduler(services).tick()).sent == 1
    (push,) = await alice.wait_for_messages(1)
    assert [b.text for b in push.buttons] == ["Check-in 💬", "☰ Menu"]
    await asyncio.sleep(0.2)
    assert alice.read() == []
    await alice.tap(push, "Check-in 💬")
    (quiz,) = await alice.wait_for_messages(1)
    assert "Check-in" in quiz.text
    assert [b.text for b in quiz.buttons] == [option.text for option in lesson.quiz.options]


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
