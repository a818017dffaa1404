"""Hardening: hostile or odd input meets the real bot through the Bot API double.

User text in HTML, forged and malformed buttons, floods, groups and channels, edits and media,
and failures inside a handler. Every test checks what the bot sent, that nothing raised
(``counters.errors`` and ERROR log records) and, where it matters, that the database is unchanged.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from telegram.ext import Application

from handlers.context import SERVICES_KEY, Services
from handlers.fallback import POINTER
from handlers.flood import FLOOD_KEY, FloodControl
from storage import counts
from tests.stored import counted, snapshot
from tgdouble import ChatMessage, SimulatedUser, utf16_len
from tgdouble.server import BotApiDouble
from views.smalltalk import WAITING_FOR_TIME

APOLOGY = "Sorry, something went wrong on my side"
CRISIS_TEXT = "I want to die"
BOOKKEEPING = ("handled_updates",)  # every update adds its id, whatever it does


# -- helpers ------------------------------------------------------------------------------------


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
    again, ask_time = await eve.wait_for_messages(2)  # no time chosen yet: asked again
    assert "What time suits you?" in ask_time.text
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


# -- groups, channels and updates that are not text ---------------------------------------------


async def test_a_group_is_told_once_then_left_in_peace(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    alice = double.user(1001, "Alice")
    bob = double.user(1002, "Bob")
    # /sos and a crisis get the crisis lines even here (test_safety_together.py); nothing else.
    said = ["hello all", "/start", "/menu", "/help@course_test_bot", "/next now", "/progress"]
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
    # no time chosen yet: the pointer says the time question still waits
    assert reply.text == f"{POINTER}\n\n{WAITING_FOR_TIME}".replace("<b>", "").replace("</b>", "")

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
        assert reply.text.startswith(POINTER)
    await settle(double, app)
    assert alice.read() == []
    assert await services.require_db().fetchall("SELECT * FROM deliveries") == []
    await assert_no_errors(services, caplog)
