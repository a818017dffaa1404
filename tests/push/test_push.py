"""The daily push, driven tick by tick with a fake clock against the Bot API double."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

import views
from handlers.context import Services
from journey.clock import FakeClock
from push.tick import Pusher
from settings.config import DEFAULT_CONTENT_DIR, Config
from storage import coursework, subscribers
from storage.db import ts
from tests.conftest import BotRunner
from tests.push.conftest import MakeScheduler
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser

LONDON = ZoneInfo("Europe/London")


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
    await alice.send("/resume")  # a second time: nothing to switch on, and it says so
    (again,) = await alice.wait_for_messages(1)
    assert again.text.startswith("Your daily lessons are already on.")
    assert "Thu 05 Nov" in again.text
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
    assert sorted(b.text for b in quiz.buttons) == sorted(o.text for o in lesson.quiz.options)
