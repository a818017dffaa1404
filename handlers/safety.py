"""Crisis routing and /sos: crisis resources come first, whatever else is going on.

A message that signals a crisis is answered here, in the first handler group, and goes no further.
Only a count is kept; the message itself is never logged or stored.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import callbacks, views
from bot.crisis import is_crisis
from bot.services import BotContext
from handlers.common import answer, send

logger = logging.getLogger(__name__)

GROUP = -10  # before every other handler


class CrisisFilter(filters.MessageFilter):
    """Matches text (or a caption) that signals a crisis."""

    def filter(self, message: Message) -> bool:
        text = message.text or message.caption
        return bool(text) and is_crisis(text)


async def crisis_reply(update: Update, context: BotContext) -> None:
    """Answer with crisis resources and a grounding offer; no other handler sees the message."""
    context.services.counters.crisis_routed += 1
    logger.info("Crisis routing (count %d)", context.services.counters.crisis_routed)
    context.user_data.pop("awaiting", None)
    await send(update, context, context.course.crisis.html, views.crisis_keyboard())
    raise ApplicationHandlerStop


async def sos(update: Update, context: BotContext) -> None:
    """Show the crisis resources at any time."""
    await send(update, context, context.course.crisis.html, views.crisis_keyboard())


async def grounding(update: Update, context: BotContext) -> None:
    """Send the grounding exercise."""
    await answer(update)
    await send(
        update,
        context,
        context.course.crisis.grounding_html,
        views.Keyboard([[views.menu_button()]]),
    )


def handlers() -> list:
    """The crisis handler runs in its own group, ahead of everything else."""
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("sos", sos, filters=private),
        CallbackQueryHandler(grounding, pattern=callbacks.pattern("sos")),
    ]


def crisis_handler() -> MessageHandler:
    return MessageHandler(filters.ChatType.PRIVATE & CrisisFilter(), crisis_reply)
