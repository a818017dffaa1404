"""A lesson left partway when the daily push comes round: the push moves on to the next lesson,
says what was left and keeps the rest one tap away, across a restart of the bot."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import yaml

from handlers.context import Services
from journey.clock import FakeClock
from settings.config import DEFAULT_CONTENT_DIR
from storage import coursework
from tests.conftest import BotRunner
from tests.push.conftest import MakeScheduler
from tests.push.test_push import local, subscribe
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser


def labels(message: ChatMessage) -> list[str]:
    return [b.text for b in message.buttons]


async def parts_read(services: Services, chat_id: int) -> dict[str, int]:
    rows = await coursework.deliveries(services.require_db(), chat_id, 1)
    return {lesson_id: parts for lesson_id, parts, _at in rows}


async def push_on(
    services: Services, make_scheduler: MakeScheduler, clock: FakeClock, day: datetime
) -> None:
    clock.set(day)
    report = await make_scheduler(services).tick()
    assert (report.claimed, report.sent) == (1, 1), report


async def then_progress(user: SimulatedUser) -> list[ChatMessage]:
    """Everything the bot sent before its answer to /progress (a chat's updates run in order)."""
    await user.send("/progress")
    messages = []
    while not messages or "Your progress" not in messages[-1].text:
        messages += await user.wait_for_messages(1)
    return messages[:-1]


async def test_the_rest_of_a_half_read_lesson_stays_one_tap_away_after_a_restart(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    services = await runner.start()
    course = services.require_course()
    first, second = course.lessons[0], course.lessons[1]
    assert len(first.messages) >= 3
    alice = await subscribe(double)
    alice.read()

    await push_on(services, make_scheduler, clock, local(2026, 11, 3))
    (monday,) = await alice.wait_for_messages(1)
    await alice.tap(monday, "Continue ▶")
    (part2,) = await alice.wait_for_messages(1)
    assert f"(2/{len(first.messages)})" in part2.text
    assert (await parts_read(services, alice.id)) == {first.id: 2}

    await runner.stop()  # the bot restarts between the part read and the next push
    services = await runner.start()
    await push_on(services, make_scheduler, clock, local(2026, 11, 4))
    (push,) = await alice.wait_for_messages(1)
    assert push.text.startswith(f"Lesson 2 of {len(course.lessons)}")  # one lesson a day
    assert second.title in push.text
    left = len(first.messages) - 2
    assert f"You stopped partway through lesson 1 ({first.title})" in push.text
    finish = f"↩ Finish lesson 1 (part 3 of {len(first.messages)})"
    assert labels(push)[-3:] == ["Continue ▶", finish, "☰ Menu"]
    assert f"{left} part" in push.text

    # A double tap on the way back brings the rest of lesson 1 once, and lesson 2 keeps its
    # own Continue.
    data = next(b.callback_data for b in push.buttons if b.text == finish)
    double.press(alice, push, data)
    double.press(alice, push, data)
    shown = await then_progress(alice)
    assert len(shown) == 2, [m.text for m in shown]  # the last part, then its check-in
    assert f"(3/{len(first.messages)})" in shown[0].text and "Check-in" in shown[1].text
    assert labels(push)[-2:] == ["Continue ▶", "☰ Menu"] and finish not in labels(push)
    assert (await parts_read(services, alice.id)) == {first.id: 3, second.id: 1}
    assert double.unanswered_callbacks() == []


async def test_a_lesson_read_to_its_end_leaves_no_note(
    double: BotApiDouble, bot: Services, clock: FakeClock, make_scheduler: MakeScheduler
) -> None:
    first = bot.require_course().lessons[0]
    alice = await subscribe(double)
    alice.read()
    await push_on(bot, make_scheduler, clock, local(2026, 11, 3))
    (current,) = await alice.wait_for_messages(1)
    while "Continue ▶" in labels(current):
        await alice.tap(current, "Continue ▶")
        (current,) = await alice.wait_for_messages(1)
    (quiz,) = await alice.wait_for_messages(1)
    assert "Check-in" in quiz.text and (await parts_read(bot, alice.id))[first.id] == 3

    await push_on(bot, make_scheduler, clock, local(2026, 11, 4))
    (push,) = await alice.wait_for_messages(1)
    assert push.text.startswith("Lesson 2 of") and "partway" not in push.text
    assert labels(push)[-1] == "☰ Menu" and not any("Finish" in b for b in labels(push))


async def test_a_double_tap_on_check_in_asks_once_and_next_then_reminds(
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
    await push_on(services, make_scheduler, clock, local(2026, 11, 3))
    (push,) = await alice.wait_for_messages(1)
    data = next(b.callback_data for b in push.buttons if b.text == "Check-in 💬")
    double.press(alice, push, data)
    double.press(alice, push, data)
    (quiz,) = await then_progress(alice)
    assert quiz.text.startswith("Check-in") and double.unanswered_callbacks() == []

    await alice.send("/next")  # the question is in the chat already: a reminder, not a copy
    (reminder,) = await then_progress(alice)
    assert "still waiting" in reminder.text
    assert sorted(labels(reminder)) == sorted(option.text for option in lesson.quiz.options)


async def test_a_one_part_lesson_with_a_recap_keeps_its_check_in_button(
    double: BotApiDouble,
    runner: BotRunner,
    clock: FakeClock,
    make_scheduler: MakeScheduler,
    tmp_path: Path,
) -> None:
    content = shutil.copytree(DEFAULT_CONTENT_DIR, tmp_path / "content")
    path = content / "lessons" / "depression.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["parts"] = data["parts"][:1]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    services = await runner.start(content_dir=content)
    first, second = services.require_course().lessons[:2]
    assert len(second.messages) == 1 and second.quiz is not None and second.recap is not None
    alice = await subscribe(double)
    alice.read()
    db = services.require_db()
    await coursework.record_delivery(db, alice.id, 1, first.id, "pull", clock.now())
    await coursework.mark_read(db, alice.id, 1, first.id, len(first.messages))

    await push_on(services, make_scheduler, clock, local(2026, 11, 3))
    (push,) = await alice.wait_for_messages(1)
    recap = [option.text for option in second.recap.quiz.options]
    assert sorted(labels(push)[:-2]) == sorted(recap)  # shown in an order of their own
    assert labels(push)[-2:] == ["Check-in 💬", "☰ Menu"]
    await alice.tap(push, "Check-in 💬")
    (quiz,) = await alice.wait_for_messages(1)
    assert sorted(labels(quiz)) == sorted(option.text for option in second.quiz.options)
