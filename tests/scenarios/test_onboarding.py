"""Joining and leaving: typed answers to the setup questions, and only /start subscribes.

While the bot waits for a time or a place, what is typed is read as that answer (or a kind word
says what could not be read); a question still gets the course's answer, and a crisis comes
first. Someone not subscribed (a newcomer, or after /forget) is pointed to /start, and nothing
about them is stored until they send it.
"""

from __future__ import annotations

from handlers.context import Services
from settings.config import Config
from storage import subscribers
from tests.stored import rows_mentioning
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser

NOT_SUBSCRIBED = "not subscribed"


async def join(double: BotApiDouble, user_id: int) -> tuple[SimulatedUser, ChatMessage]:
    """/start; returns the person and the "what time suits you" message."""
    user = double.user(user_id, first_name="Ines", language_code="en")
    await user.send("/start")
    _welcome, ask_time = await user.wait_for_messages(2)
    assert "What time suits you" in ask_time.text
    return user, ask_time


async def say(user: SimulatedUser, text: str) -> ChatMessage:
    """Send a text and return the one reply."""
    await user.send(text)
    (reply,) = await user.wait_for_messages(1)
    return reply


async def schedule(bot: Services, chat_id: int) -> tuple[str | None, str | None]:
    subscriber = await subscribers.get_subscriber(bot.require_db(), chat_id)
    assert subscriber is not None
    return subscriber.push_time, subscriber.timezone


async def test_a_typed_time_and_place_answer_the_setup_questions(
    double: BotApiDouble, bot: Services
) -> None:
    ines, _ask_time = await join(double, 3101)
    zone_question = await say(ines, "7pm")
    assert "19:00 it is" in zone_question.text
    assert "Which time zone" in zone_question.text
    done = await say(ines, "Berlin")
    assert "All set" in done.text and "19:00" in done.text
    assert await schedule(bot, ines.id) == ("19:00", "Europe/Berlin")


async def test_time_said_in_words_is_read(double: BotApiDouble, bot: Services) -> None:
    ines, _ask_time = await join(double, 3102)
    zone_question = await say(ines, "half past seven")
    assert "07:30 it is" in zone_question.text
    assert (await schedule(bot, ines.id))[0] == "07:30"


async def test_a_place_in_another_script_after_a_time_button(
    double: BotApiDouble, bot: Services
) -> None:
    ines, ask_time = await join(double, 3103)
    await ines.tap(ask_time, "08:00")
    await ines.wait_for_edit(ask_time)
    assert "Which time zone" in ask_time.text and "type your city" in ask_time.text
    done = await say(ines, "Москва")
    assert "All set" in done.text
    assert await schedule(bot, ines.id) == ("08:00", "Europe/Moscow")


async def test_time_command_takes_a_typed_time(double: BotApiDouble, bot: Services) -> None:
    ines, ask_time = await join(double, 3104)
    await ines.tap(ask_time, "08:00")
    await ines.wait_for_edit(ask_time)
    await ines.tap(ask_time, "Berlin / Paris")
    await ines.wait_for_edit(ask_time)
    await say(ines, "/time")
    done = await say(ines, "21:30")
    assert "All set" in done.text and "21:30" in done.text
    assert await schedule(bot, ines.id) == ("21:30", "Europe/Berlin")
    # Answered: later texts are ordinary messages again.
    later = await say(ines, "22:15")
    assert "All set" not in later.text
    assert await schedule(bot, ines.id) == ("21:30", "Europe/Berlin")


async def test_time_command_takes_a_time_or_place_typed_after_it(
    double: BotApiDouble, bot: Services
) -> None:
    ines, ask_time = await join(double, 3111)
    await ines.tap(ask_time, "08:00")
    await ines.wait_for_edit(ask_time)
    await ines.tap(ask_time, "Berlin / Paris")
    await ines.wait_for_edit(ask_time)
    done = await say(ines, "/time 8pm")
    assert "All set" in done.text and "20:00" in done.text
    assert await schedule(bot, ines.id) == ("20:00", "Europe/Berlin")
    done = await say(ines, "/time Tokyo")
    assert "All set" in done.text and "Asia/Tokyo" in done.text
    assert await schedule(bot, ines.id) == ("20:00", "Asia/Tokyo")
    picker = await say(ines, "/time whenever")  # neither: the usual question, nothing changed
    assert "Pick a new time" in picker.text
    assert await schedule(bot, ines.id) == ("20:00", "Asia/Tokyo")


