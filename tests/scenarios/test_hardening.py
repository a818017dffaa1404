"""Hardening: hostile or odd input meets the real bot through the Bot API double.

User text in HTML, forged and malformed buttons, floods, groups and channels, edits and media,
and failures inside a handler. Every test checks what the bot sent, that nothing raised
(``counters.errors`` and ERROR log records) and, where it matters, that the database is unchanged.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.app import build_application, running
from handlers.context import SERVICES_KEY, Services
from handlers.fallback import POINTER
from handlers.flood import FLOOD_KEY, NOTICE, FloodControl
from journey.clock import FakeClock
from settings.config import Config
from storage import counts
from tests.conftest import TOKEN
from tests.stored import counted, snapshot
from tgdouble import ChatMessage, SimulatedUser, utf16_len
from tgdouble.server import BotApiDouble

APOLOGY = "Sorry, something went wrong on my side"
CRISIS_TEXT = "I want to die"
BOOKKEEPING = ("handled_updates",)  # every update adds its id, whatever it does


# -- helpers ------------------------------------------------------------------------------------


@pytest.fixture
async def app(config: Config, clock: FakeClock) -> AsyncIterator[Application]:
    """The real application polling the double; the test keeps it, to tell when it is idle."""
    application = build_application(config, clock=clock, push=False)
    async with running(application):
        yield application


def services_of(application: Application) -> Services:
    return application.bot_data[SERVICES_KEY]


async def settle(double: BotApiDouble, application: Application, patience: float = 30.0) -> None:
    """Wait until every queued update has been fetched and fully handled.

    The double forgets an update only when the bot polls past it, which it does after queueing
    it; the processor counts updates being handled. Idle several checks in a row covers the
    moment between a task being created and it starting.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + patience
    processor = application.update_processor
    quiet = 0
    while quiet < 3:
        if loop.time() > deadline:
            raise AssertionError(f"the bot did not settle within {patience}s: {double.stats()}")
        idle = (
            not double.pending_updates
            and application.update_queue.empty()
            and processor.current_concurrent_updates == 0
        )
        quiet = quiet + 1 if idle else 0
        await asyncio.sleep(0.02)




def error_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.levelno >= logging.ERROR]


async def assert_no_errors(services: Services, caplog: pytest.LogCaptureFixture) -> None:
    assert await counted(services.require_db(), counts.ERRORS) == 0
    assert error_records(caplog) == [], [r.getMessage() for r in error_records(caplog)]


