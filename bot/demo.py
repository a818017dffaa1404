"""The offline demo: the bot and the local Bot API double in one process, chatting in a terminal.

Type messages and commands as you would in Telegram; type a button's number to tap it (``2``
for the keyboard shown last, ``5.2`` for button 2 of message #5; with no keyboard on screen a
number is sent as text, as it would be in Telegram). What the bot sends appears as
it arrives, daily lessons included, while the prompt waits. Three commands belong to the demo
itself: ``/tomorrow`` moves the demo's clock to the next daily lesson, ``/reset`` starts over
with a fresh database, ``/quit`` leaves.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import io
import logging
import os
import sys
import threading
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Self, TextIO

from telegram.ext import Application

from bot.app import PUSHER_KEY, build_application, running
from bot.terminal import ChatScreen, Style, button_ref
from handlers.context import SERVICES_KEY, Services
from journey.timeplan import parse_zone
from push.jobs import PushJobs
from settings.config import Config
from storage.subscribers import Status, Subscriber, get_subscriber
from tgdouble import SimulatedUser
from tgdouble.server import BotApiDouble

logger = logging.getLogger(__name__)

DEMO_TOKEN = "123456789:DEMO-offline-token-not-a-secret"
DEMO_USER_ID = 1001
MESSAGE_LIMIT = 4096  # characters; Telegram apps split longer messages into several
DEMO_TICK_SECONDS = 1.0  # how often the demo's daily push looks for lessons due


def demo_database(config: Config) -> Path:
    """Where the demo keeps its state: ``demo.sqlite3`` beside DATABASE_PATH."""
    return config.database_path.with_name("demo.sqlite3")


class DemoClock:
    """The wall clock, which ``/tomorrow`` moves forward to the next daily lesson."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def jump_to(self, when: datetime) -> None:
        """Move forward to ``when`` (never back: time in the demo only moves on)."""
        ahead = when - self.now()
        if ahead > timedelta():
            self.offset += ahead


class Demo:
    """One demo run: the double, the bot in front of it, and the terminal chat between."""

    def __init__(
        self,
        config: Config,
        *,
        out: TextIO | None = None,
        quiet: float = 0.5,
        color: bool | None = None,
    ) -> None:
        self.out = out or sys.stdout
        if color is None:
            color = self.out.isatty() and not os.environ.get("NO_COLOR")
        self.quiet = quiet  # seconds of silence that mean the bot has finished answering
        self.config = config
        self.database = demo_database(config)
        self.clock = DemoClock()
        self.double = BotApiDouble(token=DEMO_TOKEN)
        self.user: SimulatedUser = self.double.user(
            DEMO_USER_ID, first_name="Friend", language_code="en"
        )
        self.screen = ChatScreen(self.user, Style(color), self.out)
        self.application: Application | None = None
        self._bot = contextlib.AsyncExitStack()
        self._printer: asyncio.Task[None] | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.double.start()
        await self._start_bot()
        self._printer = asyncio.create_task(self._print_as_it_comes(), name="demo screen")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._printer is not None:
            self._printer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._printer
        try:
            await self._bot.aclose()
        finally:
            await self.double.stop()

    async def _start_bot(self) -> None:
        demo_config = replace(
            self.config,
            token=DEMO_TOKEN,
            api_base_url=self.double.base_url,
            webhook_url=None,
            database_path=self.database,
            push_tick_seconds=min(self.config.push_tick_seconds, DEMO_TICK_SECONDS),
        )
        self.database.parent.mkdir(parents=True, exist_ok=True)
        application = build_application(demo_config, clock=self.clock)
        await self._bot.enter_async_context(running(application, poll_interval=0.0))
        self.application = application

    async def _stop_bot(self) -> None:
        self.application = None
        await self._bot.aclose()
        self._bot = contextlib.AsyncExitStack()

    def banner(self) -> str:
        style = self.screen.style
        return (
            style.wrap("1", "Offline demo")
            + f": you are chatting with the bot through a local Telegram double at "
            f"{self.double.url}.\n"
            "Type /start to begin. Type a button's number to tap it (5.2 taps button 2 of "
            "message #5).\n"
            "/tomorrow jumps to the next daily lesson, /reset starts over, /quit leaves.\n"
            f"(Progress is kept in {self.database}; "
            "set TELEGRAM_BOT_TOKEN to run for real.)\n"
        )

    # -- the screen -----------------------------------------------------------------------------

    async def _print_as_it_comes(self) -> None:
        """Print bot messages the moment they arrive, whether or not the person typed."""
        while True:
            await self.user.chat.changed.wait_for(self.screen.has_news, 60)
            try:
                if self.screen.print_news():
                    self.screen.prompt()
            except OSError:  # the terminal went away; the input side will notice and end
                return

    async def settle(self, before: tuple[int, int, int] | None = None) -> None:
        """Wait until the bot has answered and then been quiet for a moment (at most 20 s).

        ``before`` is the chat's activity before the person acted, so an answer that came at
        once counts too.
        """
        loop = asyncio.get_running_loop()
        give_up = loop.time() + 20
        quiet_since = loop.time()
        version = self._activity()
        if before is None:
            before = version
        while loop.time() < give_up:
            await asyncio.sleep(0.02)
            now = loop.time()
            latest = self._activity()
            if latest != version or self.double.pending_updates:
                version, quiet_since = latest, now
            elif version != before and now - quiet_since >= self.quiet:
                break  # it answered, and nothing more came for a while
            elif now - quiet_since >= max(self.quiet, 2.0):
                break  # no answer at all (a tap the bot only acknowledged, say)
        if self.screen.print_news():
            self.screen.prompt()

    def _activity(self) -> tuple[int, int, int]:
        """Changes to the chat: messages, edits, deletions and answers to taps."""
        messages = self.user.messages
        edits = sum(len(m.edits) + m.deleted for m in messages)
        return (len(messages), edits, len(self.user.callback_answers))

    # -- what the person types ------------------------------------------------------------------

    async def type(self, line: str) -> bool:
        """Act on one typed line and wait for the bot to answer; False once the person leaves."""
        text = line.strip()
        if text.lower() in ("/quit", "/exit"):
            return False
        before = self._activity()
        try:
            waits = await self._act(text)
        except Exception as exc:  # the demo must never fall over on what someone types
            logger.exception("The demo could not act on a line")
            self.screen.note(f"the demo could not do that: {exc}")
            waits = False
        if waits:
            await self.settle(before)
        elif text:
            self.screen.prompt()
        return True

    async def _act(self, text: str) -> bool:
        """Do what ``text`` asks; whether the bot has something to answer."""
        if not text:  # Telegram sends no empty messages
            return False
        command = text.split(maxsplit=1)[0].lower()
        if command == "/reset":
            await self.reset()
            return False
        if command == "/tomorrow":
            return await self.tomorrow()
        ref = button_ref(text)
        if ref is not None and (ref[0] is not None or self.screen.keyboard_showing()):
            return await self._tap(ref)
        for start in range(0, len(text), MESSAGE_LIMIT):
            await self.user.send(text[start : start + MESSAGE_LIMIT])
        return True

    async def _tap(self, ref: tuple[int | None, int]) -> bool:
        found = self.screen.find_button(ref)
        if isinstance(found, str):
            self.screen.note(found)
            return False
        message, button = found
        if button.callback_data is None:
            self.screen.note(f"that button opens {button.url} in a browser")
            return False
        await self.user.tap(message, callback_data=button.callback_data)
        return True

    async def tomorrow(self) -> bool:
        """Move the demo's clock to the next daily lesson, and let the push deliver it."""
        application = self.application
        assert application is not None
        services: Services = application.bot_data[SERVICES_KEY]
        subscriber = await get_subscriber(services.require_db(), DEMO_USER_ID)
        due = subscriber.next_due_at if subscriber is not None else None
        if subscriber is None or due is None or subscriber.status != Status.ACTIVE:
            self.screen.note(f"no daily lesson is scheduled: {_why_none(subscriber)}")
            return False
        due = datetime.fromtimestamp(subscriber.next_due_at, UTC)
        self.clock.jump_to(due)
        local = self.clock.now().astimezone(parse_zone(subscriber.timezone or "UTC"))
        self.screen.note(f"the demo's clock moves on to {local:%A %d %B, %H:%M} ({local.tzname()})")
        jobs: PushJobs | None = application.bot_data.get(PUSHER_KEY)
        if jobs is not None:  # no need to wait for the next tick
            await jobs.pusher.tick()
        return True

    async def reset(self) -> None:
        """Start over: a fresh database, an empty chat, the clock back to now."""
        await self._stop_bot()
        await asyncio.to_thread(_remove_database, self.database)
        self.double.reset()
        self.screen.forget()
        self.clock.offset = timedelta()
        await self._start_bot()
        self.screen.note(f"started over with a fresh {self.database}; type /start to begin")

    async def run(self, lines: AsyncIterator[str | None]) -> int:
        """Show the banner, then act on each line until /quit or the end of input."""
        self.screen.write(self.banner())
        self.screen.prompt()
        async for line in lines:
            if line is None or not await self.type(line):
                break
        self.screen.write("\n")
        return 0


