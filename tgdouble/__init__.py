"""A local Telegram Bot API double for tests, benchmarks and the offline demo.

``BotApiDouble`` is an aiohttp server that python-telegram-bot talks to over real HTTP, plus a
user-side API (``double.user(...)``) to play the people on the other end. ``parse_html`` is
Telegram's HTML parse mode, usable on its own to measure text as Telegram does.
"""

from tgdouble.chats import Button, CallbackAnswer, CallbackQuery, Chat, ChatMessage
from tgdouble.faults import Fault, FaultKind
from tgdouble.html import HtmlParseError, parse_html, utf16_len
from tgdouble.records import Delivery, StoredFile
from tgdouble.server import DEFAULT_TOKEN, BotApiDouble
from tgdouble.text import TextError, format_caption, format_text
from tgdouble.users import SimulatedUser

__all__ = [
    "DEFAULT_TOKEN",
    "BotApiDouble",
    "Button",
    "CallbackAnswer",
    "CallbackQuery",
    "Chat",
    "ChatMessage",
    "Delivery",
    "Fault",
    "FaultKind",
    "HtmlParseError",
    "SimulatedUser",
    "StoredFile",
    "TextError",
    "format_caption",
    "format_text",
    "parse_html",
    "utf16_len",
]
