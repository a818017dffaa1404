"""Thanks, "ok", goodbye and a bare hour, typed as people do: a warm word and the way on, the
question the bot is waiting on still open, and a bare "3" taken with 15:00 one tap away."""

from __future__ import annotations

import pytest

from handlers.context import Services
from handlers.fallback import POINTER
from storage import subscribers
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser
from views.smalltalk import SmallTalk, read


async def newcomer(double: BotApiDouble, user_id: int) -> tuple[SimulatedUser, ChatMessage]:
    """/start: the welcome, and the time question left open."""
    user = double.user(user_id, first_name="Robin", language_code="en")
    await user.send("/start")
    _welcome, ask_time = await user.wait_for_messages(2)
    return user, ask_time


async def scheduled(double: BotApiDouble, user_id: int) -> SimulatedUser:
    """/start, 08:00, Berlin: all set, no lesson read yet."""
    user, ask = await newcomer(double, user_id)
    await user.tap(ask, "08:00")
    await user.wait_for_edit(ask)
    await user.tap(ask, "Berlin / Paris")
    done = await user.wait_for_edit(ask)
    assert "All set" in done.text
    return user


async def said(user: SimulatedUser, text: str) -> ChatMessage:
    await user.send(text)
    (reply,) = await user.wait_for_messages(1)
    return reply


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thanks", SmallTalk.THANKS),
        ("Thank you so much!", SmallTalk.THANKS),
        ("ok thanks", SmallTalk.THANKS),
        ("got it, thanks for the lesson", SmallTalk.THANKS),
        ("🙏", SmallTalk.THANKS),
        ("Merci beaucoup", SmallTalk.THANKS),
        ("muchas gracias!", SmallTalk.THANKS),
        ("Спасибо", SmallTalk.THANKS),
        ("OK.", SmallTalk.OKAY),
        ("okay cool", SmallTalk.OKAY),
        ("👍", SmallTalk.OKAY),
        ("bye for now!", SmallTalk.GOODBYE),
        ("good night", SmallTalk.GOODBYE),
        ("I am not ok", None),
        ("ok I want to die", None),
        ("goodbye forever", None),
        ("thanks but how does it work", None),
        ("hello", None),
        ("so", None),
    ],
)
def test_only_a_message_made_of_thanks_ok_or_goodbye_is_small_talk(
    text: str, kind: SmallTalk | None
) -> None:
    assert read(text) == kind


async def test_thanks_at_the_time_question_is_welcomed_and_the_question_stays_open(
    double: BotApiDouble, bot: Services
) -> None:
    robin, _ask = await newcomer(double, 4101)
    reply = await said(robin, "thanks!")
    assert reply.text.startswith("You're welcome!")
    assert "When would you like your daily lesson?" in reply.text
    assert "can't reply" not in reply.text
    saved = await said(robin, "7:30")  # the question above still takes a typed time
    assert "07:30" in saved.text


async def test_ok_after_other_time_is_not_called_an_unreadable_time(
    double: BotApiDouble, bot: Services
) -> None:
    robin, ask = await newcomer(double, 4102)
    await robin.tap(ask, "Other time…")
    await robin.wait_for_edit(ask)
    reply = await said(robin, "ok")
    assert reply.text.startswith("👍") and "couldn't read" not in reply.text
    assert "When would you like your daily lesson?" in reply.text


async def test_ok_partway_through_the_course_offers_the_way_on(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4103)
    reply = await said(robin, "okay")
    assert reply.text.startswith("👍") and "Lesson 1 is ready" in reply.text
    assert [b.text for b in reply.buttons] == ["Start lesson 1 now ▶", "☰ Menu"]
    await robin.tap(reply, "Start lesson 1 now ▶")
    (lesson,) = await robin.wait_for_messages(1)
    assert lesson.text.startswith("Lesson 1 of")
    reply = await said(robin, "thank you")
    assert reply.text.startswith("You're welcome!")
    assert [b.text for b in reply.buttons] == ["Continue the course ▶", "☰ Menu"]


