"""The one owner of conversation state: which typed answer, if any, the bot is waiting for.

Most of the bot is buttons and commands. When it asks someone to type something (a time, a time
zone) it notes that here, and the text handler asks here whether a message is that answer. A
crisis, /forget and a new command of the same kind clear it, and it lapses after `LASTS`. The
note is kept with the subscriber in the database (`storage.subscribers.expecting`), not in one
process's memory: with several instances behind a load balancer the answer may reach another
instance than the question came from, and a restart in between must not turn the answer into a
stray message.

Reading and clearing it are best effort, bounded by `PATIENCE`: the text handler asks on every
message and the crisis reply clears it, and neither may be held up or stopped by the database
(what a failure costs is one message read as an ordinary one, or as the time asked for).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from enum import StrEnum

from telegram import Update

from handlers.context import BotContext
from storage import subscribers

logger = logging.getLogger(__name__)

LASTS = timedelta(hours=1)  # a question left unanswered this long no longer catches messages
PATIENCE = 2.0  # seconds a best-effort read or clear may take


class Expecting(StrEnum):
    """A typed answer the bot asked for."""

    TIME = "time"  # "Other time…" was tapped: whatever comes next is read as the time
    ZONE = "zone"
    # Buttons were offered and typing is optional: a typed answer is taken, while a question or
    # small talk ("hello") is answered as usual.
    TIME_OR_TAP = "time-or-tap"
    ZONE_OR_TAP = "zone-or-tap"


def _chat_id(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


async def expect(update: Update, context: BotContext, what: Expecting) -> None:
    """Note that the next text message should be read as `what`."""
    chat_id = _chat_id(update)
    if chat_id is not None:
        now = context.services.clock.now()
        await subscribers.set_expecting(context.db, chat_id, what.value, now)


async def expected(update: Update, context: BotContext) -> Expecting | None:
    """What the bot is waiting for from this chat, if anything (None if it cannot tell)."""
    chat_id = _chat_id(update)
    if chat_id is None:
        return None
    since = context.services.clock.now() - LASTS
    try:
        async with asyncio.timeout(PATIENCE):
            value = await subscribers.expecting(context.db, chat_id, since)
    except Exception as exc:  # each engine has its own errors; all mean "cannot tell"
        logger.warning("Could not read the typed answer awaited: %s", type(exc).__name__)
        return None
    return Expecting(value) if value in Expecting.__members__.values() else None


async def clear(update: Update, context: BotContext) -> None:
    """Stop waiting for a typed answer. Never raises, and gives up after `PATIENCE`."""
    chat_id = _chat_id(update)
    if chat_id is None:
        return
    now = context.services.clock.now()
    try:
        async with asyncio.timeout(PATIENCE):
            await subscribers.set_expecting(context.db, chat_id, None, now)
    except Exception as exc:  # each engine has its own errors; all mean "not cleared"
        logger.warning("Could not clear the typed answer awaited: %s", type(exc).__name__)
