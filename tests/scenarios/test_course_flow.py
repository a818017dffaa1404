"""The course in the chat: recap questions, per-option feedback, takeaways and checkpoints.

Scenario tests like tests/scenarios/test_scenario.py: a Telegram user talks to the real bot
through the Bot API double.
"""

from __future__ import annotations

from content.markup import plain_text
from handlers.context import Services
from handlers.flood import FLOOD_KEY, FloodControl
from tests.scenarios.test_scenario import start_course
from tgdouble.server import BotApiDouble


async def subscribe(double: BotApiDouble, user_id: int = 2001, name: str = "Robin"):
    user = double.user(user_id, first_name=name, language_code="en")
    await user.send("/start")
    welcome, _ask_time = await user.wait_for_messages(2)
    return user, welcome


async def read_to_quiz(user, first):
    current = first
    while any(b.text == "Continue ▶" for b in current.buttons):
        await user.tap(current, "Continue ▶")
        (current,) = await user.wait_for_messages(1)
    (quiz,) = await user.wait_for_messages(1)
    return quiz


async def test_the_welcome_points_to_sos(double: BotApiDouble, bot: Services) -> None:
    _user, welcome = await subscribe(double)
    assert "/sos" in welcome.text


async def test_a_wrong_check_in_answer_gets_its_own_feedback_and_the_takeaway(
    double: BotApiDouble, bot: Services
) -> None:
    user, welcome = await subscribe(double)
    lesson = bot.require_course().lessons[0]
    quiz = await read_to_quiz(user, await start_course(user, welcome))
    wrong = next(o for o in lesson.quiz.options if o.id != lesson.quiz.answer)
    await user.tap(quiz, wrong.text)
    await user.wait_for_edit(quiz)
    assert "Not quite" in quiz.text
    assert plain_text(wrong.feedback) in quiz.text
    assert "Takeaway: " + plain_text(lesson.takeaway) in quiz.text
    # No checkpoint follows lesson 1, so the buttons are as before.
    assert [b.text for b in quiz.buttons] == ["Next lesson ▶", "☰ Menu"]


async def test_the_second_lesson_opens_with_a_one_tap_recap(
    double: BotApiDouble, bot: Services
) -> None:
    user, welcome = await subscribe(double)
    first_lesson, second = bot.require_course().lessons[:2]
    recap = second.recap.quiz
    quiz = await read_to_quiz(user, await start_course(user, welcome))
    await user.tap(quiz, first_lesson.quiz.option(first_lesson.quiz.answer).text)
    await user.wait_for_edit(quiz)
    await user.tap(quiz, "Next lesson ▶")
    (first,) = await user.wait_for_messages(1)
    assert first.text.startswith("Lesson 2 of")
    assert "Quick recap from lesson 1" in first.text
    assert plain_text(recap.question) in first.text
    labels = [b.text for b in first.buttons]
    assert sorted(labels[:-2]) == sorted(o.text for o in recap.options)
    assert labels[-2:] == ["Continue ▶", "☰ Menu"]

    wrong = next(o for o in recap.options if o.id != recap.answer)
    query = await user.tap(first, wrong.text)
    reply = await user.wait_for_answer(query)
    assert reply.show_alert and reply.text.startswith("Not quite.")
    assert plain_text(wrong.feedback)[:40] in reply.text
    await user.wait_for_edit(first)
    assert [b.text for b in first.buttons] == ["Continue ▶", "☰ Menu"]
    assert user.read() == []  # answered in place: no extra message