async def test_goodbye_says_when_the_next_lesson_comes_and_where_help_is(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4104)
    reply = await said(robin, "bye!")
    assert reply.text.startswith("Take care! 👋 Your next lesson arrives")
    assert "08:00" in reply.text and "/sos" in reply.text


async def test_thanks_before_start_points_to_start_and_stores_nothing(
    double: BotApiDouble, bot: Services
) -> None:
    stranger = double.user(4105, first_name="Kit")
    reply = await said(stranger, "thanks")
    assert reply.text.startswith("You're welcome!") and "/start" in reply.text
    assert await subscribers.get_subscriber(bot.require_db(), stranger.id) is None


async def test_hello_gets_the_pointer_and_it_opens_with_a_greeting(
    double: BotApiDouble, bot: Services
) -> None:
    robin, _ask = await newcomer(double, 4106)
    reply = await said(robin, "hello")
    assert reply.text.startswith("Hi there! 👋")
    # The time question is still open: the pointer says so, so the question is not lost.
    waiting = "When would you like your daily lesson? Tap a time above, or type one like 7pm."
    assert reply.text == f"{POINTER}\n\n{waiting}"


@pytest.mark.parametrize(
    ("typed", "night", "day", "note"),
    [("3", "03:00", "15:00", "at night"), ("0", "00:00", "12:00", "midnight")],
)
async def test_a_bare_small_hour_offers_the_afternoon_one_tap_away(
    double: BotApiDouble, bot: Services, typed: str, night: str, day: str, note: str
) -> None:
    robin, _ask = await newcomer(double, 4107)
    zone_question = await said(robin, typed)
    assert f"{night} it is." in zone_question.text and f"{night} is {note}" in zone_question.text
    assert f"Did you mean {day}?" in zone_question.text
    assert zone_question.buttons[-1].text == f"Make it {day} instead"
    await robin.tap(zone_question, f"Make it {day} instead")
    await robin.wait_for_edit(zone_question)
    assert f"{day} it is." in zone_question.text and "Make it" not in zone_question.text
    row = await subscribers.get_subscriber(bot.require_db(), robin.id)
    assert row is not None and row.push_time == day


async def test_time_with_a_bare_small_hour_offers_the_afternoon_too(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4108)
    done = await said(robin, "/time 5")
    assert "All set: your daily lesson comes at 05:00" in done.text
    assert "05:00 is early morning. Did you mean 17:00?" in done.text
    assert done.buttons[0].text == "Make it 17:00 instead"
    await robin.tap(done, "Make it 17:00 instead")
    await robin.wait_for_edit(done)
    assert "All set: your daily lesson comes at 17:00" in done.text
    assert "Make it" not in " ".join(b.text for b in done.buttons)
    row = await subscribers.get_subscriber(bot.require_db(), robin.id)
    assert row is not None and row.push_time == "17:00"


async def test_a_bare_hour_from_seven_on_is_taken_without_a_note(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4109)
    done = await said(robin, "/time 7")
    assert "All set: your daily lesson comes at 07:00" in done.text
    assert "Did you mean" not in done.text


CHECK_IN_TEXT = "i keep thinking everyone would be fine if i just quietly stopped trying"


async def checked_in(double: BotApiDouble, user_id: int) -> SimulatedUser:
    """Someone set up, whose message got the check-in question."""
    user = await scheduled(double, user_id)
    check = await said(user, CHECK_IN_TEXT)
    assert "Are you thinking about suicide" in check.text
    return user


@pytest.mark.parametrize(
    "answer",
    [
        "yes",
        "Yeah.",
        "maybe",
        "idk",
        "I don't know",
        "yes 😔",
        "yes, sometimes",
        "kinda",
        "all the time",
        "I think so",
        "Yes I have been",
    ],
)
async def test_yes_typed_under_the_check_in_gets_the_crisis_reply(
    double: BotApiDouble, bot: Services, answer: str
) -> None:
    robin = await checked_in(double, 4201)
    reply = await said(robin, answer)
    assert reply.html == bot.require_course().crisis.html  # as "I'm not safe" gives
    assert not reply.text.startswith("👍") and reply.text != POINTER


