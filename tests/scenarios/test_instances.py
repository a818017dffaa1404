"""Several instances of the bot on one database, and updates that Telegram delivers twice.

Behind a load balancer (tests/balancer.py) the instances run in webhook mode, as in production:
the double posts each update once to the balancer, which passes it to one instance in turn or,
to play a retried webhook call, to two at the same moment. Every update is answered once, and
/stats adds up what every instance counted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import pytest

from handlers.context import Services
from journey.clock import FakeClock
from storage import counts, subscribers
from tests.balancer import Balancer
from tests.conftest import BotRunner
from tests.stored import counted
from tgdouble.server import BotApiDouble

ADMIN = 42  # conftest's config.admin_ids
CRISIS_TEXT = "I want to die"


@pytest.fixture
async def balancer() -> AsyncIterator[Balancer]:
    front = Balancer("balanced-s3cret")
    await front.start()
    try:
        yield front
    finally:
        await front.stop()


@pytest.fixture
async def duplicating() -> AsyncIterator[Balancer]:
    """A balancer that passes every update to two instances at once."""
    front = Balancer("balanced-s3cret", copies=2)
    await front.start()
    try:
        yield front
    finally:
        await front.stop()


async def handled_ids(services: Services) -> list[int]:
    rows = await services.require_db().fetchall(
        "SELECT update_id FROM handled_updates ORDER BY update_id"
    )
    return [int(row[0]) for row in rows]


async def test_an_update_delivered_twice_is_answered_once(
    double: BotApiDouble, bot: Services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    alice = double.user(1001, first_name="Alice", started=True)
    message = alice.chat.add_message(alice.info, CRISIS_TEXT)
    update = {"message": message.to_api()}
    update_id = double.enqueue_raw_update(update)
    assert update_id is not None
    double.enqueue_raw_update({**update, "update_id": update_id})  # delivered again

    (reply,) = await alice.wait_for_messages(1)
    assert reply.html == bot.require_course().crisis.html
    # The chat's updates are handled in order, so the menu comes after both deliveries.
    await alice.send("/menu")
    (menu,) = await alice.wait_for_messages(1)
    assert "Pick a topic" in menu.text
    assert [m.text for m in alice.messages] == [reply.text, menu.text]
    assert await counted(bot.require_db(), counts.CRISIS_REPLIES) == 1
    assert f"Update {update_id} was delivered again" in caplog.text
    assert CRISIS_TEXT not in caplog.text


async def test_stats_adds_up_what_two_instances_counted(
    double: BotApiDouble, runner: BotRunner, balancer: Balancer
) -> None:
    await runner.start(behind=balancer)
    await runner.start(behind=balancer)
    # The balancer takes turns: these four go to one instance, then the other, and so on.
    for user_id, text in (
        (1001, CRISIS_TEXT),
        (1002, CRISIS_TEXT),
        (1003, "are you allowed to drive after esketamine"),
        (1004, "lithium side effects"),
    ):
        user = double.user(user_id, first_name="Someone")
        await user.send(text)
        await user.wait_for_messages(1)
    assert len(balancer.passed) == 2 and min(balancer.passed.values()) == 2

    admin = double.user(ADMIN, first_name="Ops")
    replies = []
    for _ in range(2):  # each instance answers one /stats, and both tell the same
        await admin.send("/stats")
        (stats,) = await admin.wait_for_messages(1)
        replies.append(stats.text)
    for text in replies:
        assert "2 crisis replies · 0 flood notices · 0 errors" in text
        assert "Questions: 2 asked · 1 answered · 1 not covered" in text
    assert len(balancer.passed) == 2 and min(balancer.passed.values()) == 3


async def test_a_conversation_is_answered_once_when_every_update_reaches_two_instances(
    double: BotApiDouble, runner: BotRunner, duplicating: Balancer
) -> None:
    first = await runner.start(behind=duplicating)
    await runner.start(behind=duplicating)
    alice = double.user(1001, first_name="Alice")
    await alice.send("/start")
    welcome, ask_time = await alice.wait_for_messages(2)
    assert "Hi Alice!" in welcome.text
    await alice.tap(ask_time, "08:00")
    await alice.wait_for_edit(ask_time)
    assert "time zone" in ask_time.text
    await alice.send(CRISIS_TEXT)
    (crisis,) = await alice.wait_for_messages(1)
    assert crisis.html == first.require_course().crisis.html
    await alice.send("/menu")
    (menu,) = await alice.wait_for_messages(1)
    assert "Pick a topic" in menu.text

    assert len(alice.messages) == 4 and double.duplicate_deliveries() == {}
    assert double.unanswered_callbacks() == []
    assert len(await handled_ids(first)) == 4  # /start, the tap, the crisis text, /menu
    assert sum(duplicating.passed.values()) == 8  # every one of them reached both instances
    assert await counted(first.require_db(), counts.CRISIS_REPLIES) == 1


async def test_handled_update_ids_are_kept_a_day(
    double: BotApiDouble, bot: Services, clock: FakeClock
) -> None:
    alice = double.user(1001, first_name="Alice")
    await alice.send("/start")
    await alice.wait_for_messages(2)
    (started,) = await handled_ids(bot)

    clock.advance(hours=23)
    await alice.send("/menu")
    await alice.wait_for_messages(1)
    await asyncio.sleep(0.2)  # the purge this update started keeps it: not a day old yet
    assert (await handled_ids(bot))[0] == started

    clock.advance(hours=2)
    await alice.send("/menu")
    await alice.wait_for_messages(1)
    for _ in range(100):  # the purge runs beside the reply, not before it
        ids = await handled_ids(bot)
        if started not in ids:
            break
        await asyncio.sleep(0.05)
    assert started not in ids and len(ids) == 2


async def test_help_still_comes_when_the_update_cannot_be_recorded(
    double: BotApiDouble, bot: Services, caplog: pytest.LogCaptureFixture
) -> None:
    # The schema is damaged under the running bot: neither the claim nor the count can be written.
    db = bot.require_db()
    await db.execute("ALTER TABLE handled_updates RENAME TO handled_updates_lost")
    await db.execute("ALTER TABLE counters RENAME TO counters_lost")
    alice = double.user(1001, first_name="Alice")
    await alice.send(CRISIS_TEXT)
    (reply,) = await alice.wait_for_messages(1)
    assert reply.html == bot.require_course().crisis.html
    assert "as taken" in caplog.text and "handling it anyway" in caplog.text
    assert "Could not count crisis_replies" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert CRISIS_TEXT not in caplog.text


async def test_a_typed_time_zone_is_taken_whichever_instance_receives_it(
    double: BotApiDouble, runner: BotRunner, balancer: Balancer
) -> None:
    first = await runner.start(behind=balancer)
    await runner.start(behind=balancer)
    kemi = double.user(1101, first_name="Kemi", language_code="en")
    # The balancer takes turns, so each step below reaches the other instance than the last.
    await kemi.send("/start")
    _welcome, ask_time = await kemi.wait_for_messages(2)
    await kemi.tap(ask_time, "08:00")
    await kemi.wait_for_edit(ask_time)
    await kemi.tap(ask_time, "Other: type your city…")  # asked here...
    await kemi.wait_for_edit(ask_time)
    await kemi.send("Tokyo")  # ...and answered there
    (done,) = await kemi.wait_for_messages(1)
    assert "All set" in done.text and "Asia/Tokyo" in done.text
    row = await subscribers.get_subscriber(first.require_db(), kemi.id)
    assert row is not None and row.timezone == "Asia/Tokyo"
    assert len(balancer.passed) == 2 and min(balancer.passed.values()) == 2
