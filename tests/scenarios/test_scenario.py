"""Scenario tests: a Telegram user talks to the real bot through the Bot API double."""

from __future__ import annotations

import logging

import pytest

from handlers.commands import commands
from handlers.context import Services
from handlers.flood import FLOOD_KEY, NOTICE, FloodControl
from storage import counts, subscribers
from tests.conftest import TOKEN, BotRunner
from tests.stored import counted
from tgdouble.server import BotApiDouble


async def start_course(user, welcome):
    """Start the course before a time is chosen: lesson 1's first part, then (as no lesson could
    come by itself) the time question again; returns the part."""
    await user.tap(welcome, "Start the course ▶")
    first, ask_time = await user.wait_for_messages(2)
    assert first.text.startswith("Lesson 1 of") and "pick a time" in ask_time.text
    return first


async def subscribe(double: BotApiDouble, user_id: int = 1001, name: str = "Alice"):
    user = double.user(user_id, first_name=name, language_code="en")
    await user.send("/start")
    welcome, ask_time = await user.wait_for_messages(2)
    return user, welcome, ask_time


async def test_start_welcomes_and_subscribes_once(double: BotApiDouble, bot: Services) -> None:
    alice, welcome, ask_time = await subscribe(double)
    assert "Hi Alice!" in welcome.text
    assert "not medical advice" in welcome.text.lower() or "education" in welcome.text.lower()
    assert [b.text for b in welcome.buttons] == ["Start the course ▶", "☰ Menu"]
    assert "What time suits you?" in ask_time.text

    row = await subscribers.get_subscriber(bot.require_db(), alice.id)
    assert row is not None and row.first_name == "Alice" and row.language_code == "en"

    await alice.send("/start")
    (again,) = await alice.wait_for_messages(1)
    assert "Welcome back, Alice" in again.text
    assert "haven't started yet" in again.text
    count = await bot.require_db().fetchone("SELECT COUNT(*) FROM subscribers")
    assert count[0] == 1


async def test_menu_every_topic_and_back(double: BotApiDouble, bot: Services) -> None:
    alice, welcome, _ = await subscribe(double)
    await alice.tap(welcome, "☰ Menu")
    edited = await alice.wait_for_edit(welcome)
    assert "Pick a topic" in edited.text
    labels = [page.button for page in bot.require_course().pages.values()]
    assert [b.text for b in edited.buttons][: len(labels) + 1] == [*labels, "My progress"]

    for command, page in bot.require_course().pages.items():
        query = await alice.tap(welcome, page.button)
        await alice.wait_for_edit(welcome)
        assert welcome.text.startswith(page.title), command
        assert [b.text for b in welcome.buttons] == ["◀ Menu"]
        await alice.wait_for_answer(query)
        await alice.tap(welcome, "◀ Menu")
        await alice.wait_for_edit(welcome)
        assert "Pick a topic" in welcome.text
    assert double.unanswered_callbacks() == []
    assert len(alice.messages) == 2  # everything happened in place


async def test_every_command_answers(double: BotApiDouble, bot: Services) -> None:
    alice, _, _ = await subscribe(double)
    skip = {"start", "stop", "forget"}  # covered by their own tests (they ask to confirm)
    for name, _description in commands(bot.require_course()):
        if name in skip:
            continue
        await alice.send(f"/{name}")
        replies = await alice.wait_for_messages(1)
        assert (replies[0].text or replies[0].caption or "").strip(), name
        if name == "mydata":  # a file first, then its readable copy
            assert replies[0].document is not None
            await alice.wait_for_messages(1)
        if name in bot.require_course().pages:
            assert replies[0].text.startswith(bot.require_course().pages[name].title)
        alice.read()  # a lesson sends a part and maybe its quiz; skip the rest


async def test_three_lessons_with_continue_parts(double: BotApiDouble, bot: Services) -> None:
    alice, welcome, _ = await subscribe(double)
    course = bot.require_course()
    started = await start_course(alice, welcome)
    for lesson in course.lessons[:3]:
        first = started or (await alice.wait_for_messages(1))[0]
        started = None
        assert first.text.startswith(f"Lesson {lesson.number} of {len(course.lessons)}")
        current = first
        for index in range(1, len(lesson.messages)):
            await alice.tap(current, "Continue ▶")
            (current,) = await alice.wait_for_messages(1)
            assert f"({index + 1}/{len(lesson.messages)})" in current.text
        assert "Sources:" in current.text
        (quiz,) = await alice.wait_for_messages(1)
        assert "Check-in" in quiz.text
        assert sorted(b.text for b in quiz.buttons) == sorted(o.text for o in lesson.quiz.options)
        await alice.tap(quiz, lesson.quiz.option(lesson.quiz.answer).text)
        await alice.wait_for_edit(quiz)
        assert "That's right" in quiz.text
        await alice.tap(quiz, "Next lesson ▶")

    await alice.send("/progress")
    progress = (await alice.wait_for_messages(2))[-1]  # lesson 4 first, then progress
    assert f"Lesson 4 of {len(course.lessons)}" in progress.text
    assert "3 of 3 right" in progress.text