async def test_a_time_and_a_place_in_one_message_are_both_taken(
    double: BotApiDouble, bot: Services
) -> None:
    ines, _ask_time = await join(double, 3112)
    done = await say(ines, "7pm Tokyo")  # at the first question
    assert "All set" in done.text and "19:00" in done.text and "Asia/Tokyo" in done.text
    assert await schedule(bot, ines.id) == ("19:00", "Asia/Tokyo")
    done = await say(ines, "/time São Paulo 7:30am")  # after the command, the place first
    assert "07:30" in done.text and "America/Sao_Paulo" in done.text
    assert await schedule(bot, ines.id) == ("07:30", "America/Sao_Paulo")
    picker = await say(ines, "/time 7pm Xqzvland")  # no such place: nothing half-changed
    assert "Pick a new time" in picker.text or "couldn't" in picker.text
    assert await schedule(bot, ines.id) == ("07:30", "America/Sao_Paulo")


async def test_a_clock_read_from_the_time_now_is_asked_before_it_is_kept(
    double: BotApiDouble, bot: Services
) -> None:
    ines, ask_time = await join(double, 3113)
    await ines.tap(ask_time, "08:00")
    ask_zone = await ines.wait_for_edit(ask_time)
    assert "Which time zone" in ask_zone.text
    confirm = await say(ines, "7pm")  # the lesson time typed again, or the clock now?
    assert "right now" in confirm.text and "UTC" in confirm.text
    assert await schedule(bot, ines.id) == ("08:00", None)  # nothing kept yet
    await ines.tap(confirm, "No, let me type my city")
    await ines.wait_for_edit(confirm)
    done = await say(ines, "Lagos")
    assert "All set" in done.text and "Africa/Lagos" in done.text


async def test_nonsense_at_the_time_question_says_the_question_still_waits(
    double: BotApiDouble, bot: Services
) -> None:
    ines, _ask_time = await join(double, 3114)
    reply = await say(ines, "banana")
    assert "When would you like your daily lesson?" in reply.text
    assert (await schedule(bot, ines.id))[0] is None


async def test_what_cannot_be_read_gets_a_kind_word_and_the_question_waits(
    double: BotApiDouble, bot: Services
) -> None:
    ines, _ask_time = await join(double, 3105)
    unclear = await say(ines, "tomorrow morning")
    assert "couldn't read that as a time" in unclear.text
    assert "can't reply to messages" not in unclear.text
    assert (await schedule(bot, ines.id))[0] is None
    out_of_range = await say(ines, "25:00")
    assert "isn't a time of day" in out_of_range.text
    zone_question = await say(ines, "7.45 pm")
    assert "19:45 it is" in zone_question.text
    unclear = await say(ines, "xqzv")
    assert "couldn't tell which time zone" in unclear.text
    done = await say(ines, "UTC+5:30")
    assert "All set" in done.text
    assert done.text.count("UTC+05:30") == 1  # not "UTC+05:30 time (UTC+05:30)"
    assert await schedule(bot, ines.id) == ("19:45", "UTC+05:30")


async def test_a_question_or_a_command_is_not_taken_for_the_answer(
    double: BotApiDouble, bot: Services
) -> None:
    ines, _ask_time = await join(double, 3106)
    answer = await say(ines, "What is esketamine?")
    assert "couldn't read" not in answer.text
    assert "esketamine" in answer.text.lower()
    menu = await say(ines, "/help")
    assert "What I can do" in menu.text
    # The time question still waits for its answer.
    zone_question = await say(ines, "19:30")
    assert "19:30 it is" in zone_question.text


async def test_a_commands_word_typed_alone_is_pointed_to_it_while_a_time_is_awaited(
    double: BotApiDouble, bot: Services
) -> None:
    # "sos" or "help" typed without the slash, while the bot waits for a time or a place, is
    # not a time the bot failed to read: it is someone looking for that command.
    ines, ask_time = await join(double, 3110)
    await ines.tap(ask_time, "Other time…")
    await ines.wait_for_edit(ask_time)
    for word, command in (("sos", "/sos"), ("Help?", "/help"), ("stop", "/stop")):
        reply = await say(ines, word)
        assert "couldn't read" not in reply.text, word
        assert f"Did you mean {command}?" in reply.text, word
    zone_question = await say(ines, "19:30")  # the question still waits
    assert "19:30 it is" in zone_question.text
    reply = await say(ines, "SOS")
    assert "couldn't tell which time zone" not in reply.text
    assert "Did you mean /sos?" in reply.text


