"""Crisis routing and /sos: crisis resources come first, whatever else is going on.

A message that signals a crisis is answered here, in the first handler group, and goes no further.
The writer's own crisis gets the crisis reply; a message from someone worried about another
person in crisis gets the reply for helpers, with the same lines. When it is unclear whose crisis
it is, the writer's own comes first. Only a count is kept; the message itself is never logged or
stored, nor which of the two replies it got.
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

import views
from crisis import OTHER, crisis_kind
from handlers import conversation
from handlers.common import answer, send
from handlers.context import BotContext
from views.callbacks import SosData

logger = logging.getLogger(__name__)

GROUP = -10  # before every other handler


def _text(message: Message | None) -> str:
    return (message.text or message.caption or "") if message is not None else ""


class CrisisFilter(filters.MessageFilter):
    """Matches text (or a caption) that signals a crisis, the writer's own or someone else's."""

    def filter(self, message: Message) -> bool:
        text = _text(message)
        return bool(text) and crisis_kind(text) is not None


async def crisis_reply(update: Update, context: BotContext) -> None:
    """Answer with crisis resources; no other handler sees the message.

    The writer's own crisis gets a grounding offer; someone worried about another person gets
    what helps, and a way back to the menu.
    """
    context.services.counters.crisis_routed += 1
    logger.info("Crisis routing (count %d)", context.services.counters.crisis_routed)
    conversation.clear(context)  # a crisis ends any question we were asking
    crisis = context.course.crisis
    if crisis_kind(_text(update.effective_message)) == OTHER:
        await send(
            update, context, crisis.someone_else_html, views.Keyboard([[views.menu_button()]])
        )
    else:  # the writer's own, and whatever else got this far: the crisis reply is never wrong
        await send(update, context, crisis.html, views.crisis_keyboard())
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
        CallbackQueryHandler(grounding, pattern=SosData.pattern),
    ]


def crisis_handler() -> MessageHandler:
    return MessageHandler(filters.ChatType.PRIVATE & CrisisFilter(), crisis_reply)