async def test_progress_stop_and_start_again(double: BotApiDouble, bot: Services) -> None:
    alice, _, _ = await subscribe(double)
    course = bot.require_course()
    await alice.send("/next")
    await alice.wait_for_messages(1)
    await alice.send("/progress")
    (progress,) = await alice.wait_for_messages(1)
    assert f"Lesson 1 of {len(course.lessons)}" in progress.text
    assert "▰" in progress.text and course.lessons[1].title in progress.text

    await alice.send("/stop")
    (confirm,) = await alice.wait_for_messages(1)
    await alice.tap(confirm, "Yes, stop")
    await alice.wait_for_edit(confirm)
    assert "progress is kept" in confirm.text
    assert (await subscribers.get_subscriber(bot.require_db(), alice.id)).status == "stopped"

    await alice.send("/start")
    (back,) = await alice.wait_for_messages(1)
    assert "switched back on" in back.text
    assert f"1 of {len(course.lessons)} lessons" in back.text
    assert (await subscribers.get_subscriber(bot.require_db(), alice.id)).status == "active"


async def test_stop_when_already_stopped_says_so(double: BotApiDouble, bot: Services) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send("/stop")
    (first,) = await alice.wait_for_messages(1)
    await alice.send("/stop")
    (second,) = await alice.wait_for_messages(1)
    await alice.tap(first, "Yes, stop")
    await alice.wait_for_edit(first)

    # The second confirmation, answered "no" after the first said "yes": nothing carries on.
    await alice.tap(second, "No, keep them")
    await alice.wait_for_edit(second)
    assert "carry on" not in second.text
    assert "/start" in second.text

    await alice.send("/stop")
    (again,) = await alice.wait_for_messages(1)
    assert "already" in again.text and "/start" in again.text
    assert not again.buttons or "Yes, stop" not in [b.text for b in again.buttons]
    assert (await subscribers.get_subscriber(bot.require_db(), alice.id)).status == "stopped"


async def test_anything_else_gets_a_kind_pointer(double: BotApiDouble, bot: Services) -> None:
    alice, _, _ = await subscribe(double)
    for act in (alice.send("hello there"), alice.send("/nonsense"), alice.send_sticker()):
        await act
        (reply,) = await alice.wait_for_messages(1)
        assert "Menu" in reply.text or "/help" in reply.text
    await alice.send_photo()
    (reply,) = await alice.wait_for_messages(1)
    assert "/help" in reply.text


# -- crisis routing ------------------------------------------------------------------------------

ABOUT_SOMEONE_ELSE = (
    "my friend wants to kill himself",
    "I'm worried my sister is cutting herself",
    "my son said he wants to die",
    "my partner is talking about suicide",
    "how do I help someone who is suicidal",
)


def app_logs(caplog: pytest.LogCaptureFixture) -> str:
    """What this project logged (not the libraries, which may log whole updates at DEBUG)."""
    ours = ("bot", "handlers", "content", "storage")
    return "\n".join(r.getMessage() for r in caplog.records if r.name.split(".")[0] in ours)


