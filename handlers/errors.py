"""The global error handler: log with context (never the token) and tell the user."""

from __future__ import annotations

import logging

import httpx
from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from handlers.common import answer
from handlers.context import BotContext
from storage import counts

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure with what it concerned, and say sorry to the person if there is one."""
    await context.services.count(counts.ERRORS)
    where = "no update"
    chat_id = None
    if isinstance(update, Update):
        chat_id = update.effective_chat.id if update.effective_chat else None
        kind = "callback" if update.callback_query else "message" if update.message else "update"
        where = f"update {update.update_id} ({kind}) in chat {chat_id}"
    logger.error("Error while handling %s", where, exc_info=context.error)
    if chat_id is None or not _apology_can_help(context.error):
        return
    if isinstance(update, Update) and update.callback_query is not None:
        await answer(update)  # a handler that failed early leaves the button spinning
    try:
        await context.bot.send_message(
            chat_id,
            "Sorry, something went wrong on my side. Please try again, or tap /menu.",
            parse_mode=ParseMode.HTML,
        )
    except Exception:  # the apology is best effort; the error is logged above
        logger.debug("Could not send the apology", exc_info=True)


def _apology_can_help(error: BaseException | None) -> bool:
    """Whether an apology could reach the person and would not make things worse.

    A 4xx or a single 5xx answer means Telegram is there to take the apology; a blocked chat, a
    flood wait or a connection that failed or timed out means it would fail (or pile on) too.
    """
    if isinstance(error, Forbidden | RetryAfter | TimedOut):
        return False
    return not (isinstance(error, NetworkError) and isinstance(error.__cause__, httpx.HTTPError))