class ManualTime:
    """A monotonic clock for flood control that moves only when told."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


def frozen_flood_control(services: Services) -> ManualTime:
    """Give the bot flood control on a manual clock, so floods are counted exactly."""
    now = ManualTime()
    services.extra[FLOOD_KEY] = FloodControl(now=now)
    return now


async def subscribe(
    double: BotApiDouble, user_id: int = 1001, name: str = "Alice"
) -> tuple[SimulatedUser, ChatMessage]:
    user = double.user(user_id, name, language_code="en")
    await user.send("/start")
    welcome, _ask_time = await user.wait_for_messages(2)
    return user, welcome


def texts(messages: list[ChatMessage]) -> list[str]:
    return [message.text for message in messages]


# -- user text is shown, never interpreted ------------------------------------------------------


def assert_shown_literally(
    message: ChatMessage, user_text: str, allowed: frozenset[str] = frozenset()
) -> None:
    """The text appears as typed, with no formatting entity (but ``allowed``) over any of it."""
    assert user_text in message.text, message.text
    start = utf16_len(message.text[: message.text.index(user_text)])
    end = start + utf16_len(user_text)
    overlapping = [
        entity
        for entity in message.entities
        if entity["offset"] < end
        and entity["offset"] + entity["length"] > start
        and entity["type"] not in allowed
    ]
    assert overlapping == [], overlapping


async def test_first_name_with_html_is_shown_literally(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    name = "<b>Eve</b> & <script>"
    eve, welcome = await subscribe(double, 2001, name)
    assert_shown_literally(welcome, name)
    assert welcome.text.startswith(f"Hi {name}!")
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; &lt;script&gt;" in (welcome.html or "")

    await eve.send("/start")
    (again,) = await eve.wait_for_messages(1)
    assert_shown_literally(again, name)
    assert again.text.startswith(f"Welcome back, {name}!")

    await eve.send("/mydata")  # the export shows the stored name inside a code block
    file, export = await eve.wait_for_messages(2)
    assert_shown_literally(export, name, allowed=frozenset({"pre", "code"}))
    assert f'"first_name": "{name}"'.encode() in (file.document_bytes or b"")  # JSON, not HTML
    await assert_no_errors(services_of(app), caplog)


async def test_typed_time_and_zone_with_html_are_never_interpreted(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    alice, _ = await subscribe(double)
    ask_time = alice.messages[-1]
    await alice.tap(ask_time, "Other time…")
    await alice.wait_for_edit(ask_time)

    await alice.send("<b>25:99</b> & <i>")
    (hint,) = await alice.wait_for_messages(1)
    assert "07:30" in hint.text and "25:99" not in hint.text
    await alice.send("07:30")
    (ask_zone,) = await alice.wait_for_messages(1)
    assert "time zone" in ask_zone.text

    await alice.tap(ask_zone, "Other: type your city…")
    await alice.wait_for_edit(ask_zone)
    await alice.send('<a href="https://example.com">Mars</a>/Base & co')
    (zone_hint,) = await alice.wait_for_messages(1)
    assert "time zone" in zone_hint.text and "Mars" not in zone_hint.text
    assert all(entity["type"] != "text_link" for entity in zone_hint.entities)

    await alice.send("Europe/Madrid")
    (done,) = await alice.wait_for_messages(1)
    assert "07:30" in done.text and "Europe/Madrid" in done.text
    await assert_no_errors(services_of(app), caplog)


# -- buttons this bot never made ----------------------------------------------------------------

FORGED_CALLBACK_DATA = [
    "nosuch:thing",  # unknown prefix
    "quiz:nosuchlesson:z",  # right prefix, wrong fields
    "quiz:nmda:zz",
    "quiz:nmda",  # a field missing
    "quiz:nmda:b:extra",  # a field too many
    "part:nmda:99",
    "part:nmda:0",
    "part:nmda:²",  # a digit to str.isdigit, not to int()
    "part:nosuchlesson:2",
    "page:nosuch",
    "page:",
    "time:9999",
    "time:",
    "tz:Mars/Base",
    "tz:",
    "menu:extra",
    "progress:x",
    "course:nope",
    "again:maybe",
    "stop:maybe",
    "sos:a:b",
    "forget:",
    "bcast:x",
    ":::",
    "x" * 65,  # over Telegram's 64 bytes
    "page:" + "é" * 40,  # 40 characters, 85 bytes
    "",  # empty
]


@pytest.mark.parametrize("data", FORGED_CALLBACK_DATA)
async def test_forged_callback_data_is_answered_politely(
    data: str, double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, welcome = await subscribe(double)
    await settle(double, app)
    before = await snapshot(services.require_db(), BOOKKEEPING)
    edits_before = len(welcome.edits)

    query_id = double.press(alice, welcome, data)
    answer = await alice.wait_for_answer(query_id)
    await settle(double, app)

    said_something = bool(answer.text) or bool(alice.read()) or len(welcome.edits) > edits_before
    assert said_something, alice.transcript()
    assert await snapshot(services.require_db(), BOOKKEEPING) == before
    assert double.unanswered_callbacks() == []
    await assert_no_errors(services, caplog)


async def test_callback_query_without_data_gets_the_menu(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    alice, welcome = await subscribe(double)
    double.enqueue_raw_update(
        {
            "callback_query": {
                "id": "77",
                "from": alice.info,
                "message": welcome.to_api(),
                "chat_instance": "1",
                "game_short_name": "nothing",
            }
        }
    )
    (menu,) = await alice.wait_for_messages(1)
    assert "Pick a topic" in menu.text
    await settle(double, app)
    await assert_no_errors(services_of(app), caplog)


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


# -- groups, channels and updates that are not text ---------------------------------------------


async def test_a_group_is_told_once_then_left_in_peace(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    alice = double.user(1001, "Alice")
    bob = double.user(1002, "Bob")
    said = ["hello all", "/start", "/menu", "/help@course_test_bot", "/next now", "/sos"]
    for number, text in enumerate(said):
        await double.send_group_message(-100500, alice if number % 2 else bob, text)
    await settle(double, app)
    group = double.chat(-100500)
    assert len(group.bot_messages) == 1
    assert "private chats" in group.bot_messages[0].text

    await double.send_group_message(-100501, alice, "/start@course_test_bot")
    await double.send_group_message(-100500, alice, "/start")
    await settle(double, app)
    assert len(double.chat(-100501).bot_messages) == 1
    assert len(group.bot_messages) == 1
    assert alice.messages == [] and bob.messages == []
    await assert_no_errors(services_of(app), caplog)


async def test_a_channel_post_gets_nothing(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    channel = {"id": -1001234, "type": "channel", "title": "News"}
    post = {
        "message_id": 5,
        "date": int(time.time()),
        "chat": channel,
        "sender_chat": channel,
        "text": "/start",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    }
    double.enqueue_raw_update({"channel_post": post})
    double.enqueue_raw_update({"edited_channel_post": {**post, "edit_date": int(time.time())}})
    await settle(double, app)
    assert [d for d in double.deliveries if d.chat_id == channel["id"]] == []
    await assert_no_errors(services_of(app), caplog)


async def test_edits_stickers_photos_and_voice_get_one_kind_pointer_each(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, _ = await subscribe(double)
    said = await alice.send("hello")
    (reply,) = await alice.wait_for_messages(1)
    assert reply.text == POINTER

    actions = [
        alice.edit_message(said, "hello again"),
        alice.edit_message(said, "/next"),  # an edited command must not run again
        alice.send_sticker(),
        alice.send_photo(),
        alice.send_photo(caption="look at this"),
        alice.send_voice(),
    ]
    for action in actions:
        await action
        (reply,) = await alice.wait_for_messages(1)
        assert reply.text == POINTER
    await settle(double, app)
    assert alice.read() == []
    assert await services.require_db().fetchall("SELECT * FROM deliveries") == []
    await assert_no_errors(services, caplog)


# -- a handler that fails for real --------------------------------------------------------------


def assert_logged_with_context(
    caplog: pytest.LogCaptureFixture, update_id: int, kind: str, chat_id: int
) -> None:
    """One ERROR record naming the update and chat, and no trace of the token anywhere."""
    (record,) = error_records(caplog)
    assert f"update {update_id} ({kind}) in chat {chat_id}" in record.getMessage()
    assert record.exc_info is not None, "the traceback belongs in the log"
    formatter = logging.Formatter()
    everything = "\n".join(formatter.format(r) for r in caplog.records)
    assert TOKEN not in everything and TOKEN.split(":", 1)[1] not in everything


async def test_a_failed_edit_inside_a_button_gets_an_apology(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, welcome = await subscribe(double)
    double.inject_fault("server_error", method="editMessageText")

    await alice.tap(welcome, "☰ Menu")
    update_id = double.pending_updates[-1]["update_id"]
    (apology,) = await alice.wait_for_messages(1)
    assert APOLOGY in apology.text
    await settle(double, app)

    assert await counted(services.require_db(), counts.ERRORS) == 1
    assert_logged_with_context(caplog, update_id, "callback", alice.id)
    assert double.unanswered_callbacks() == []


@pytest.mark.sqlite  # damages the file from outside
async def test_a_broken_database_table_gets_an_apology(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, _ = await subscribe(double)
    await settle(double, app)
    # Another process damages the schema under the running bot.
    with sqlite3.connect(services.config.database_path) as damage:
        damage.execute("ALTER TABLE quiz_answers RENAME TO quiz_answers_lost")

    await alice.send("/progress")
    update_id = double.pending_updates[-1]["update_id"]
    (apology,) = await alice.wait_for_messages(1)
    assert APOLOGY in apology.text
    await settle(double, app)

    assert await counted(services.require_db(), counts.ERRORS) == 1
    assert_logged_with_context(caplog, update_id, "message", alice.id)
    assert re.search(r"quiz_answers", caplog.text)


async def test_a_flood_of_taps_does_not_hold_up_anyone_else(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    """More queued taps than the bot handles at once still leave room for everyone else."""
    services = services_of(app)
    alice, welcome = await subscribe(double)
    frozen_flood_control(services)
    double.latency = 0.2  # Alice's first nine taps take two slow requests each
    ben = double.user(3002, "Ben")

    for _ in range(300):
        double.press(alice, welcome, "menu")
    await ben.send("/menu")
    (menu,) = await ben.wait_for_messages(1, timeout=30)
    assert "Pick a topic" in menu.text
    await settle(double, app)

    assert texts(alice.read()) == [NOTICE]
    order = [(d.chat_id, d.text) for d in double.deliveries]
    assert order.index((ben.id, menu.text)) < order.index((alice.id, NOTICE)), order
    assert len(double.unanswered_callbacks()) == services.extra[FLOOD_KEY].dropped - 1
    await assert_no_errors(services, caplog)
