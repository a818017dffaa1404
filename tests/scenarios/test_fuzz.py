"""Fuzzing: a thousand random updates through the Bot API double, and not one unhandled error.

A seeded generator plays a dozen people (and a few groups and a channel) doing everything at
once: random Unicode (right-to-left text, emoji outside the BMP that JSON carries as surrogate
pairs, zero-width and control characters, HTML look-alikes), texts far over 4096 characters,
known and unknown commands (with @botname and arguments), taps on real buttons, forged callback
data up to and over 64 bytes, edits, media, messages without text, group messages, channel posts
and update types this bot has never heard of. Afterwards the error counter is 0, nothing was
logged at ERROR, every tap not dropped by flood control was answered, and the bot still
welcomes a new person.
"""

from __future__ import annotations

import logging
import random
import string
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram.ext import Application

from bot.app import build_application, running
from handlers.commands import COURSE_COMMANDS, SETTINGS_COMMANDS
from handlers.context import Services
from handlers.flood import FLOOD_KEY, FloodControl
from journey.clock import FakeClock
from settings.config import Config
from tests.scenarios.test_hardening import (
    CRISIS_TEXT,
    ManualTime,
    assert_no_errors,
    services_of,
    settle,
)
from tgdouble import ChatMessage, SimulatedUser
from tgdouble.server import BotApiDouble
from views.callbacks import prefixes

SEED = 20261102
UPDATES = 1000
PEOPLE = 12
GROUPS = (-100700, -100701, -100702)
CHANNEL = {"id": -1009988, "type": "channel", "title": "Fuzz channel"}

# Pieces random text is made of; astral characters go over the wire as JSON surrogate pairs.
ALPHABETS = (
    string.ascii_letters + string.digits + string.punctuation + " ",
    "àáâãäåçèéêëìíîïñòóôõöùúûüýÿßœæ",
    "אבגדהוזחטיכלמנסעפצקרשת",  # Hebrew (right to left)
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",  # Arabic (right to left)
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\ufeff",
    "\U0001f600\U0001f62d\U0001f494\U0001f9e0\U0001f44d\U0001f3fd\u2764\ufe0f\U0001f1fa\U0001f1e6",
    "\u0300\u0301\u0308\u0336\u20dd",  # combining marks
    "中文字体漢字かなカナ한국어",
    "\t\n\r\x00\x01\x1b\x7f",
)
FRAGMENTS = (
    "<b>",
    "</b>",
    "<i>x</i>",
    "&amp;",
    "&",
    "<",
    ">",
    "&lt;",
    "<a href='javascript:alert(1)'>",
    "</a>",
    "<tg-spoiler>",
    "<script>",
    "&#x1F600;",
    "07:30",
    "7pm",
    "UTC+05:30",
    "Europe/London",
    "Mars/Base",
    "@course_test_bot",
    "/start",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # a ZWJ family
)
PAGE_COMMANDS = ("mechanism", "speed", "resistant", "cautions", "future", "myths", "sources")
KNOWN_COMMANDS = tuple(name for name, _ in (*COURSE_COMMANDS, *SETTINGS_COMMANDS)) + PAGE_COMMANDS
LESSON_IDS = ("origins", "nmda", "glutamate", "speed", "nosuch", "")


@pytest.fixture
async def fuzzed_bot(config: Config, clock: FakeClock) -> AsyncIterator[Application]:
    application = build_application(config, clock=clock, push=False)
    async with running(application):
        yield application


