"""Scenario tests: the bot never sends the same thing twice because someone asked twice.

A check-in left waiting gets one kind reminder from /next, then /next moves on; a double tap on
Continue, Check-in, Next lesson or Start acts once; and /next says something sensible right after
/start, while paused and at the end of the course.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from handlers.context import Services
from settings.config import DEFAULT_CONTENT_DIR
from storage import coursework, subscribers
from tests.conftest import BotRunner
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser


def labels(message: ChatMessage) -> list[str]:
    return [b.text for b in message.buttons]


async def join(double: BotApiDouble, user_id: int = 3001) -> tuple[SimulatedUser, ChatMessage]:
    """/start; the person and the welcome."""
    user = double.user(user_id, first_name="Sam", language_code="en")
    await user.send("/start")
    welcome, _ask_time = await user.wait_for_messages(2)
    return user, welcome


async def then_progress(user: SimulatedUser) -> list[ChatMessage]:
    """Everything the bot sent before its answer to /progress (a chat's updates run in order)."""
    await user.send("/progress")
    messages: list[ChatMessage] = []
    while not messages or "Your progress" not in messages[-1].text:
        messages += await user.wait_for_messages(1)
    return messages[:-1]


async def next_says(user: SimulatedUser) -> ChatMessage:
    """/next, and the one message it brings."""
    await user.send("/next")
    (reply,) = await then_progress(user)
    return reply


async def double_tap(double: BotApiDouble, user: SimulatedUser, message: ChatMessage, text: str):
    """Two taps on one button before the first is answered; what the bot sent in all."""
    data = next(b.callback_data for b in message.buttons if b.text == text)
    double.press(user, message, data)
    double.press(user, message, data)
    shown = await then_progress(user)
    assert double.unanswered_callbacks() == []
    return shown


async def read_to_checkin(user: SimulatedUser) -> ChatMessage:
    """/next through the lesson in progress until its check-in question arrives."""
    while True:
        await user.send("/next")
        (part,) = await user.wait_for_messages(1)
        if "Continue ▶" not in labels(part):
            (quiz,) = await user.wait_for_messages(1)
            return quiz


async def test_next_with_a_check_in_waiting_reminds_once_then_moves_on(
    double: BotApiDouble, bot: Services
) -> None:
    sam, _ = await join(double)
    course = bot.require_course()
    first = course.lessons[0]
    assert first.quiz is not None
    quiz = await read_to_checkin(sam)
    assert "Check-in" in quiz.text

    reminder = await next_says(sam)
    assert reminder.text != quiz.text, "a reminder, not a second copy"
    assert "still waiting" in reminder.text and "Check-in" in reminder.text
    assert sorted(labels(reminder)) == sorted(o.text for o in first.quiz.options)

    moved_on = await next_says(sam)  # a second /next: no third copy, the next lesson
    assert moved_on.text.startswith(f"Lesson 2 of {len(course.lessons)}")

    # The question stays answerable where it was.
    await sam.tap(quiz, first.quiz.option(first.quiz.answer).text)
    await sam.wait_for_edit(quiz)
    assert "Right" in quiz.text or "right" in quiz.text
    answered = await coursework.answered_lessons(bot.require_db(), sam.id, 1)
    assert answered == [first.id]


async def test_double_taps_act_once(double: BotApiDouble, bot: Services) -> None:
    sam, welcome = await join(double)
    course = bot.require_course()
    first = course.lessons[0]
    assert first.quiz is not None

    lesson1, ask_time = await double_tap(double, sam, welcome, "Start the course ▶")
    assert lesson1.text.startswith("Lesson 1 of")
    assert "lessons come by themselves once you pick a time" in ask_time.text  # none chosen yet

    (part2,) = await double_tap(double, sam, lesson1, "Continue ▶")
    assert f"(2/{len(first.messages)})" in part2.text
    part3, quiz = await double_tap(double, sam, part2, "Continue ▶")
    assert f"(3/{len(first.messages)})" in part3.text and "Check-in" in quiz.text

    await sam.tap(quiz, first.quiz.option(first.quiz.answer).text)
    await sam.wait_for_edit(quiz)
    (lesson2,) = await double_tap(double, sam, quiz, "Next lesson ▶")
    assert lesson2.text.startswith("Lesson 2 of"), "the first part, not the first two"
    rows = await coursework.deliveries(bot.require_db(), sam.id, 1)
    assert {lesson_id: parts for lesson_id, parts, _at in rows} == {
        first.id: len(first.messages),
        course.lessons[1].id: 1,
    }


async def test_a_one_part_lesson_puts_its_question_once(
    double: BotApiDouble, runner: BotRunner, tmp_path: Path
) -> None:
    content = shutil.copytree(DEFAULT_CONTENT_DIR, tmp_path / "content")
    path = content / "lessons" / "origins.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["parts"] = data["parts"][:1]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    services = await runner.start(content_dir=content)
    lesson = services.require_course().lessons[0]
    assert len(lesson.messages) == 1 and lesson.quiz is not None
    sam, _welcome = await join(double)
    now = services.clock.now()
    await coursework.record_delivery(services.require_db(), sam.id, 1, lesson.id, "push", now)

    # As pushed: the question waits behind a button, and /next puts it (it was never shown).
    question = await next_says(sam)
    assert question.text.startswith("Check-in") and "still waiting" not in question.text
    reminder = await next_says(sam)
    assert "still waiting" in reminder.text
    assert (await next_says(sam)).text.startswith("Lesson 2 of")


async def test_next_right_after_start_paused_and_at_the_end(
    double: BotApiDouble, bot: Services
) -> None:
    sam = double.user(3002, first_name="Sam", language_code="en")
    await sam.send("/start")
    _welcome, ask_time = await sam.wait_for_messages(2)
    course, db = bot.require_course(), bot.require_db()

    first = await next_says(sam)  # while the time is still being asked: lesson 1, once
    assert first.text.startswith("Lesson 1 of")

    await sam.tap(ask_time, "08:00")
    await sam.wait_for_edit(ask_time)
    await sam.tap(ask_time, "London")
    await sam.wait_for_edit(ask_time)
    await sam.send("/pause")
    (paused,) = await then_progress(sam)
    assert "Paused" in paused.text
    part2 = await next_says(sam)  # reading on request while paused: the next part, once
    assert f"(2/{len(course.lessons[0].messages)})" in part2.text
    row = await subscribers.get_subscriber(db, sam.id)
    assert row is not None and row.status == "paused", "reading on does not unpause"

    now = bot.clock.now()
    for lesson in course.lessons:
        await coursework.record_delivery(db, sam.id, 1, lesson.id, "push", now)
        await coursework.mark_read(db, sam.id, 1, lesson.id, len(lesson.messages))
    last = course.lessons[-1]
    assert last.quiz is not None
    question = await next_says(sam)  # the last check-in, never shown: put once
    assert question.text.startswith("Check-in")
    assert "still waiting" in (await next_says(sam)).text
    closing = await next_says(sam)
    assert "🎓" in closing.text
    done = await next_says(sam)
    assert "You've finished the course" in done.text and done.text != closing.text


async def test_a_double_tap_in_the_menu_skips_one_lesson_and_reads_one_part(
    double: BotApiDouble, bot: Services
) -> None:
    sam, _welcome = await join(double)
    course = bot.require_course()
    assert (await next_says(sam)).text.startswith("Lesson 1 of")
    await sam.send("/menu")
    (menu,) = await sam.wait_for_messages(1)
    (part2,) = await double_tap(double, sam, menu, "Continue the course ▶")
    assert f"(2/{len(course.lessons[0].messages)})" in part2.text
    assert "Continue the course ▶" not in labels(menu) and "📚 My lessons" in labels(menu)

    await sam.send("/menu")
    (menu,) = await sam.wait_for_messages(1)
    (lesson2,) = await double_tap(double, sam, menu, "Skip to lesson 2 ⏭")
    assert lesson2.text.startswith("Lesson 2 of"), "one lesson skipped, not two"
    rows = await coursework.deliveries(bot.require_db(), sam.id, 1)
    assert sorted(lesson_id for lesson_id, _parts, _at in rows) == sorted(
        lesson.id for lesson in course.lessons[:2]
    )


async def test_a_double_tap_on_quick_review_asks_its_first_question_once(
    double: BotApiDouble, bot: Services
) -> None:
    sam, _welcome = await join(double)
    course, db = bot.require_course(), bot.require_db()
    third = course.lessons[2]
    checkpoint = course.checkpoint_after(third.id)
    assert checkpoint is not None and third.quiz is not None
    now = bot.clock.now()
    for lesson in course.lessons[:3]:
        await coursework.record_delivery(db, sam.id, 1, lesson.id, "push", now)
        await coursework.mark_read(db, sam.id, 1, lesson.id, len(lesson.messages))
    question = await next_says(sam)  # lesson 3's check-in, never shown yet
    await sam.tap(question, third.quiz.option(third.quiz.answer).text)
    await sam.wait_for_edit(question)
    review = f"📝 Quick review ({len(checkpoint.questions)})"
    (first,) = await double_tap(double, sam, question, review)
    assert f"(1/{len(checkpoint.questions)})" in first.text


async def test_a_double_tap_on_a_safety_plan_step_skips_one_step(
    double: BotApiDouble, bot: Services
) -> None:
    sam, _welcome = await join(double)
    await sam.send("/sos")
    (sos,) = await sam.wait_for_messages(1)
    await sam.tap(sos, "Make a safety plan")
    _intro, step = await sam.wait_for_messages(2)
    assert step.text.startswith("Step 1 of")
    data = next(b.callback_data for b in step.buttons if b.text == "Skip")
    double.press(sam, step, data)
    double.press(sam, step, data)
    (step2,) = await sam.wait_for_messages(1)
    assert step2.text.startswith("Step 2 of")
    data = next(b.callback_data for b in step2.buttons if b.text == "Stop")
    double.press(sam, step2, data)
    double.press(sam, step2, data)
    (stopped,) = await sam.wait_for_messages(1)
    assert "forgotten" in stopped.text, "no step 3 from the second Skip"
    shown = await then_progress(sam)
    assert shown == [], "stopped once"


async def test_an_older_continue_brings_the_next_unread_part_never_one_already_had(
    double: BotApiDouble, bot: Services
) -> None:
    sam, _welcome = await join(double)
    first = bot.require_course().lessons[0]
    assert len(first.messages) == 3
    part1 = await next_says(sam)
    part2 = await next_says(sam)
    assert "(2/3)" in part2.text
    await sam.tap(part1, "Continue ▶")  # it would bring part 2, which came by /next
    part3, quiz = await then_progress(sam)
    assert "(3/3)" in part3.text and "Check-in" in quiz.text

    query = await sam.tap(part2, "Continue ▶")  # every part is out: a word, no message
    reply = await sam.wait_for_answer(query)
    assert "all of this lesson" in reply.text
    assert await then_progress(sam) == []


async def test_start_over_tapped_twice_asks_once_and_no_lets_it_ask_again(
    double: BotApiDouble, bot: Services
) -> None:
    sam, _ = await join(double, 3091)
    course, db, now = bot.require_course(), bot.require_db(), bot.clock.now()
    for lesson in course.lessons:  # the whole course had and answered
        assert lesson.quiz is not None
        await coursework.record_delivery(db, sam.id, 1, lesson.id, "push", now)
        await coursework.mark_read(db, sam.id, 1, lesson.id, len(lesson.messages))
        await coursework.record_answer(db, sam.id, 1, lesson.id, lesson.quiz.answer, True, now)
    await sam.send("/menu")
    (menu,) = await sam.wait_for_messages(1)
    assert "Start over ↺" in labels(menu)

    data = next(b.callback_data for b in menu.buttons if b.text == "Start over ↺")
    double.press(sam, menu, data)
    double.press(sam, menu, data)
    await sam.send("/help")  # the question itself says "Your progress": /help marks the end
    shown: list[ChatMessage] = []
    while not shown or "What I can do" not in shown[-1].text:
        shown += await sam.wait_for_messages(1)
    assert double.unanswered_callbacks() == []
    assert [m.text.split("\n")[0] for m in shown[:-1]] == ["↺ Start the course over from lesson 1?"]
    await sam.tap(shown[0], "No, keep my progress")
    await sam.wait_for_edit(shown[0])
    await sam.tap(menu, "Start over ↺")  # answered: the next tap asks again
    (again,) = await sam.wait_for_messages(1)
    assert "Start the course over" in again.text
