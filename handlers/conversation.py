"""The one owner of conversation state: which typed answer, if any, the bot is waiting for.

Most of the bot is buttons and commands. When it asks someone to type something (a time, a time
zone) it notes that here, and the text handler asks here whether a message is that answer. A
crisis, /forget and a new command of the same kind clear it. The note is kept with the
subscriber in the database (`storage.subscribers.expecting`), not in one process's memory: with
several instances behind a load balancer the answer may reach another instance than the
question came from, and a restart in between must not turn the answer into a stray message.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from telegram import Update

from handlers.context import BotContext
from storage import subscribers

logger = logging.getLogger(__name__)


class Expecting(StrEnum):
    """A typed answer the bot asked for."""

    TIME = "time"
    ZONE = "zone"


def _chat_id(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


async def expect(update: Update, context: BotContext, what: Expecting) -> None:
    """Note that the next text message should be read as `what`."""
    chat_id = _chat_id(update)
    if chat_id is not None:
        await subscribers.set_expecting(context.db, chat_id, what.value)


async def expected(update: Update, context: BotContext) -> Expecting | None:
    """What the bot is waiting for from this chat, if anything."""
    chat_id = _chat_id(update)
    if chat_id is None:
        return None
    value = await subscribers.expecting(context.db, chat_id)
    return Expecting(value) if value in Expecting.__members__.values() else None


async def clear(update: Update, context: BotContext) -> None:
    """Stop waiting for a typed answer. Never raises: the crisis reply clears it too, and
    nothing may stand in the way of that reply (the worst a failed clear does is read one
    later message as the time or zone asked for, which the person then corrects)."""
    chat_id = _chat_id(update)
    if chat_id is None:
        return
    try:
        await subscribers.set_expecting(context.db, chat_id, None)
    except Exception as exc:  # each engine has its own errors; all mean "not cleared"
        logger.warning("Could not clear the typed answer awaited: %s", type(exc).__name__)
