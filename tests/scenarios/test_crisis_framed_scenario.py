"""Kinds told by their frame, as a person meets the replies: a method asked by its timing or its
certainty gets the full reply, an overdose typed through it or taken twice by mistake the
medical emergency first, a child who got into the pills the medical emergency told to the
helper, and their
everyday lookalikes no safety reply at all."""

from __future__ import annotations

from handlers.context import Services
from tests.scenarios.test_safety_scenarios import is_full_crisis_reply
from tests.scenarios.test_scenario import subscribe
from tgdouble.server import BotApiDouble


async def test_kinds_told_by_their_frame_get_the_reply_they_need(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    for text in (
        "what time of night would nobody find me before it was too late",
        "Si on mélange alcool et somnifères, est-ce qu'on meurt à coup sûr ?",
    ):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert is_full_crisis_reply(bot, reply.html), text
    for text in (
        "i tok al my slepin pils",
        "took my heart pills twice this morning by mistake and now i'm dizzy and confused",
    ):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert "medical emergency" in reply.text.split("\n\n", 1)[0], text
    await alice.send("my toddler got into the medicine cabinet and ate some tablets")
    (helpers,) = await alice.wait_for_messages(1)
    head = helpers.text.split("\n\n", 1)[0]
    assert "medical emergency" in head and "even if they seem fine" in head, helpers.text


async def test_their_everyday_lookalikes_get_no_safety_reply(
    double: BotApiDouble, bot: Services
) -> None:
    alice, _, _ = await subscribe(double)
    for text in (
        "i took my heart pills this morning as usual",
        "the rifle is loaded and ready for deer season opening tomorrow",
        "counting down 3 days until our holiday!!",
    ):
        await alice.send(text)
        (reply,) = await alice.wait_for_messages(1)
        assert "findahelpline.com" not in reply.text, text
        assert "Are you thinking about suicide" not in reply.text, text
        assert "medical emergency" not in reply.text, text