async def test_a_checkpoint_follows_the_third_check_in_and_shows_in_progress(
    double: BotApiDouble, bot: Services
) -> None:
    user, welcome = await subscribe(double)
    course = bot.require_course()
    checkpoint = course.checkpoint_after(course.lessons[2].id)
    assert checkpoint is not None
    first = await start_course(user, welcome)
    quiz = None
    for lesson in course.lessons[:3]:
        if quiz is not None:
            await user.tap(quiz, "Next lesson ▶")
            first = (await user.wait_for_messages(1))[0]
        quiz = await read_to_quiz(user, first)
        await user.tap(quiz, lesson.quiz.option(lesson.quiz.answer).text)
        await user.wait_for_edit(quiz)
    review = f"📝 Quick review ({len(checkpoint.questions)})"
    assert [b.text for b in quiz.buttons] == [review, "Next lesson ▶", "☰ Menu"]

    await user.tap(quiz, review)
    (question,) = await user.wait_for_messages(1)
    await user.wait_for_edit(quiz)
    assert [b.text for b in quiz.buttons] == ["Next lesson ▶", "☰ Menu"]
    for number, item in enumerate(checkpoint.questions, start=1):
        assert f"({number}/{len(checkpoint.questions)})" in question.text
        assert plain_text(item.quiz.question) in question.text
        # The first question answered wrongly, the rest right.
        chosen = (
            next(o for o in item.quiz.options if o.id != item.quiz.answer)
            if number == 1
            else item.quiz.option(item.quiz.answer)
        )
        await user.tap(question, chosen.text)
        await user.wait_for_edit(question)
        if number == 1:
            assert "Not quite" in question.text and plain_text(chosen.feedback) in question.text
        if number < len(checkpoint.questions):
            await user.tap(question, "Next question ▶")
            await user.wait_for_edit(question)
    total = len(checkpoint.questions)
    assert f"Review done: {total - 1} of {total} right" in question.text
    assert [b.text for b in question.buttons] == ["Next lesson ▶", "☰ Menu"]

    await user.send("/progress")
    (progress,) = await user.wait_for_messages(1)
    assert "Check-in questions: 3 of 3 right" in progress.text  # the review is scored apart
    assert f"📝 {checkpoint.title}: {total - 1} of {total} right" in progress.text


async def test_a_stale_recap_or_checkpoint_button_is_answered_kindly(
    double: BotApiDouble, bot: Services
) -> None:
    user, welcome = await subscribe(double)
    for data in ("recap:nosuch:a", "cp:nosuch:q1", "cpa:review1:q1:z"):
        query = double.press(user, welcome, data)
        reply = await user.wait_for_answer(query)
        assert "changed since" in reply.text
    assert double.unanswered_callbacks() == []


async def test_tapping_the_top_button_every_time_does_not_pass_the_course(
    double: BotApiDouble, bot: Services
) -> None:
    """Where the right answer sits tells nothing, though the authors wrote most of them first."""
    user, welcome = await subscribe(double)
    lessons = bot.require_course().lessons[:7]  # a week's worth, well under the flood limit
    first = await start_course(user, welcome)
    quiz, right = None, 0
    for lesson in lessons:
        if quiz is not None:
            await user.tap(quiz, "Next lesson ▶")
            first = (await user.wait_for_messages(1))[0]
        quiz = await read_to_quiz(user, first)
        assert sorted(b.text for b in quiz.buttons) == sorted(o.text for o in lesson.quiz.options)
        await user.tap(quiz, quiz.buttons[0].text)
        await user.wait_for_edit(quiz)
        right += "That's right" in quiz.text
    await user.send("/progress")
    (progress,) = await user.wait_for_messages(1)
    assert f"Check-in questions: {right} of {len(lessons)} right" in progress.text
    assert 2 * right < len(lessons)  # fewer than half, as chance would have it


async def test_the_course_read_to_its_end_with_check_ins_left_open_is_finished(
    double: BotApiDouble, bot: Services
) -> None:
    # Someone who reads on with /next past every check-in gets the closing message; from then
    # on /progress, /start and the menu agree that the course is done, not "in progress".
    pace = iter(range(0, 100_000, 10))  # a reader's pace, ten seconds a message: not a flood
    bot.extra[FLOOD_KEY] = FloodControl(now=lambda: float(next(pace)))
    robin, _welcome = await subscribe(double)

    async def reply_to(text: str, opening: str):
        await robin.send(text)
        while True:  # a lesson of one part brings its check-in along: read past it
            (reply,) = await robin.wait_for_messages(1)
            if reply.text.startswith(opening):
                return reply

    for _ in range(8 * len(bot.require_course().lessons)):
        await robin.send("/next")
        (reply,) = await robin.wait_for_messages(1)
        if "finished the course" in reply.text:
            break
    else:
        raise AssertionError("the course never ended")
    progress = await reply_to("/progress", "Your progress")
    assert "🎓 You've finished the course." in progress.text
    assert "In progress" not in progress.text
    assert "Start over ↺" in [b.text for b in progress.buttons]
    back = await reply_to("/start", "Welcome back")
    assert "You have finished the course" in back.text
    assert "partway" not in back.text
    menu = await reply_to("/menu", bot.require_course().title)
    assert "Continue the course ▶" not in [b.text for b in menu.buttons]
    assert "Start over ↺" in [b.text for b in menu.buttons]
