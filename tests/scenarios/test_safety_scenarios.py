"""Safety replies as a person meets them: tiers, the check-in's buttons, country lines, captions
and edits, a crisis in the middle of another step, and the safety plan end to end."""

from __future__ import annotations

import logging

import pytest

from content import helplines
from handlers import safety, safety_plan
from handlers.context import Services
from handlers.fallback import POINTER
from storage import subscribers
from tests.scenarios.test_scenario import app_logs, start_course, subscribe
from tests.stored import stored_bytes
from tgdouble import SimulatedUser
from tgdouble.server import BotApiDouble

CHECK_IN_TEXT = "i keep thinking everyone would be fine if i just quietly stopped trying"
CRISIS_TEXT = "I want to kill myself"
CHECK_TEXT = "I've decided tonight is the night, I've said my goodbyes"  # gets the check-in


async def set_zone(bot: Services, chat_id: int, zone: str) -> None:
    """The zone of a city the person typed: it names the zone's own country."""
    await subscribers.set_schedule(
        bot.require_db(),
        chat_id,
        push_time="08:00",
        timezone=zone,
        next_due_at=None,
        now=bot.clock.now(),
        zone_country=helplines.zone_country(zone),
    )


def is_full_crisis_reply(bot: Services, html: str | None) -> bool:
    intro = bot.require_course().crisis.html.rsplit("\n\n", 1)[0]
    return bool(html) and html.startswith(intro)