async def test_a_crisis_comes_first_while_a_time_is_awaited(
    double: BotApiDouble, bot: Services
) -> None:
    ines, _ask_time = await join(double, 3107)
    await ines.send("I want to kill myself")
    replies = await ines.wait_for_messages(1)
    assert "couldn't read" not in replies[0].text
    assert "helpline" in replies[0].text.lower()
    assert (await schedule(bot, ines.id))[0] is None


async def test_nothing_is_stored_again_after_forget_until_start(
    double: BotApiDouble, bot: Services, config: Config
) -> None:
    ines, ask_time = await join(double, 3108)
    await ines.tap(ask_time, "08:00")
    await ines.wait_for_edit(ask_time)
    await ines.tap(ask_time, "Berlin / Paris")
    await ines.wait_for_edit(ask_time)
    await ines.send("/next")
    (part1,) = await ines.wait_for_messages(1)
    assert "Continue ▶" in [b.text for b in part1.buttons]
    await ines.send("/forget")
    (ask,) = await ines.wait_for_messages(1)
    await ines.tap(ask, "Yes, delete everything")
    await ines.wait_for_edit(ask)
    assert await rows_mentioning(config, ines.id) == []

    for command in ("/progress", "/next", "/lessons", "/time", "/pause", "/resume", "/stop"):
        reply = await say(ines, command)
        assert NOT_SUBSCRIBED in reply.text and "/start" in reply.text, command
    answer = await say(ines, "What is esketamine?")  # questions are still answered
    assert "esketamine" in answer.text.lower() and NOT_SUBSCRIBED not in answer.text
    query = await ines.tap(part1, "Continue ▶")  # a stale button
    await ines.wait_for_answer(query)  # the spinner stops
    (reply,) = await ines.wait_for_messages(1)
    assert NOT_SUBSCRIBED in reply.text and "/start" in reply.text
    assert await rows_mentioning(config, ines.id) == []
    mydata = await say(ines, "/mydata")
    assert "don't have anything stored about you" in mydata.text

    double.press(ines, ask_time, "time:0800")  # a forged or stale time button
    (reply,) = await ines.wait_for_messages(1)
    assert NOT_SUBSCRIBED in reply.text
    assert await rows_mentioning(config, ines.id) == []

    await ines.send("/start")
    welcome, ask_again = await ines.wait_for_messages(2)
    assert "Hi Ines!" in welcome.text and "not medical advice" in welcome.text
    assert "What time suits you" in ask_again.text
    assert await schedule(bot, ines.id) == (None, None)


async def test_a_newcomer_opening_with_next_is_pointed_to_start(
    double: BotApiDouble, bot: Services, config: Config
) -> None:
    newcomer = double.user(3109, first_name="Ola", language_code="en")
    for command in ("/next", "/progress", "/lessons", "/time"):
        reply = await say(newcomer, command)
        assert NOT_SUBSCRIBED in reply.text and "/start" in reply.text, command
        assert "Lesson 1" not in reply.text
    assert await rows_mentioning(config, newcomer.id) == []

    await newcomer.send("/start")
    welcome, ask_time = await newcomer.wait_for_messages(2)
    assert "Hi Ola!" in welcome.text and "Welcome back" not in welcome.text
    assert "not medical advice" in welcome.text
    assert "What time suits you" in ask_time.text


async def test_the_welcome_greets_once_and_says_learning_only_once(
    double: BotApiDouble, bot: Services
) -> None:
    user = double.user(6101, first_name="Jo", language_code="en")
    await user.send("/start")
    welcome, _ask_time = await user.wait_for_messages(2)
    assert welcome.text.startswith("Hi Jo! 👋")
    assert "Hello" not in welcome.text  # "Hi Jo! 👋" then "Hello, and welcome." said it twice
    assert welcome.text.count("This course is for learning") == 1
    assert "never a guide to trying ketamine yourself" in welcome.text and "/sos" in welcome.text


async def test_time_with_what_it_cannot_take_says_why_above_the_times(
    double: BotApiDouble, bot: Services
) -> None:
    ines, ask_time = await join(double, 3131)
    await ines.tap(ask_time, "08:00")
    await ines.wait_for_edit(ask_time)
    await ines.tap(ask_time, "Berlin / Paris")
    await ines.wait_for_edit(ask_time)
    for typed, why in (
        ("/time 25", "That isn't a time of day."),
        ("/time 13pm", "With am or pm, the hour goes from 1 to 12"),
        ("/time xyzzy", "I couldn't read that as a time, like 7pm, or a place, like Madrid."),
    ):
        picker = await say(ines, typed)
        assert picker.text.startswith(why), typed
        assert "Pick a new time" in picker.text
    assert await schedule(bot, ines.id) == ("08:00", "Europe/Berlin")