async def test_a_crisis_gets_the_crisis_reply_first(
    double: BotApiDouble, bot: Services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    alice, _, _ = await subscribe(double)
    await alice.send("I want to kill myself")
    (reply,) = await alice.wait_for_messages(1)
    assert reply.html == bot.require_course().crisis.html
    assert [b.text for b in reply.buttons] == ["Try a grounding exercise", "Make a safety plan"]
    assert await counted(bot.require_db(), counts.CRISIS_REPLIES) == 1
    assert "kill myself" not in app_logs(caplog)


async def test_someone_worried_about_another_person_gets_the_reply_for_helpers(
    double: BotApiDouble, bot: Services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    alice, _, _ = await subscribe(double)
    for number, text in enumerate(ABOUT_SOMEONE_ELSE, start=1):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert reply.html == bot.require_course().crisis.someone_else_html, text
        assert "988" in reply.text and "116 123" in reply.text
        assert "ask them directly" in reply.text
        assert await counted(bot.require_db(), counts.CRISIS_REPLIES) == number
    assert [b.text for b in reply.buttons] == ["☰ Menu"]
    await alice.tap(reply, "☰ Menu")
    await alice.wait_for_edit(reply)
    assert "Pick a topic" in reply.text
    logs = app_logs(caplog)
    assert not any(text in logs for text in ABOUT_SOMEONE_ELSE)
    assert "Crisis routing (count 5)" in logs


async def test_the_writers_own_crisis_comes_first_when_someone_else_is_named(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    for text in (
        "my sister is worried because I want to kill myself",
        "my son is suicidal and so am I",
        "my friend wants to kill himself and honestly I want to die too",
    ):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert reply.html == bot.require_course().crisis.html, text


async def test_idioms_and_questions_about_the_course_get_the_usual_pointer(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    for text in (
        "my boss is killing me",
        "my friend is dying to see the film",
        "my phone died",
        "does ketamine help people who are suicidal?",
        "what is the suicide rate",
    ):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert "Menu" in reply.text or "/help" in reply.text, text
        assert "988" not in reply.text, text
    assert await counted(bot.require_db(), counts.CRISIS_REPLIES) == 0


async def test_a_worried_message_gets_through_a_flood(double: BotApiDouble, bot: Services) -> None:
    bot.extra[FLOOD_KEY] = FloodControl(now=lambda: 1000.0)  # time stands still: still flooding
    alice, _, _ = await subscribe(double)
    for _ in range(20):
        await alice.send("hello")
    while (await alice.wait_for_messages(1))[0].text != NOTICE:
        pass
    await alice.send("my daughter says she wants to end her life")
    (reply,) = await alice.wait_for_messages(1)
    assert reply.html == bot.require_course().crisis.someone_else_html
    assert await counted(bot.require_db(), counts.CRISIS_REPLIES) == 1


async def test_progress_survives_a_restart(double: BotApiDouble, runner: BotRunner) -> None:
    first = await runner.start()
    alice, _, _ = await subscribe(double)
    await alice.send("/next")
    await alice.wait_for_messages(1)
    await alice.send("/menu")  # /next would carry on with lesson 1: skipping is a choice
    (menu,) = await alice.wait_for_messages(1)
    await alice.tap(menu, "Skip to lesson 2 ⏭")
    await alice.wait_for_messages(1)
    path = first.config.database_path

    await runner.stop()
    second = await runner.start()
    assert second.config.database_path == path
    await alice.send("/progress")
    (progress,) = await alice.wait_for_messages(1)
    assert "Lesson 2 of" in progress.text


async def test_no_token_in_logs(
    double: BotApiDouble, runner: BotRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.logs import setup_logging

    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    setup_logging("DEBUG", TOKEN)  # its handler writes to the (captured) stderr
    try:
        await runner.start()
        alice, welcome, _ = await subscribe(double)
        await alice.tap(welcome, "☰ Menu")
        await alice.wait_for_edit(welcome)
        await alice.send("/next")
        await alice.wait_for_messages(1)
        await runner.stop()
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers
    logs = capsys.readouterr().err
    assert "getUpdates" in logs and "DEBUG" in logs, "expected DEBUG logs from the whole scenario"
    assert TOKEN.split(":", 1)[1] not in logs


async def test_quiz_right_and_wrong_feedback_and_score(double: BotApiDouble, bot: Services) -> None:
    alice, welcome, _ = await subscribe(double)
    course = bot.require_course()
    first, second = course.lessons[0], course.lessons[1]

    async def read_to_quiz(lesson_message):
        current = lesson_message
        while any(b.text == "Continue ▶" for b in current.buttons):
            await alice.tap(current, "Continue ▶")
            (current,) = await alice.wait_for_messages(1)
        (quiz,) = await alice.wait_for_messages(1)
        return quiz

    quiz = await read_to_quiz(await start_course(alice, welcome))
    wrong = next(o for o in first.quiz.options if o.id != first.quiz.answer)
    query = await alice.tap(quiz, wrong.text)
    await alice.wait_for_edit(quiz)
    assert "Not quite" in quiz.text
    assert first.quiz.option(first.quiz.answer).text in quiz.text
    assert plain_explanation(first) in quiz.text
    assert (await alice.wait_for_answer(query)).text

    # The options are gone once answered, so the first answer is the one that counts.
    assert [b.text for b in quiz.buttons] == ["Next lesson ▶", "☰ Menu"]

    await alice.tap(quiz, "Next lesson ▶")
    quiz = await read_to_quiz((await alice.wait_for_messages(1))[0])
    await alice.tap(quiz, second.quiz.option(second.quiz.answer).text)
    await alice.wait_for_edit(quiz)
    assert "That's right" in quiz.text and plain_explanation(second) in quiz.text

    await alice.send("/progress")
    (progress,) = await alice.wait_for_messages(1)
    assert "Check-in questions: 1 of 2 right" in progress.text


def plain_explanation(lesson) -> str:
    from content.markup import plain_text

    return plain_text(lesson.quiz.explanation).strip().splitlines()[0]


async def test_commands_are_registered_at_startup(double: BotApiDouble, bot: Services) -> None:
    from telegram import Bot, BotCommandScopeChat

    async with Bot(TOKEN, base_url=double.base_url) as client:
        public = [c.command for c in await client.get_my_commands()]
        admin = [c.command for c in await client.get_my_commands(scope=BotCommandScopeChat(42))]
    assert public == [name for name, _ in commands(bot.require_course())]
    assert "stats" not in public and "broadcast" not in public
    assert admin[: len(public)] == public
    assert {"stats", "broadcast", "reload"} <= set(admin)
