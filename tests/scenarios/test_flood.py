"""Flood control, as a person flooding the bot and everyone else would notice it."""

from __future__ import annotations

import pytest
from telegram.ext import Application

from handlers.fallback import POINTER
from handlers.flood import FLOOD_KEY, NOTICE, FloodControl
from storage import counts
from tests.scenarios.test_hardening import (
    CRISIS_TEXT,
    ManualTime,
    assert_no_errors,
    frozen_flood_control,
    services_of,
    settle,
    subscribe,
    texts,
)
from tests.stored import counted
from tgdouble import ChatMessage
from tgdouble.server import BotApiDouble

# -- flood control ------------------------------------------------------------------------------


async def test_a_flood_gets_one_notice_and_never_slows_anyone_else(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    now = frozen_flood_control(services)
    double.latency = 0.01  # every request takes a moment, as over a real network
    ann, ben = double.user(3001, "Ann"), double.user(3002, "Ben")

    for number in range(100):
        await ann.send(f"message {number}")
    await ben.send("/menu")
    (menu,) = await ben.wait_for_messages(1)
    assert "Pick a topic" in menu.text
    await settle(double, app)

    # The first update plus eight that got ahead of the bot are answered; then one notice.
    assert texts(ann.read()) == [POINTER] * 9 + [NOTICE]
    assert await counted(services.require_db(), counts.FLOOD_NOTICES) == 1
    order = [(d.chat_id, d.text) for d in double.deliveries]
    assert order.index((ben.id, menu.text)) < order.index((ann.id, NOTICE)), order

    now.advance(6)  # the window has emptied: Ann is heard again, without another notice
    await ann.send("sorry, are you there?")
    (reply,) = await ann.wait_for_messages(1)
    assert reply.text == POINTER
    assert await counted(services.require_db(), counts.FLOOD_NOTICES) == 1
    await assert_no_errors(services, caplog)


async def test_a_quick_conversation_is_not_a_flood(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    """Someone who waits for each reply is never paused, however fast they are."""
    services = services_of(app)
    frozen_flood_control(services)
    ann = double.user(3001, "Ann")
    for number in range(30):
        await ann.send(f"message {number}")
        (reply,) = await ann.wait_for_messages(1)
        assert reply.text == POINTER
    assert await counted(services.require_db(), counts.FLOOD_NOTICES) == 0
    await assert_no_errors(services, caplog)


async def test_a_flood_of_crisis_messages_gets_the_crisis_reply_once(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    frozen_flood_control(services)
    crisis_html = services.require_course().crisis.html
    cat = double.user(3003, "Cat")

    for _ in range(100):
        await cat.send(CRISIS_TEXT)
    await settle(double, app)

    replies = cat.read()
    assert len(replies) == 2, cat.transcript()
    assert replies[0].html == crisis_html
    assert replies[1].text == NOTICE
    assert await counted(services.require_db(), counts.CRISIS_REPLIES) == 1
    await assert_no_errors(services, caplog)


async def test_a_crisis_message_is_never_lost_in_a_flood(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    now = frozen_flood_control(services)
    crisis_html = services.require_course().crisis.html
    ann = double.user(3001, "Ann")

    async def burst(text: str, count: int) -> list[ChatMessage]:
        for _ in range(count):
            await ann.send(text)
        await settle(double, app)
        return ann.read()

    assert texts(await burst("hello", 20)) == [POINTER] * 9 + [NOTICE]
    # Still flooding, yet the crisis message gets through.
    (crisis,) = await burst(CRISIS_TEXT, 1)
    assert crisis.html == crisis_html
    # A burst of crisis messages right after: the resources are already on their screen.
    assert await burst(CRISIS_TEXT, 30) == []
    now.advance(4)
    assert await burst("hello", 10) == []  # keeps the window full
    now.advance(2)
    (again,) = await burst(CRISIS_TEXT, 1)  # still flooding, but the cooldown is over
    assert again.html == crisis_html
    assert await counted(services.require_db(), counts.CRISIS_REPLIES) == 2
    assert await counted(services.require_db(), counts.FLOOD_NOTICES) == 1

    now.advance(30)  # calm again: every crisis message, even a repeat, gets the resources
    for _ in range(2):
        await ann.send(CRISIS_TEXT)
        (reply,) = await ann.wait_for_messages(1)
        assert reply.html == crisis_html
    assert await counted(services.require_db(), counts.CRISIS_REPLIES) == 4
    await assert_no_errors(services, caplog)


async def test_a_flood_of_taps_gets_one_notice(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, welcome = await subscribe(double)
    frozen_flood_control(services)

    for _ in range(40):
        double.press(alice, welcome, "menu")
    await settle(double, app)

    assert texts(alice.read()) == [NOTICE]
    assert "Pick a topic" in welcome.text  # the first tap did its job
    assert await counted(services.require_db(), counts.FLOOD_NOTICES) == 1
    # Nine taps handled, the tenth answered with the notice, the rest dropped unanswered.
    assert services.extra[FLOOD_KEY].dropped == 31
    assert len(double.unanswered_callbacks()) == 30
    await assert_no_errors(services, caplog)


def test_flood_control_memory_is_bounded_and_expires() -> None:
    now = ManualTime()
    control = FloodControl(limit=8, window=5.0, crisis_cooldown=5.0, max_senders=50, now=now)
    for user_id in range(1000):
        control.hit(user_id)
    assert len(control) == 50

    now.advance(5.1)
    control.hit(1)
    assert len(control) == 1  # everyone quiet for longer than the window is forgotten


def test_flood_window_counts_only_updates_that_got_ahead() -> None:
    now = ManualTime()
    control = FloodControl(limit=8, window=5.0, now=now)
    assert not any(control.hit(7, ahead=False) for _ in range(100))
    assert not any(control.hit(7) for _ in range(8))
    assert control.hit(7)
    assert control.hit(7, ahead=False)  # the pause holds whatever arrives
    now.advance(5.0)
    assert not control.hit(7, ahead=False)
