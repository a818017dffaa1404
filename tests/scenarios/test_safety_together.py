"""Safety replies that must not be lost: messages arriving together, an overdose already taken,
groups, and captions and edits read like new messages."""

from __future__ import annotations

import pytest
from telegram.ext import Application

from handlers import safety
from handlers.context import Services
from handlers.fallback import POINTER
from handlers.flood import NOTICE
from tests.conftest import BotRunner
from tests.scenarios.test_hardening import assert_no_errors, services_of, settle
from tests.scenarios.test_safety_scenarios import is_full_crisis_reply, set_zone
from tests.scenarios.test_scenario import subscribe
from tgdouble import ChatMessage, SimulatedUser
from tgdouble.server import BotApiDouble

OVERDOSES = (
    "I took too much ketamine and my heart is racing",
    "I just swallowed a whole bottle of sleeping pills",
    "I took all my pills",
    "tomé todas mis pastillas",  # in another language too
    "just necked a load of diazepam with the whiskey, not sure how many",  # told by the deed
    "took maybe 50 ibuprofen, stomach is agony and im throwing up",  # counted, the body answering
    "did 2 bags and my methadone, lips look blue",  # in street words
)
EMERGENCY_FIRST = "This is a medical emergency"


def is_overdose_reply(message: ChatMessage) -> bool:
    """The medical emergency first: an emergency department now, even feeling fine."""
    head = message.text.split("\n\n", 1)[0]
    return EMERGENCY_FIRST in head and "even if you feel fine" in head


async def while_stopped(
    runner: BotRunner, double: BotApiDouble, user: SimulatedUser, said: list[str]
) -> list[ChatMessage]:
    """Send messages while the bot is down; they arrive together when it starts again."""
    await runner.stop()
    for text in said:
        await user.send(text)
    await runner.start()
    await settle(double, runner.applications[-1])
    return user.read()


@pytest.mark.parametrize(
    ("first", "milder"),
    [
        ("I feel hopeless and empty", safety.DISTRESS_REPLY),
        ("I'm not sure I want to be here anymore", "Are you thinking about suicide"),
        ("my friend says she wants to end it all", "Thank you for looking out for them"),
    ],
)
async def test_a_graver_message_after_a_milder_one_gets_its_own_reply(
    double: BotApiDouble, runner: BotRunner, first: str, milder: str
) -> None:
    services = await runner.start()
    alice, _, _ = await subscribe(double)
    await set_zone(services, alice.id, "America/New_York")

    graver = (
        "actually it's me. I want to kill myself" if "friend" in first else "I took all my pills"
    )
    replies = await while_stopped(runner, double, alice, [first, graver])

    assert len(replies) == 2, alice.transcript()
    assert milder in replies[0].text
    if "friend" in first:
        assert is_full_crisis_reply(services, replies[1].html)
    else:
        assert is_overdose_reply(replies[1]), replies[1].text


async def test_a_burst_never_swallows_a_crisis_or_an_overdose(
    double: BotApiDouble, runner: BotRunner, caplog: pytest.LogCaptureFixture
) -> None:
    services = await runner.start()
    alice, _, _ = await subscribe(double)
    burst = ["hey", "are you there", "please answer", "i need help", "i cant do this"]
    burst += ["nobody listens", "why", "hello??", "please", "anyone"]
    replies = await while_stopped(
        runner, double, alice, [*burst, "I want to kill myself", "I took all my pills"]
    )

    assert NOTICE in [reply.text for reply in replies], alice.transcript()
    assert sum(is_full_crisis_reply(services, reply.html) for reply in replies) == 1
    assert sum(is_overdose_reply(reply) for reply in replies) == 1, alice.transcript()
    # Repeats of the same message are condensed into the one reply already on its way.
    replies = await while_stopped(runner, double, alice, ["I took all my pills"] * 4)
    assert len(replies) == 1 and is_overdose_reply(replies[0]), alice.transcript()
    await assert_no_errors(services_of(runner.applications[-1]), caplog)


async def reply_in_chicago(double: BotApiDouble, bot: Services, text: str) -> ChatMessage:
    """The one reply a new subscriber in Chicago gets to ``text``."""
    alice, _, _ = await subscribe(double)
    await set_zone(bot, alice.id, "America/Chicago")
    await alice.send(text)
    (reply,) = await alice.wait_for_messages(1)
    return reply


def assert_us_emergency_poison_then_lifeline(reply: ChatMessage) -> None:
    emergency, poison, lifeline = (reply.text.index(s) for s in ("911", "1-800-222-1222", "988"))
    assert emergency < poison < lifeline