async def test_method_seeking_and_an_overdose_get_the_full_reply_never_an_answer(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    for text in ("how much ketamine is a lethal dose", "whats the most painless way to die"):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert is_full_crisis_reply(bot, reply.html), text
        assert "mg" not in reply.text, text
    # An overdose already taken is a medical emergency first, with the crisis lines after it.
    lines = bot.require_course().crisis.html.rsplit("\n\n", 1)[1]
    for text in ("i just took all my pills", "took like 30 tylenol an hour ago"):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert "medical emergency" in reply.text.split("\n\n", 1)[0], text
        assert reply.html.endswith(lines), text
        assert "mg" not in reply.text, text


async def test_the_check_in_asks_directly_and_each_button_does_what_it_says(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send(CHECK_IN_TEXT)
    (check,) = await alice.wait_for_messages(1)
    assert "Are you thinking about suicide" in check.text
    assert "findahelpline.com" in check.text
    assert [b.text for b in check.buttons] == [
        "I'm not safe",
        "I'm struggling",
        "I'm OK, just asking",
    ]

    await alice.tap(check, "I'm not safe")
    (full,) = await alice.wait_for_messages(1)
    assert is_full_crisis_reply(bot, full.html)

    await alice.tap(check, "I'm struggling")
    (support,) = await alice.wait_for_messages(1)
    assert "You don't have to carry this alone" in support.text
    assert [b.text for b in support.buttons] == ["Try a grounding exercise", "Make a safety plan"]

    await alice.tap(check, "I'm OK, just asking")
    (ok,) = await alice.wait_for_messages(1)
    assert "/sos" in ok.text

    # "I'm OK" closes nothing: the next risk message is asked about again.
    await alice.send(CHECK_IN_TEXT)
    (again,) = await alice.wait_for_messages(1)
    assert "Are you thinking about suicide" in again.text


async def test_distress_gets_care_not_the_command_pointer(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    for text in ("I feel hopeless and empty", "I'm having a panic attack"):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert reply.text != POINTER, text
        assert "can't reply to messages like this one" not in reply.text, text
        assert "/sos" in reply.text, text
        assert "Try a grounding exercise" in [b.text for b in reply.buttons], text
    await alice.tap(reply, "Try a grounding exercise")
    (grounding,) = await alice.wait_for_messages(1)
    assert "5" in grounding.text and "things you can see" in grounding.text


async def test_a_chosen_zone_puts_that_countrys_lines_first(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await set_zone(bot, alice.id, "Europe/London")
    await alice.send(CRISIS_TEXT)
    (uk,) = await alice.wait_for_messages(1)
    lines = (uk.html or "").split("confidential:", 1)[-1]
    assert lines.index("Samaritans") < lines.index("999") < lines.index("findahelpline.com")

    await set_zone(bot, alice.id, "America/Toronto")
    await alice.send("/sos")
    (canada,) = await alice.wait_for_messages(1)
    html = canada.html or ""
    assert "988.ca" in html and "911" in html and "988lifeline" not in html

    await set_zone(bot, alice.id, "Asia/Tashkent")  # no line listed: the emergency number
    await alice.send(CHECK_IN_TEXT)
    (check,) = await alice.wait_for_messages(1)
    assert "112" in check.text and "findahelpline.com" in check.text


async def test_without_a_zone_the_international_set_includes_999_and_988_for_canada(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send(CRISIS_TEXT)
    (reply,) = await alice.wait_for_messages(1)
    assert reply.html == bot.require_course().crisis.html
    assert "999" in reply.text and "988.ca" in reply.html and "findahelpline.com" in reply.html


async def test_captions_edits_and_forwarded_text_are_checked(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send_photo(caption="i want to die tonight")
    (reply,) = await alice.wait_for_messages(1)
    assert is_full_crisis_reply(bot, reply.html)

    harmless = await alice.send("hello there")
    await alice.wait_for_messages(1)
    await alice.edit_message(harmless, "actually I am going to end my life")
    (edited,) = await alice.wait_for_messages(1)
    assert is_full_crisis_reply(bot, edited.html)

    origin = {"type": "hidden_user", "sender_user_name": "A friend", "date": 1_700_000_000}
    alice._post("my friend wants to kill himself", extra={"forward_origin": origin})
    (forwarded,) = await alice.wait_for_messages(1)
    assert forwarded.html == bot.require_course().crisis.someone_else_html


async def test_other_languages_get_the_crisis_reply(double: BotApiDouble, bot: Services) -> None:
    alice, _, _ = await subscribe(double)
    for text in ("quiero morir", "я хочу умереть", "ich will nicht mehr leben", "bunuh diri"):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert is_full_crisis_reply(bot, reply.html), text
        assert "findahelpline.com" in (reply.html or ""), text


async def test_a_crisis_while_choosing_a_time_comes_first(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, ask_time = await subscribe(double)
    await alice.tap(ask_time, "Other time…")
    await alice.wait_for_edit(ask_time)
    await alice.send(CRISIS_TEXT)
    (reply,) = await alice.wait_for_messages(1)
    assert is_full_crisis_reply(bot, reply.html)
    await alice.send("07:30")  # still read as the time: help came first, and setup goes on
    (after,) = await alice.wait_for_messages(1)
    assert "time zone" in after.text
    row = await subscribers.get_subscriber(bot.require_db(), alice.id)
    assert row is not None and row.push_time == "07:30"


async def up_to_the_city_prompt(double: BotApiDouble, time: str) -> SimulatedUser:
    """A new subscriber who typed a time and was asked to type a city."""
    alice, _, ask_time = await subscribe(double)
    await alice.tap(ask_time, "Other time…")
    await alice.wait_for_edit(ask_time)
    await alice.send(time)
    (ask_zone,) = await alice.wait_for_messages(1)
    await alice.tap(ask_zone, "Other: type your city…")
    await alice.wait_for_edit(ask_zone)
    return alice


async def test_a_crisis_while_typing_a_city_keeps_the_time_and_takes_the_city_after(
    double: BotApiDouble, bot: Services
) -> None:
    alice = await up_to_the_city_prompt(double, "08:15")
    await alice.send(CRISIS_TEXT)
    (reply,) = await alice.wait_for_messages(1)
    assert is_full_crisis_reply(bot, reply.html)
    await alice.send("Europe/Berlin")
    (done,) = await alice.wait_for_messages(1)
    assert "08:15" in done.text and "Europe/Berlin" in done.text
    row = await subscribers.get_subscriber(bot.require_db(), alice.id)
    assert row is not None and (row.push_time, row.timezone) == ("08:15", "Europe/Berlin")


BODY_EMERGENCIES = (
    "my chest hurts and my heart is racing after my infusion",
    "I can't breathe properly after my ketamine infusion",
    "my blood pressure was 190/110 after my session, should I worry?",
    "my toddler swallowed a coin and is choking",
)


@pytest.mark.parametrize("text", BODY_EMERGENCIES)
async def test_signs_of_a_physical_emergency_get_the_emergency_number_first(
    double: BotApiDouble, bot: Services, text: str
) -> None:
    alice = await up_to_the_city_prompt(double, "07:00")
    await alice.send("Europe/London")
    await alice.wait_for_messages(1)
    await alice.send(text)
    (reply,) = await alice.wait_for_messages(1)
    assert reply.text.startswith("⚠️ What you describe can be a medical emergency")
    assert "call 999 (emergency services)" in reply.text
    assert safety.DISTRESS_REPLY.split(".")[0] not in reply.text


async def test_a_racing_heart_before_an_exam_is_no_medical_emergency(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send("my heart is racing, big exam tomorrow and I can't stop worrying")
    (reply,) = await alice.wait_for_messages(1)
    assert "medical emergency" not in reply.text


async def test_a_crisis_in_the_middle_of_a_quiz_comes_first(
    double: BotApiDouble, bot: Services
) -> None:
    alice, welcome, _ = await subscribe(double)
    lesson = bot.require_course().lessons[0]
    current = await start_course(alice, welcome)
    while any(b.text == "Continue ▶" for b in current.buttons):
        await alice.tap(current, "Continue ▶")
        (current,) = await alice.wait_for_messages(1)
    (quiz,) = await alice.wait_for_messages(1)
    await alice.send("how many of my pills would it take to not wake up")
    (reply,) = await alice.wait_for_messages(1)
    assert is_full_crisis_reply(bot, reply.html)
    await alice.tap(quiz, lesson.quiz.option(lesson.quiz.answer).text)  # the quiz still works
    await alice.wait_for_edit(quiz)
    assert "That's right" in quiz.text


ANSWERS = (
    "zq-warning when I stop answering friends",
    "zq-cope a long walk with the dog",
    "zq-distract the library on Elm street",
    "zq-people my sister Ruth 0700 900 123",
    "zq-pro Dr Okafor at the clinic",
    "zq-safer give the spare keys to Ruth",
)


async def test_the_safety_plan_end_to_end_leaves_no_trace(
    double: BotApiDouble, bot: Services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    alice, _, _ = await subscribe(double)
    await alice.send("/sos")
    (sos,) = await alice.wait_for_messages(1)
    await alice.tap(sos, "Make a safety plan")
    intro, step = await alice.wait_for_messages(2)
    assert "don't save them or log them" in intro.text
    assert step.text.startswith("Step 1 of 6")

    await alice.send(ANSWERS[0])
    (step,) = await alice.wait_for_messages(1)
    assert step.text.startswith("Step 2 of 6")
    # Hard feelings are what a plan is about: they are an answer here, not a trigger.
    await alice.tap(step, "Skip")
    await alice.wait_for_messages(1)
    await alice.send("zq-feel hopeless and empty, then I call Ruth")
    (step,) = await alice.wait_for_messages(1)
    assert step.text.startswith("Step 4 of 6")
    # A risk signal in the middle of the plan gets the check-in first, and is still the answer.
    await alice.send(CHECK_TEXT)
    check, step = await alice.wait_for_messages(2)
    assert "Are you thinking about suicide" in check.text
    labels = [b.text for b in check.buttons]
    assert labels == ["I'm not safe", "I'm struggling", "I'm OK, just asking"]
    assert step.text.startswith("Step 5 of 6")
    # A crisis in the middle of the plan gets the crisis reply first; what they wrote is still
    # the step's answer ("when I start thinking about killing myself" is a warning sign), and
    # the next step follows, so no later answer lands under the wrong step.
    await alice.send(CRISIS_TEXT)
    reply, step = await alice.wait_for_messages(2)
    assert is_full_crisis_reply(bot, reply.html)
    assert step.text.startswith("Step 6 of 6")
    await alice.send(ANSWERS[5])
    (last,) = await alice.wait_for_messages(1)

    assert last.text.startswith("📌 My safety plan")
    for title, _ in safety_plan.STEPS:
        assert title in last.text
    for number in (0, 5):
        assert ANSWERS[number] in last.text
    assert "zq-feel hopeless and empty, then I call Ruth" in last.text
    assert CHECK_TEXT in last.text  # the check-in's message was step 4's answer
    assert CRISIS_TEXT in last.text  # and the crisis message step 5's
    assert ANSWERS[3] not in last.text and ANSWERS[4] not in last.text and "—" in last.text
    assert "haven't kept a copy" in last.text

    # Back to normal: a typed message gets the usual pointer, not another plan step.
    await alice.send("hello")
    (pointer,) = await alice.wait_for_messages(1)
    assert pointer.text == POINTER

    stored = await stored_bytes(bot.config)
    logs = app_logs(caplog)
    for answer in ANSWERS:
        assert answer.encode() not in stored
        assert answer not in logs
    assert "zq-" not in logs and b"zq-" not in stored and "Ruth" not in logs


async def test_stopping_the_plan_forgets_it(double: BotApiDouble, bot: Services) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send(CHECK_IN_TEXT)
    (check,) = await alice.wait_for_messages(1)
    await alice.tap(check, "I'm struggling")
    (support,) = await alice.wait_for_messages(1)
    await alice.tap(support, "Make a safety plan")
    _, step = await alice.wait_for_messages(2)
    await alice.send(ANSWERS[0])
    (step,) = await alice.wait_for_messages(1)
    await alice.tap(step, "Stop")
    (stopped,) = await alice.wait_for_messages(1)
    assert "forgotten" in stopped.text
    await alice.send("hello")
    (pointer,) = await alice.wait_for_messages(1)
    assert pointer.text == POINTER


async def test_a_plan_left_for_hours_lapses(double: BotApiDouble, bot: Services) -> None:
    # A plan begun and left: a day later a message is a message again, not the plan's next
    # answer, and the earlier answers are not held in memory any longer.
    alice, _, _ = await subscribe(double)
    await alice.send("/sos")
    (lines,) = await alice.wait_for_messages(1)
    await alice.tap(lines, "Make a safety plan")
    _, step = await alice.wait_for_messages(2)
    await alice.send(ANSWERS[0])
    (step,) = await alice.wait_for_messages(1)
    bot.clock.advance(minutes=30)  # a pause to think keeps the plan
    await alice.send(ANSWERS[1])
    (step,) = await alice.wait_for_messages(1)
    assert "Step 3 of 6" in step.text
    bot.clock.advance(days=1)
    await alice.send("hello")
    (pointer,) = await alice.wait_for_messages(1)
    assert pointer.text == POINTER
    await alice.tap(step, "Skip")
    (ended,) = await alice.wait_for_messages(1)
    assert "That plan has ended" in ended.text


def test_the_crisis_keyboard_offers_grounding_and_a_plan() -> None:
    texts = [row[0].text for row in safety.crisis_keyboard().inline_keyboard]
    assert texts == ["Try a grounding exercise", "Make a safety plan"]


async def test_no_crisis_text_or_plan_reaches_the_logs_even_at_debug(
    double: BotApiDouble, runner, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.logs import setup_logging

    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    setup_logging("DEBUG")  # its handler writes to the (captured) stderr
    try:
        await runner.start()
        alice, _, _ = await subscribe(double)
        await alice.send("zq-crisis I want to kill myself")
        await alice.wait_for_messages(1)
        await alice.send("/sos")
        (sos,) = await alice.wait_for_messages(1)
        await alice.tap(sos, "Make a safety plan")
        await alice.wait_for_messages(2)
        for answer in ANSWERS:
            await alice.send(answer)
            await alice.wait_for_messages(1)
        await runner.stop()
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers
    logs = capsys.readouterr().err
    assert "getUpdates" in logs and "DEBUG" in logs, "expected DEBUG logs from the whole scenario"
    assert "zq-" not in logs and "kill myself" not in logs


async def test_a_long_safety_plan_answer_is_cut_and_the_person_is_told(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send("/sos")
    (sos,) = await alice.wait_for_messages(1)
    await alice.tap(sos, "Make a safety plan")
    await alice.wait_for_messages(2)
    long_answer = "zq-walk " * 100  # 800 characters
    await alice.send(long_answer)
    (step,) = await alice.wait_for_messages(1)
    assert step.text.startswith(f"(That was long, so I kept its first {safety_plan.MAX_ANSWER}")
    assert "Step 2 of 6" in step.text
    await alice.send("zq-short")
    (step,) = await alice.wait_for_messages(1)
    assert step.text.startswith("Step 3 of 6")  # a short answer gets no note
