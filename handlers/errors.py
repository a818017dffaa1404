"""The global error handler: log with context (never the token) and tell the user."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError

from bot.services import BotContext

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure with what it concerned, and say sorry to the person if there is one."""
    context.services.counters.errors += 1
    where = "no update"
    chat_id = None
    if isinstance(update, Update):
        chat_id = update.effective_chat.id if update.effective_chat else None
        kind = "callback" if update.callback_query else "message" if update.message else "update"
        where = f"update {update.update_id} ({kind}) in chat {chat_id}"
    logger.error("Error while handling %s", where, exc_info=context.error)
    if chat_id is None or isinstance(context.error, Forbidden):
        return
    if isinstance(context.error, NetworkError) and "Bad Request" not in str(context.error):
        return  # Telegram itself is unreachable, so an apology would not arrive either
    try:
        await context.bot.send_message(
            chat_id,
            "Sorry, something went wrong on my side. Please try again, or tap /menu.",
            parse_mode=ParseMode.HTML,
        )
    except Exception:  # the apology is best effort; the error is logged above
        logger.debug("Could not send the apology", exc_info=True)