@pytest.mark.parametrize("text", OVERDOSES)
async def test_an_overdose_taken_is_a_medical_emergency_first(
    double: BotApiDouble, bot: Services, text: str
) -> None:
    reply = await reply_in_chicago(double, bot, text)

    assert is_overdose_reply(reply), reply.text
    assert_us_emergency_poison_then_lifeline(reply)
    assert "grounding" not in " ".join(b.text for b in reply.buttons).lower()
    assert "mg" not in reply.text


THEIR_OVERDOSES = (
    "my toddler got into the paracetamol, he ate maybe 10",
    "my friend just took a whole bottle of pills",
    "my son drank bleach",
)


@pytest.mark.parametrize("text", THEIR_OVERDOSES)
async def test_someone_elses_overdose_is_a_medical_emergency_first_for_the_helper(
    double: BotApiDouble, bot: Services, text: str
) -> None:
    reply = await reply_in_chicago(double, bot, text)

    head = reply.text.split("\n\n", 1)[0]
    assert EMERGENCY_FIRST in head and "even if they seem fine" in head, reply.text
    assert_us_emergency_poison_then_lifeline(reply)
    # words for a helper: nothing about "you took", no question about suicide to a poisoned child
    assert "what you took" not in reply.text and "thinking about suicide" not in reply.text
    buttons = [b.text for b in reply.buttons]
    assert buttons and not [b for b in buttons if "plan" in b.lower()], buttons


async def test_an_overdose_names_the_persons_own_emergency_number(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send("I took all my pills")
    (unknown,) = await alice.wait_for_messages(1)
    assert is_overdose_reply(unknown) and "your local emergency number" in unknown.text

    await set_zone(bot, alice.id, "Europe/Berlin")
    await alice.send("I took all my pills")
    (berlin,) = await alice.wait_for_messages(1)
    head = berlin.text.split("\n\n", 1)[0]
    assert is_overdose_reply(berlin) and "112" in head and "911" not in head
    assert "TelefonSeelsorge" in berlin.text and "Poison" not in berlin.text


async def test_in_a_group_a_crisis_and_sos_get_the_lines_and_a_private_chat(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    alice = double.user(1001, "Alice")
    await double.send_group_message(-100600, alice, "hello all")
    await double.send_group_message(-100600, alice, "I took all my pills")
    await double.send_group_message(-100600, alice, "/sos")
    await double.send_group_message(-100600, alice, "I want to kill myself")
    await double.send_group_message(-100600, alice, "/next")
    await settle(double, app)
    group = double.chat(-100600)

    told, overdose, sos, crisis = group.bot_messages
    assert "private chats" in told.text
    assert is_overdose_reply(overdose) and "your local emergency number" in overdose.text
    for reply in (sos, crisis):
        assert "988" in reply.text and "findahelpline.com" in reply.html, reply.text
        assert len(reply.text) < 1200
    for reply in (overdose, sos, crisis):
        assert [b.url for b in reply.buttons] == ["https://t.me/course_test_bot"]
    assert alice.messages == []
    await assert_no_errors(services_of(app), caplog)


async def test_a_caption_and_an_edit_are_read_like_a_new_message(
    double: BotApiDouble, app: Application
) -> None:
    alice, _, _ = await subscribe(double)
    await alice.send_photo(caption="what is esketamine?")
    (caption,) = await alice.wait_for_messages(1)
    assert caption.text != POINTER and "esketamine" in caption.text.lower()

    asked = await alice.send("what is ketamine")
    (first,) = await alice.wait_for_messages(1)
    await alice.edit_message(asked, "is ketamine addictive?")
    (edited,) = await alice.wait_for_messages(1)
    assert edited.text not in (POINTER, first.text)

    await alice.edit_message(asked, "is ketamine addictive")  # the same question: answered above
    await settle(double, app)
    assert alice.read() == []

    await alice.edit_message(asked, "I took all my pills")
    (emergency,) = await alice.wait_for_messages(1)
    assert is_overdose_reply(emergency)
    await alice.edit_message(asked, "I took all my pills!!")  # nothing new: the reply is there
    await settle(double, app)
    assert alice.read() == []

    command = await alice.send("/pause")
    await alice.wait_for_messages(1)
    await alice.edit_message(command, "/resume")  # an edited command is never run
    (pointer,) = await alice.wait_for_messages(1)
    assert pointer.text == POINTER