async def test_thanks_or_ok_after_the_check_in_gets_no_lesson_and_no_cheer(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await checked_in(double, 4202)
    for text in ("ok", "thanks"):
        reply = await said(robin, text)
        assert "/sos" in reply.text and "Lesson 1" not in reply.text and "👍" not in reply.text
        assert "Start lesson 1 now ▶" not in [b.text for b in reply.buttons]
        assert "Make a safety plan" in [b.text for b in reply.buttons]


async def test_yes_with_no_check_in_asked_is_not_taken_for_an_answer(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4203)
    reply = await said(robin, "yes")
    assert reply.text == POINTER  # as before: small talk never acknowledges a bare "yes"


@pytest.mark.parametrize("answer", ["no", "Nope.", "no, I'm fine", "just asking", "no i'm not"])
async def test_no_typed_under_the_check_in_gets_what_im_ok_gets_and_a_later_yes_still_counts(
    double: BotApiDouble, bot: Services, answer: str
) -> None:
    robin = await checked_in(double, 4204)
    reply = await said(robin, answer)
    assert reply.text.startswith("Thank you for letting me know.") and "/sos" in reply.text
    assert reply.text != POINTER
    again = await said(robin, "yes")  # one "no" closes nothing
    assert again.html == bot.require_course().crisis.html


async def test_no_with_no_check_in_asked_is_not_taken_for_an_answer(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4205)
    reply = await said(robin, "no")
    assert not reply.text.startswith("Thank you for letting me know.")


async def test_not_really_under_the_check_in_gets_the_support_of_im_struggling(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await checked_in(double, 4206)
    reply = await said(robin, "not really")
    assert reply.text.startswith("Thank you for telling me. I'm glad you did.")
    assert "/sos" in reply.text and reply.text != POINTER


@pytest.mark.parametrize(("answer", "user_id"), [("yes", 4207), ("no", 4209)])
async def test_a_check_in_answered_while_the_zone_question_is_open_is_not_read_as_a_zone(
    double: BotApiDouble, bot: Services, answer: str, user_id: int
) -> None:
    robin, ask = await newcomer(double, user_id)
    await robin.tap(ask, "08:00")
    await robin.wait_for_edit(ask)  # the zone question is open now
    check = await said(robin, CHECK_IN_TEXT)
    assert "Are you thinking about suicide" in check.text
    reply = await said(robin, answer)
    if answer == "yes":
        assert reply.html == bot.require_course().crisis.html
    else:
        assert reply.text.startswith("Thank you for letting me know.")
    assert "time zone" not in reply.text


async def test_yes_after_a_check_in_that_came_with_the_body_warning_gets_the_crisis_reply(
    double: BotApiDouble, bot: Services
) -> None:
    robin = await scheduled(double, 4208)
    await robin.send(f"chest pain. {CHECK_IN_TEXT}")
    replies = await robin.wait_for_messages(2)
    assert any("Are you thinking about suicide" in r.text for r in replies)
    reply = await said(robin, "yes")
    assert reply.html == bot.require_course().crisis.html


@pytest.mark.parametrize(
    ("text", "user_id"), [("i'm not ok", 4210), ("no one cares about me", 4211)]
)
async def test_a_message_of_its_own_after_the_check_in_is_not_taken_for_a_no(
    double: BotApiDouble, bot: Services, text: str, user_id: int
) -> None:
    robin = await checked_in(double, user_id)
    reply = await said(robin, text)
    assert not reply.text.startswith("Thank you for letting me know.")  # the "I'm OK" reply
    assert "/sos" in reply.text or "Are you thinking about suicide" in reply.text
