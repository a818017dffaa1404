"""Scenario tests: a subscriber's way through the course never hits a dead end.

Resuming where you are, skipping ahead only on purpose, re-reading from the library, the ending,
starting over after a question, and the small things a person notices on the way.
"""

from __future__ import annotations

from handlers.context import Services
from storage import coursework, subscribers
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser


def labels(message: ChatMessage) -> list[str]:
    return [b.text for b in message.buttons]


async def join(double: BotApiDouble, user_id: int = 2001) -> tuple[SimulatedUser, ChatMessage]:
    """/start; returns the person and the "what time suits you" message."""
    user = double.user(user_id, first_name="Noor", language_code="en")
    await user.send("/start")
    _welcome, ask_time = await user.wait_for_messages(2)
    return user, ask_time


async def parts_read(bot: Services, chat_id: int) -> dict[str, int]:
    rows = await coursework.deliveries(bot.require_db(), chat_id, 1)
    return {lesson_id: parts for lesson_id, parts, _at in rows}


async def test_next_resumes_the_lesson_in_progress(double: BotApiDouble, bot: Services) -> None:
    noor, _ = await join(double)
    course = bot.require_course()
    first, second = course.lessons[0], course.lessons[1]
    assert len(first.messages) >= 2 and first.quiz is not None

    await noor.send("/next")
    (part1,) = await noor.wait_for_messages(1)
    assert part1.text.startswith(f"Lesson 1 of {len(course.lessons)}")
    assert labels(part1) == ["Continue ▶", "☰ Menu"]  # no way to skip past unread parts here

    # /next again carries on with part 2, not lesson 2; then each part up to the check-in.
    for index in range(1, len(first.messages)):
        await noor.send("/next")
        (part,) = await noor.wait_for_messages(1)
        assert f"({index + 1}/{len(first.messages)})" in part.text
    (quiz,) = await noor.wait_for_messages(1)
    assert "Check-in" in quiz.text

    await noor.send("/next")  # the check-in is still open: it comes back, nothing is skipped
    (again,) = await noor.wait_for_messages(1)
    assert "Check-in" in again.text
    assert sorted(labels(again)) == sorted(o.text for o in first.quiz.options)
    # (Updates from one chat are handled in order, so the earlier ones are fully recorded.)
    assert (await parts_read(bot, noor.id)) == {first.id: len(first.messages)}
    await noor.tap(again, first.quiz.option(first.quiz.answer).text)
    await noor.wait_for_edit(again)
    assert labels(again) == ["Next lesson ▶", "☰ Menu"]

    await noor.send("/next")
    (lesson2,) = await noor.wait_for_messages(1)
    assert lesson2.text.startswith(f"Lesson 2 of {len(course.lessons)}")
    assert second.title in lesson2.text


async def test_the_menu_continues_and_skipping_is_a_choice(
    double: BotApiDouble, bot: Services
) -> None:
    noor, _ = await join(double)
    course = bot.require_course()
    await noor.send("/next")
    (part1,) = await noor.wait_for_messages(1)
    await noor.tap(part1, "☰ Menu")
    menu = await noor.wait_for_edit(part1)
    assert "Continue the course ▶" in labels(menu)
    assert "Skip to lesson 2 ⏭" in labels(menu)
    assert "Next lesson ▶" not in labels(menu)

    await noor.tap(menu, "Continue the course ▶")
    (part2,) = await noor.wait_for_messages(1)
    assert f"(2/{len(course.lessons[0].messages)})" in part2.text

    await noor.send("/menu")
    (menu,) = await noor.wait_for_messages(1)
    await noor.tap(menu, "Skip to lesson 2 ⏭")
    (lesson2,) = await noor.wait_for_messages(1)
    assert lesson2.text.startswith("Lesson 2 of")
    await noor.send("/next")  # now lesson 2 is the one in progress
    (part,) = await noor.wait_for_messages(1)
    assert f"(2/{len(course.lessons[1].messages)})" in part.text


