"""The one owner of conversation state: which typed answer, if any, the bot is waiting for.

Most of the bot is buttons and commands. When it asks someone to type something (a time, a time
zone) it notes that here, and the text handler asks here whether a message is that answer. A
crisis, /forget and a new command of the same kind clear it. The state lives in the chat's
`user_data` under one key that no other module touches.
"""

from __future__ import annotations

from enum import StrEnum

from handlers.context import BotContext

_KEY = "expecting"


class Expecting(StrEnum):
    """A typed answer the bot asked for."""

    TIME = "time"
    ZONE = "zone"


def expect(context: BotContext, what: Expecting) -> None:
    """Note that the next text message should be read as `what`."""
    context.user_data[_KEY] = what


def expected(context: BotContext) -> Expecting | None:
    """What the bot is waiting for, if anything."""
    value = context.user_data.get(_KEY)
    return Expecting(value) if value in Expecting.__members__.values() else None


def clear(context: BotContext) -> None:
    """Stop waiting for a typed answer."""
    context.user_data.pop(_KEY, None)