def _why_none(subscriber: Subscriber | None) -> str:
    """What stands between the demo's subscriber and a daily lesson, for /tomorrow."""
    status = subscriber.status if subscriber is not None else None
    if status == Status.FINISHED:
        return "the course is finished (tap Start over ↺ to begin again)"
    if status == Status.PAUSED:
        return "the daily lessons are paused; /resume switches them back on"
    if status is not None and status != Status.ACTIVE:
        return "the daily lessons are stopped; /start brings them back"
    return "/start and pick a time first"


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def _stdin_lines(stream: TextIO) -> AsyncIterator[str | None]:
    """Lines from ``stream``, read without blocking, so the bot keeps talking while nobody types.

    A terminal or a pipe is watched by the event loop itself. A thread blocked in a read would
    still hold standard input's lock when the interpreter exits after /quit, which aborts it;
    only a regular file, which the loop cannot watch and which never blocks, is read in one.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    try:
        fd = stream.fileno()
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        pending = ""

        def readable() -> None:
            nonlocal pending
            try:
                data = os.read(fd, 65536)
            except BlockingIOError:
                return
            except OSError:  # the terminal closed under us
                data = b""
            pending += decoder.decode(data, final=not data)
            *lines, pending = pending.split("\n")
            for line in lines:
                queue.put_nowait(line + "\n")
            if not data:
                loop.remove_reader(fd)
                if pending:
                    queue.put_nowait(pending)
                queue.put_nowait(None)

        loop.add_reader(fd, readable)
    except (OSError, ValueError, io.UnsupportedOperation):  # a regular file: it never blocks
        fd = None

        def pump() -> None:
            for line in stream:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            with contextlib.suppress(RuntimeError):  # the loop may have closed already
                loop.call_soon_threadsafe(queue.put_nowait, None)

        threading.Thread(target=pump, name="demo stdin", daemon=True).start()
    try:
        while (line := await queue.get()) is not None:
            yield line
        yield None
    finally:
        if fd is not None:
            loop.remove_reader(fd)


async def run_demo(config: Config) -> int:
    """Start the double and the bot, then chat until the person types /quit or input ends."""
    # Undecodable bytes (a stray key, a paste in another encoding) become U+FFFD, not a crash.
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    async with Demo(config) as demo:
        return await demo.run(_stdin_lines(stdin))