async def test_after_setup_the_first_lesson_is_one_tap_away(
    double: BotApiDouble, bot: Services
) -> None:
    noor, ask_time = await join(double)
    await noor.tap(ask_time, "07:00")
    await noor.wait_for_edit(ask_time)
    await noor.tap(ask_time, "London")
    done = await noor.wait_for_edit(ask_time)
    assert "All set" in done.text
    assert labels(done) == ["Start lesson 1 now ▶", "☰ Menu"]
    await noor.tap(done, "Start lesson 1 now ▶")
    (lesson,) = await noor.wait_for_messages(1)
    assert lesson.text.startswith("Lesson 1 of")


async def test_the_library_rereads_without_changing_progress(
    double: BotApiDouble, bot: Services
) -> None:
    noor, _ = await join(double)
    course = bot.require_course()
    first = course.lessons[0]
    await noor.send("/lessons")
    (empty,) = await noor.wait_for_messages(1)
    assert "haven't had a lesson yet" in empty.text

    await noor.send("/next")
    await noor.wait_for_messages(1)
    await noor.send("/progress")
    (progress_before,) = await noor.wait_for_messages(1)
    before = await parts_read(bot, noor.id)
    assert before == {first.id: 1}

    await noor.send("/lessons")
    (library,) = await noor.wait_for_messages(1)
    assert "Your lessons" in library.text and "(1 of" in library.text
    assert labels(library) == [f"1. {first.title}", "☰ Menu"]
    await noor.tap(library, f"1. {first.title}")
    (reread,) = await noor.wait_for_messages(1)
    assert reread.html == first.messages[0] and labels(reread) == ["Continue ▶"]
    current = reread
    for _ in range(1, len(first.messages)):
        await noor.tap(current, "Continue ▶")
        (current,) = await noor.wait_for_messages(1)
    assert labels(current) == ["📚 My lessons", "☰ Menu"]  # no check-in, no score change

    assert await parts_read(bot, noor.id) == before
    await noor.send("/progress")
    (progress_after,) = await noor.wait_for_messages(1)
    assert progress_after.text == progress_before.text
    await noor.send("/next")  # still carries on from part 2 of the lesson in progress
    (part2,) = await noor.wait_for_messages(1)
    assert f"(2/{len(first.messages)})" in part2.text


async def read_to_checkin(noor: SimulatedUser, first_part: ChatMessage) -> ChatMessage:
    current = first_part
    while "Continue ▶" in labels(current):
        await noor.tap(current, "Continue ▶")
        (current,) = await noor.wait_for_messages(1)
    (quiz,) = await noor.wait_for_messages(1)
    return quiz


