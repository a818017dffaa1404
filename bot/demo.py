"""The offline demo: the bot and the local Bot API double in one process, chatting in a terminal.

Type messages and commands as you would in Telegram; type a button's number to tap it.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import sys
from dataclasses import replace

from bot.app import build_application, running
from settings.config import Config
from tgdouble.server import BotApiDouble

logger = logging.getLogger(__name__)

DEMO_TOKEN = "123456789:DEMO-offline-token-not-a-secret"
DEMO_USER_ID = 1001


class Style:
    """ANSI styles when writing to a terminal, plain text otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.enabled else text


def render_html(text: str, style: Style) -> str:
    """Telegram HTML as terminal text: bold and italics kept, links shown, quotes indented."""
    text = re.sub(
        r"<(b|strong)>(.*?)</\1>", lambda m: style.wrap("1", m.group(2)), text, flags=re.S
    )
    text = re.sub(r"<(i|em)>(.*?)</\1>", lambda m: style.wrap("3", m.group(2)), text, flags=re.S)
    text = re.sub(
        r'<a href="([^"]*)">(.*?)</a>',
        lambda m: f"{m.group(2)} ({m.group(1)})" if m.group(1) != m.group(2) else m.group(1),
        text,
        flags=re.S,
    )
    text = re.sub(
        r"<blockquote[^>]*>(.*?)</blockquote>",
        lambda m: "\n".join("│ " + line for line in m.group(1).splitlines()),
        text,
        flags=re.S,
    )
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class TerminalChat:
    """Prints what the bot sends and turns what the person types into updates."""

    def __init__(self, double: BotApiDouble, style: Style) -> None:
        self.user = double.user(DEMO_USER_ID, first_name="Friend", language_code="en")
        self.style = style
        self.shown: dict[int, tuple[int, str]] = {}  # message_id -> (edits seen, text printed)
        self.buttons: list[tuple[object, str]] = []  # (message, button text) by number - 1

    def print_new(self) -> None:
        for message in self.user.messages:
            edits = len(message.edits)
            seen = self.shown.get(message.message_id)
            if seen is not None and seen[0] == edits:
                continue
            self.shown[message.message_id] = (edits, message.text)
            # An edit that only took the buttons away (after a tap) is not worth reprinting.
            if seen is None or seen[1] != message.text or message.reply_markup:
                self._print(message, edited=seen is not None)

    def _print(self, message: object, edited: bool) -> None:
        header = self.style.wrap("36", "bot" + (" (edited)" if edited else "") + ":")
        body = render_html(message.html or message.text, self.style)  # type: ignore[attr-defined]
        document = getattr(message, "document", None)
        if document:  # a terminal can't show a file, so say what it is and how big
            size = document.get("file_size", 0)
            body = f"[file: {document.get('file_name', 'document')}, {size} bytes]\n{body}"
        print(f"\n{header}\n{body}")
        rows = message.reply_markup  # type: ignore[attr-defined]
        if rows:
            self.buttons = []
            for row in rows:
                labels = []
                for button in row:
                    self.buttons.append((message, button.text))
                    labels.append(self.style.wrap("33", f"[{len(self.buttons)}] {button.text}"))
                print("  " + "   ".join(labels))
        sys.stdout.flush()

    async def handle(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if line.isdigit() and self.buttons:
            index = int(line) - 1
            if 0 <= index < len(self.buttons):
                message, text = self.buttons[index]
                await self.user.tap(message, text)
                return
            print(f"(no button {line}; buttons go from 1 to {len(self.buttons)})")
            return
        await self.user.send(line)

    async def settle(self, seconds: float = 0.6) -> None:
        """Wait until the bot has been quiet for a moment, printing as messages arrive."""
        quiet = 0.0
        while quiet < seconds:
            before = sum(1 + len(m.edits) for m in self.user.messages)
            await asyncio.sleep(0.1)
            self.print_new()
            after = sum(1 + len(m.edits) for m in self.user.messages)
            quiet = quiet + 0.1 if after == before else 0.0


async def _read_lines(queue: asyncio.Queue[str | None]) -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        await queue.put(line.decode("utf-8", "replace"))
    await queue.put(None)


async def run_demo(config: Config) -> int:
    """Start the double and the bot, then chat until the person types /quit or input ends."""
    double = BotApiDouble(token=DEMO_TOKEN)
    await double.start()
    demo_config = replace(
        config,
        token=DEMO_TOKEN,
        api_base_url=double.base_url,
        database_path=config.database_path.with_name("demo.sqlite3"),
        push_tick_seconds=min(config.push_tick_seconds, 5.0),
    )
    style = Style(sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    chat = TerminalChat(double, style)
    application = build_application(demo_config)
    print(
        style.wrap("1", "Offline demo")
        + f": you are chatting with the bot through a local Telegram double at {double.url}.\n"
        "Type /start to begin. Type a button's number to tap it. /quit leaves.\n"
        f"(Progress is kept in {demo_config.database_path}; "
        "set TELEGRAM_BOT_TOKEN to run for real.)"
    )
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    reader = asyncio.create_task(_read_lines(queue))
    try:
        async with running(application, poll_interval=0.0):
            while True:
                print(style.wrap("32", "\nyou> "), end="", flush=True)
                line = await queue.get()
                if line is None or line.strip() in {"/quit", "/exit"}:
                    await chat.settle(0.3)
                    print()
                    break
                await chat.handle(line)
                await chat.settle()
    finally:
        reader.cancel()
        await double.stop()
    return 0
