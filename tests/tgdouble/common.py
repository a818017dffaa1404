"""What the tests of the Bot API double share: the token, a keyboard, a file, helpers."""

from __future__ import annotations

import socket

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile

from tgdouble import DEFAULT_TOKEN

TOKEN = DEFAULT_TOKEN
MENU = InlineKeyboardMarkup([[InlineKeyboardButton("Menu", callback_data="menu")]])
JSON_FILE = InputFile(b"{}", filename="a.json")


def ptb_message(description: str) -> str:
    """What PTB makes of a "Bad Request: ..." description."""
    return description.removeprefix("Bad Request: ").capitalize()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