async def test_the_end_is_an_ending(double: BotApiDouble, bot: Services) -> None:
    noor, _ = await join(double)
    course, db = bot.require_course(), bot.require_db()
    now = bot.clock.now()
    for lesson in course.lessons[:-1]:
        await coursework.record_delivery(db, noor.id, 1, lesson.id, "push", now)
        await coursework.mark_read(db, noor.id, 1, lesson.id, len(lesson.messages))
        assert lesson.quiz is not None
        right = lesson.id == course.lessons[0].id
        option = (
            lesson.quiz.answer
            if right
            else next(o.id for o in lesson.quiz.options if o.id != lesson.quiz.answer)
        )
        await coursework.record_answer(db, noor.id, 1, lesson.id, option, right, now)
    last = course.lessons[-1]
    assert last.quiz is not None

    await noor.send("/next")
    quiz = await read_to_checkin(noor, (await noor.wait_for_messages(1))[0])
    await noor.tap(quiz, last.quiz.option(last.quiz.answer).text)
    await noor.wait_for_edit(quiz)
    review = course.checkpoint_after(last.id)
    offered = [f"📝 Quick review ({len(review.questions)})"] if review else []
    assert labels(quiz) == [*offered, "See how you did 🎓", "☰ Menu"]  # no "Next lesson" now

    await noor.tap(quiz, "See how you did 🎓")
    (closing,) = await noor.wait_for_messages(1)
    total = len(course.lessons)
    assert "🎓" in closing.text and f"2 of {total} right" in closing.text
    assert labels(closing) == ["Start over ↺", "☰ Menu"]
    row = await subscribers.get_subscriber(db, noor.id)
    assert row is not None and row.status == "finished"

    await noor.send("/next")  # no second closing message, just where things stand
    (done,) = await noor.wait_for_messages(1)
    assert "You've finished the course" in done.text and course.closing not in done.html

    await noor.send("/menu")
    (menu,) = await noor.wait_for_messages(1)
    assert not any("Next lesson" in label or "Continue" in label for label in labels(menu))
    assert "📚 My lessons" in labels(menu) and "Start over ↺" in labels(menu)

    # Starting over asks first; "no" keeps everything.
    await noor.tap(closing, "Start over ↺")
    (question,) = await noor.wait_for_messages(1)
    assert "Start the course over" in question.text
    await noor.tap(question, "No, keep my progress")
    await noor.wait_for_edit(question)
    assert "Nothing changed" in question.text
    row = await subscribers.get_subscriber(db, noor.id)
    assert row is not None and (row.round, row.status) == (1, "finished")

    await noor.tap(closing, "Start over ↺")
    (question,) = await noor.wait_for_messages(1)
    await noor.tap(question, "Yes, start over")
    (lesson1,) = await noor.wait_for_messages(1)
    assert lesson1.text.startswith(f"Lesson 1 of {total}")
    row = await subscribers.get_subscriber(db, noor.id)
    assert row is not None and (row.round, row.status) == (2, "active")


async def test_pause_and_progress_say_plainly_what_is_so(
    double: BotApiDouble, bot: Services
) -> None:
    noor, ask_time = await join(double)
    await noor.send("/progress")
    (progress,) = await noor.wait_for_messages(1)
    assert "Lesson 0" not in progress.text and "Not started yet" in progress.text

    await noor.send("/pause")  # no time set: nothing to pause
    (reply,) = await noor.wait_for_messages(1)
    assert "haven't set a daily time" in reply.text and "⏸ Paused." not in reply.text

    await noor.tap(ask_time, "08:00")
    await noor.wait_for_edit(ask_time)
    await noor.tap(ask_time, "London")
    await noor.wait_for_edit(ask_time)
    assert "paused" in ask_time.text  # the pause holds: the time is set, the lessons wait
    await noor.send("/resume")
    await noor.wait_for_messages(1)
    await noor.send("/pause")
    (paused,) = await noor.wait_for_messages(1)
    assert "Paused" in paused.text
    await noor.send("/pause")
    (again,) = await noor.wait_for_messages(1)
    assert "already paused" in again.text and "⏸ Paused." not in again.text

    await noor.send("/stop")
    (confirm,) = await noor.wait_for_messages(1)
    await noor.tap(confirm, "Yes, stop")
    await noor.wait_for_edit(confirm)
    await noor.send("/progress")
    (progress,) = await noor.wait_for_messages(1)
    assert "stopped" in progress.text and "/start" in progress.text
    await noor.send("/pause")  # after a stop: says how to switch back on, with what works
    (stopped,) = await noor.wait_for_messages(1)
    assert "stopped already" in stopped.text and "/resume" in stopped.text
    await noor.send("/resume")
    (resumed,) = await noor.wait_for_messages(1)
    assert "Resumed" in resumed.text


async def test_fresh_messages_carry_the_menu_not_a_back_arrow(
    double: BotApiDouble, bot: Services
) -> None:
    noor, _ = await join(double)
    for command in ("/help", "/progress", "/mechanism"):
        await noor.send(command)
        (reply,) = await noor.wait_for_messages(1)
        assert labels(reply) == ["☰ Menu"], command
