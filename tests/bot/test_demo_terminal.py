"""The offline demo as a person types into it: every kind of input at every kind of prompt.

The demo runs in-process (the real bot against the double) and is driven line by line through
``Demo.type``, the function its input loop calls; what it prints is read back as the person
would read it.
"""

from __future__ import annotations

import asyncio
import io
import logging
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.demo import DEMO_USER_ID, Demo
from settings.config import Config
from storage.subscribers import Status, set_status

ROOT = Path(__file__).resolve().parents[2]

# What someone might type at any prompt that is not a sensible answer to it.
STRAY_INPUT = [
    "",
    "   ",
    "0",
    "99",
    "1.99",
    "999.1",
    "4.0",
    "2.2.2",
    "-1",
    "hello?",
    "/nosuchcommand",
    "🙂 ünïcødé ✓ 日本語 \u200b",
    "\x1b[A",  # an arrow key in a terminal without line editing
    "x" * 5000,  # longer than a Telegram message: sent as two
]


class Terminal:
    """The person at the keyboard: types lines and waits to see text on the screen."""

    def __init__(self, demo: Demo, out: io.StringIO) -> None:
        self.demo = demo
        self.out = out
        self.mark = 0

    async def type(self, *lines: str) -> None:
        for line in lines:
            assert await self.demo.type(line), f"the demo ended on {line!r}"

    async def expect(self, text: str, within: float = 10.0) -> str:
        """Wait until ``text`` appears after what was already seen; returns the new output."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while text not in self.out.getvalue()[self.mark :]:
            if loop.time() > deadline:
                raise AssertionError(f"{text!r} not shown; screen:\n{self.screen()[-3000:]}")
            await asyncio.sleep(0.05)
        screen = self.out.getvalue()
        seen = screen[self.mark :]
        self.mark = screen.index(text, self.mark) + len(text)
        return seen

    def screen(self) -> str:
        return self.out.getvalue()

    def last_bot_message_id(self) -> int:
        return self.demo.user.messages[-1].message_id


@pytest.fixture
async def terminal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> AsyncIterator[Terminal]:
    caplog.set_level(logging.WARNING)
    config = Config(database_path=tmp_path / "bot.sqlite3", content_dir=ROOT / "content/ketamine")
    out = io.StringIO()
    async with Demo(config, out=out, quiet=0.1, color=False) as demo:
        yield Terminal(demo, out)
    screen = out.getvalue()
    assert "Traceback" not in screen
    assert "the demo could not" not in screen, screen[-3000:]
    ours = ("bot", "handlers", "push", "storage", "views", "journey")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith(ours)]
    assert errors == [], [r.getMessage() for r in errors]


async def subscribe(terminal: Terminal) -> None:
    """/start, 08:00, London: the way a newcomer begins."""
    await terminal.type("/start")
    await terminal.expect("Other time…")
    await terminal.type("2")
    await terminal.expect("Which time zone are you in?")
    await terminal.type("1")
    await terminal.expect("All set: your daily lesson comes at 08:00")


@pytest.mark.parametrize(
    ("subscribed", "lines", "then"),
    [
        # "Other time…", then a number where a time is asked: a time, not a tap
        (True, ["/time", "7", "5"], "All set: your daily lesson comes at 05:00"),
        # a confirmation tapped, then a number once its keyboard is gone: sent as text
        (True, ["/stop", "1", "2"], "I can't reply to messages like this one"),
        (False, ["/start", "7", "6"], "06:00 it is"),
    ],
)
async def test_the_sequences_that_used_to_crash_are_answered(
    terminal: Terminal, subscribed: bool, lines: list[str], then: str
) -> None:
    if subscribed:
        await subscribe(terminal)
    for line in lines:
        await terminal.type(line)
    await terminal.expect(then)
    await terminal.type("/help")
    await terminal.expect("/progress")  # still chatting


async def test_buttons_of_earlier_messages_can_be_tapped(terminal: Terminal) -> None:
    await terminal.type("/start")
    await terminal.expect("Other time…")
    welcome = terminal.demo.user.messages[0]
    assert welcome.buttons[0].text == "Start the course ▶"
    await terminal.type(f"{welcome.message_id}.1")  # the welcome's button, above the time picker
    await terminal.expect("Lesson 1 of")
    await terminal.expect("lessons come by themselves once you pick a time")  # none chosen yet
    picker = welcome.message_id + 1
    await terminal.type(f"{picker}.9")
    await terminal.expect(f"message #{picker} has buttons 1 to 7")
    await terminal.type(f"{welcome.message_id}.1")  # tapped already: its buttons are gone
    await terminal.expect(f"message #{welcome.message_id} has no buttons now")
    lesson = next(m for m in terminal.demo.user.messages if m.text.startswith("Lesson 1 of"))
    await terminal.type(f"{lesson.message_id}.1")  # Continue, above the time question
    await terminal.expect("(2/")


async def test_free_text_during_a_check_in_leaves_it_open(terminal: Terminal) -> None:
    await subscribe(terminal)
    await terminal.type("/next")
    await terminal.expect("Continue ▶")
    for _ in range(5):  # Continue until the check-in shows
        if "Check-in" in terminal.screen()[terminal.mark :]:
            break
        await terminal.type("1")
        await asyncio.sleep(0.1)
    await terminal.expect("Check-in")
    check_in = terminal.demo.user.messages[-1]
    await terminal.type("what does this mean?", "/menu")
    await terminal.expect("Pick a topic")
    await terminal.type(f"{check_in.message_id}.2")
    await terminal.expect("You chose:")


async def test_a_daily_lesson_appears_while_nobody_types(terminal: Terminal) -> None:
    await subscribe(terminal)
    services = terminal.demo.application.bot_data["services"]
    row = await services.require_db().fetchone(
        "SELECT next_due_at FROM subscribers WHERE chat_id = ?", (DEMO_USER_ID,)
    )
    before = len(terminal.demo.user.messages)
    terminal.demo.clock.jump_to(datetime.fromtimestamp(row[0], UTC))  # no line typed
    await terminal.expect("Lesson 1 of", within=15)
    assert len(terminal.demo.user.messages) == before + 1


async def test_tomorrow_brings_the_next_lesson(terminal: Terminal) -> None:
    await terminal.type("/tomorrow")
    await terminal.expect("no daily lesson is scheduled")
    await subscribe(terminal)
    await terminal.type("/tomorrow")
    await terminal.expect("the demo's clock moves on to")
    await terminal.expect("Lesson 1 of")
    await terminal.type("/tomorrow")
    await terminal.expect("Lesson 2 of")


async def test_tomorrow_says_why_no_lesson_is_coming(terminal: Terminal) -> None:
    await subscribe(terminal)
    await terminal.type("/pause")
    await terminal.expect("Paused")
    await terminal.type("/tomorrow")
    await terminal.expect("the daily lessons are paused; /resume switches them back on")
    await terminal.type("/resume")
    await terminal.expect("Resumed")
    services = terminal.demo.application.bot_data["services"]
    now = terminal.demo.clock.now()
    await set_status(services.require_db(), DEMO_USER_ID, Status.FINISHED, now)
    await terminal.type("/tomorrow")
    await terminal.expect("the course is finished")


async def test_tomorrow_in_a_zone_given_as_the_time_now(terminal: Terminal) -> None:
    await terminal.type("/start")
    await terminal.expect("Other time…")
    await terminal.type("2")
    await terminal.expect("Which time zone are you in?")
    await terminal.type("10")  # Other: type your city…
    await terminal.expect("Other: type your city…")
    local_now = (datetime.now(UTC) + timedelta(hours=5, minutes=30)).strftime("%H:%M")
    await terminal.type(local_now)
    await terminal.expect("here now")  # a clock read from the time now is asked first
    await terminal.type("1")
    await terminal.expect("All set")
    await terminal.type("/tomorrow")
    await terminal.expect("08:00 (UTC+05:30)")
    await terminal.expect("Lesson 1 of")


async def test_reset_starts_over_with_a_fresh_database(terminal: Terminal) -> None:
    await subscribe(terminal)
    await terminal.type("/reset")
    await terminal.expect("started over")
    assert terminal.demo.user.messages == []
    await terminal.type("/start")
    await terminal.expect("Hi Friend!")  # a newcomer again, not "Welcome back"
    assert not await terminal.demo.type("/quit")


async def test_every_kind_of_input_at_every_kind_of_prompt(terminal: Terminal) -> None:
    async def prompt(line: str, shown: str) -> int:
        """Bring up a prompt; returns the number of the message with its buttons."""
        await terminal.type(line)
        await terminal.expect(shown)
        keyboard = terminal.demo.screen.keyboard_id
        assert keyboard is not None
        return keyboard

    async def stray_then(line: str, shown: str) -> None:
        """Everything in STRAY_INPUT, then ``line`` still does what it should."""
        await terminal.type(*STRAY_INPUT)
        await terminal.type(line)
        await terminal.expect(shown)

    await stray_then("/start", "Other time…")  # before anything at all
    picker = terminal.demo.screen.keyboard_id
    await stray_then(f"{picker}.2", "Which time zone")  # at the time picker
    await stray_then(f"{picker}.1", "All set")  # at the time zone picker
    lesson = await prompt("/next", "Continue ▶")
    await stray_then(f"{lesson}.1", "(2/")  # under a lesson
    menu = await prompt("/menu", "Pick a topic")
    await stray_then(f"{menu}.1", "◀ Menu")  # at the menu
    await stray_then(f"{menu}.1", "Pick a topic")  # on a topic page: ◀ Menu
    stop = await prompt("/stop", "Stop the daily lessons?")
    await stray_then(f"{stop}.2", "/help")  # at a confirmation
    await stray_then("/mydata", "[file: ")  # after a document
    forget = await prompt("/forget", "Delete everything")
    await stray_then(f"{forget}.1", "Everything I stored about you is deleted")
    await terminal.type("/time")  # after /forget, nothing is stored again until /start
    await terminal.expect("not subscribed")
    other = await prompt("/start", "Other time…")
    await terminal.type(f"{other}.7")
    await terminal.expect("Type the time you'd like")
    await stray_then("/help", "/progress")  # where a time is typed (strays may answer it)
    screen = terminal.screen()
    assert "has buttons 1 to" in screen  # the stray numbers got a kind word
    assert "there is no message #999 from the bot" in screen


async def test_random_input_never_stops_the_demo(terminal: Terminal) -> None:
    rng = random.Random(20261129)
    commands = ["/start", "/menu", "/next", "/time", "/stop", "/progress", "/help", "/sos"]
    words = ["hi", "7pm", "08:00", "Europe/Berlin", "🙂", "ß", "\t", " ", "?", "…", "ＡＢＣ"]
    lines: list[str] = []
    for _ in range(60):
        kind = rng.randrange(6)
        if kind == 0:
            lines.append(str(rng.randrange(-2, 14)))
        elif kind == 1:
            lines.append(f"{rng.randrange(0, 40)}.{rng.randrange(0, 12)}")
        elif kind == 2:
            lines.append(rng.choice([*commands, "/tomorrow", "/reset"]))
        elif kind == 3:
            lines.append(" ".join(rng.choices(words, k=rng.randrange(1, 4))))
        elif kind == 4:
            lines.append("".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(9))))
        else:
            lines.append("")

    async def feed() -> AsyncIterator[str | None]:
        for line in lines:
            yield line
        # the end of input (EOF) ends the loop

    assert await terminal.demo.run(feed()) == 0
    await terminal.type("/help")
    await terminal.expect("/progress")