class Fuzzer:
    """Random people doing random things to the bot, reproducibly (one seeded generator)."""

    def __init__(self, double: BotApiDouble, rng: random.Random) -> None:
        self.double = double
        self.rng = rng
        # started: raw updates below bypass the double's user side, which would otherwise
        # treat these people as never having written to the bot.
        self.people = [
            double.user(
                5000 + n,
                self.name(),
                language_code=rng.choice(["en", "he", "ar", None]),
                started=True,
            )
            for n in range(PEOPLE)
        ]
        self.raw_ids = 100_000  # message ids for raw messages, clear of the double's own

    # -- random values --------------------------------------------------------------------------

    def name(self) -> str:
        """A first name as Telegram allows it: 1-64 characters, not blank."""
        return (self.text(max_length=64).strip() or "Z")[:64]

    def text(self, max_length: int | None = None) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.70:
            length = rng.randint(1, 40)
        elif roll < 0.90:
            length = rng.randint(40, 600)
        elif roll < 0.97:
            length = rng.randint(4000, 5200)  # around and over Telegram's 4096
        else:
            length = rng.randint(10_000, 20_000)
        if max_length is not None:
            length = min(length, max_length)
        pieces: list[str] = []
        total = 0  # kept as it grows: summing the pieces each time is quadratic in the length
        while total < length:
            if rng.random() < 0.15:
                pieces.append(rng.choice(FRAGMENTS))
            elif rng.random() < 0.05:
                pieces.append(chr(self.codepoint()))
            else:
                alphabet = rng.choice(ALPHABETS)
                pieces.append("".join(rng.choices(alphabet, k=rng.randint(1, 12))))
            total += len(pieces[-1])
        return "".join(pieces)[:length] or "?"

    def codepoint(self) -> int:
        """Any Unicode scalar value (no lone surrogates: Telegram sends valid UTF-8 only)."""
        while True:
            point = self.rng.choice((self.rng.randint(0x20, 0xFFFF), self.rng.randint(0, 0x10FFFF)))
            if not 0xD800 <= point <= 0xDFFF:
                return point

    def command(self) -> str:
        rng = self.rng
        if rng.random() < 0.7:
            name = rng.choice(KNOWN_COMMANDS)
        else:
            name = "".join(rng.choice(string.ascii_lowercase + "_0123456789") for _ in range(8))
        if rng.random() < 0.15:
            name = name.upper()
        suffix = rng.choice(["", "", "", "@course_test_bot", "@some_other_bot"])
        args = " " + self.text(max_length=200) if rng.random() < 0.3 else ""
        return f"/{name}{suffix}{args}"

    def callback_data(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            prefix = rng.choice([*prefixes(), "nosuch", ""])
            fields = [self.field() for _ in range(rng.randint(0, 3))]
            return ":".join([prefix, *fields])
        if roll < 0.7:
            lesson = rng.choice(LESSON_IDS)
            return rng.choice(
                [
                    f"quiz:{lesson}:{rng.choice('abcdz')}",
                    f"part:{lesson}:{rng.randint(-1, 12)}",
                    f"time:{rng.randint(0, 9999):04d}",
                    f"tz:{rng.choice(['UTC', 'Europe/London', 'Mars/Base', 'utc', 'Etc/GMT+5'])}",
                    f"page:{rng.choice([*PAGE_COMMANDS, 'nosuch'])}",
                    f"again:{rng.choice(['yes', 'no'])}",
                    f"sos:{self.field()}",
                ]
            )
        return self.text(max_length=rng.choice([0, 10, 64, 80]))  # up to and over 64 bytes

    def field(self) -> str:
        return self.text(max_length=self.rng.randint(0, 30)).replace(":", "")

    # -- actions, each queueing exactly one update ----------------------------------------------

    def person(self) -> SimulatedUser:
        return self.rng.choice(self.people)

    async def act(self) -> None:
        actions = [
            (20, self.send_text),
            (15, self.send_command),
            (15, self.tap_real_button),
            (10, self.tap_forged_button),
            (6, self.send_media),
            (5, self.edit),
            (6, self.group_message),
            (2, self.channel_post),
            (3, self.unknown_update),
            (4, self.message_without_text),
            (2, self.inaccessible_tap),
            (2, self.crisis),
        ]
        weights = [weight for weight, _ in actions]
        (action,) = self.rng.choices([action for _, action in actions], weights)
        await action()

    async def send_text(self) -> None:
        await self.person().send(self.text())

    async def send_command(self) -> None:
        await self.person().send(self.command())

    async def crisis(self) -> None:
        await self.person().send(self.rng.choice([CRISIS_TEXT, CRISIS_TEXT.upper() + " 😭"]))

    async def tap_real_button(self) -> None:
        person = self.person()
        with_buttons = [
            (message, button)
            for message in person.messages[-6:]
            if not message.deleted
            for button in message.buttons
            if button.callback_data
        ]
        if not with_buttons:
            await person.send("/start")
            return
        message, button = self.rng.choice(with_buttons)
        self.double.press(person, message, button.callback_data or "")

    async def tap_forged_button(self) -> None:
        person = self.person()
        message = self.some_message(person)
        if message is None:
            await person.send(self.command())
            return
        self.double.press(person, message, self.callback_data())

    def some_message(self, person: SimulatedUser) -> ChatMessage | None:
        messages = [m for m in person.chat.messages.values() if not m.deleted]
        return self.rng.choice(messages) if messages else None

    async def send_media(self) -> None:
        person = self.person()
        kind = self.rng.randrange(4)
        if kind == 0:
            await person.send_sticker(self.rng.choice(["👍", "😭", "🧠"]))
        elif kind == 1:
            await person.send_photo()
        elif kind == 2:
            await person.send_photo(caption=self.text(max_length=1100))
        else:
            await person.send_voice(self.rng.randint(1, 600))

    async def edit(self) -> None:
        person = self.person()
        own = [m for m in person.chat.messages.values() if not m.from_bot and m.text]
        if not own:
            await person.send(self.text())
            return
        await person.edit_message(self.rng.choice(own), self.rng.choice([self.text(), "/next"]))

    async def group_message(self) -> None:
        text = self.command() if self.rng.random() < 0.5 else self.text()
        await self.double.send_group_message(self.rng.choice(GROUPS), self.person(), text)

    def next_raw_id(self) -> int:
        self.raw_ids += 1
        return self.raw_ids

    async def channel_post(self) -> None:
        kind = self.rng.choice(["channel_post", "edited_channel_post"])
        post = {
            "message_id": self.next_raw_id(),
            "date": int(time.time()),
            "chat": CHANNEL,
            "sender_chat": CHANNEL,
            "text": self.text(),
        }
        self.double.enqueue_raw_update({kind: post})

    async def unknown_update(self) -> None:
        person = self.person()
        if self.rng.random() < 0.5:
            name = "future_" + "".join(self.rng.choice(string.ascii_lowercase) for _ in range(8))
            payload: dict[str, Any] = {"from": person.info, "value": self.text(max_length=50)}
            self.double.enqueue_raw_update({name: payload})
            return
        # A known update carrying fields from a newer Bot API.
        message = self.raw_message(person)
        message["text"] = self.text()
        message["future_field"] = {"nested": [1, 2, {"x": self.text(max_length=20)}]}
        self.double.enqueue_raw_update({"message": message, "future_top_level": True})

    def raw_message(self, person: SimulatedUser) -> dict[str, Any]:
        return {
            "message_id": self.next_raw_id(),
            "date": int(time.time()),
            "chat": person.chat.info,
            "from": person.info,
        }

    async def message_without_text(self) -> None:
        person = self.person()
        message = self.raw_message(person)
        message.update(
            self.rng.choice(
                [
                    {"location": {"latitude": 51.5, "longitude": -0.12}},
                    {"dice": {"emoji": "🎲", "value": self.rng.randint(1, 6)}},
                    {"contact": {"phone_number": "+100", "first_name": self.name()}},
                    {
                        "venue": {
                            "location": {"latitude": 0.0, "longitude": 0.0},
                            "title": self.text(max_length=30),
                            "address": self.text(max_length=60),
                        },
                        "location": {"latitude": 0.0, "longitude": 0.0},
                    },
                    {},  # nothing at all
                ]
            )
        )
        self.double.enqueue_raw_update({"message": message})

    async def inaccessible_tap(self) -> None:
        """A tap on a message too old for Telegram to send (date 0), with any data."""
        person = self.person()
        query = {
            "id": str(self.next_raw_id()),
            "from": person.info,
            "message": {"chat": person.chat.info, "message_id": 1, "date": 0},
            "chat_instance": "1",
            "data": self.callback_data(),
        }
        self.double.enqueue_raw_update({"callback_query": query})

    async def burst(self) -> None:
        """One person pastes a pile of messages at once (flood control's turn)."""
        person = self.person()
        for _ in range(self.rng.randint(10, 40)):
            await person.send(self.text(max_length=80))


@pytest.mark.timeout(180)
async def test_a_thousand_random_updates_cause_no_unhandled_error(
    double: BotApiDouble, fuzzed_bot: Application, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    services: Services = services_of(fuzzed_bot)
    now = ManualTime()
    services.extra[FLOOD_KEY] = FloodControl(now=now)
    rng = random.Random(SEED)
    fuzzer = Fuzzer(double, rng)

    sent = 0
    while sent < UPDATES:
        if rng.random() < 0.05:
            await fuzzer.burst()
        for _ in range(rng.randint(1, 60)):
            await fuzzer.act()
            sent += 1
        await settle(double, fuzzed_bot)
        now.advance(rng.choice([0.5, 1.0, 3.0, 10.0]))

    await assert_no_errors(services, caplog)
    # Every tap is answered, but those flood control dropped.
    flood_control = services.extra[FLOOD_KEY]
    assert len(double.unanswered_callbacks()) <= flood_control.dropped
    assert [d for d in double.deliveries if d.chat_id == CHANNEL["id"]] == []
    for group in GROUPS:
        # Besides the crisis lines (for /sos and a crisis, each with a link to a private chat),
        # a group hears from the bot once.
        said = double.chat(group).bot_messages
        others = [m for m in said if [b.url for b in m.buttons] != ["https://t.me/course_test_bot"]]
        assert len(others) <= 1, [m.text[:60] for m in others]

    newcomer = double.user(6000, "Newcomer", language_code="en")
    await newcomer.send("/start")
    welcome, ask_time = await newcomer.wait_for_messages(2, timeout=10)
    assert welcome.text.startswith("Hi Newcomer!")
    assert "What time suits you?" in ask_time.text
