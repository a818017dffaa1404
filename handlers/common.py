"""Helpers shared by the handler modules."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from handlers.context import BotContext
from storage import subscribers

logger = logging.getLogger(__name__)


async def current_subscriber(update: Update, context: BotContext) -> subscribers.Subscriber:
    """The subscriber behind this update, created on the fly for people who skipped /start."""
    chat = update.effective_chat
    user = update.effective_user
    assert chat is not None
    subscriber = await subscribers.get_subscriber(context.db, chat.id)
    if subscriber is None:
        subscriber, _ = await subscribers.subscribe(
            context.db,
            chat.id,
            user.first_name if user else "",
            user.language_code if user else None,
            context.services.clock.now(),
        )
    return subscriber


async def send(
    update: Update, context: BotContext, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> Message:
    """Send a new HTML message to the chat of this update."""
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(
        chat.id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard
    )


async def show(
    update: Update, context: BotContext, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Edit the tapped message in place when this is a button press, else send a new message."""
    query = update.callback_query
    if query is None or query.message is None or not isinstance(query.message, Message):
        await send(update, context, text, keyboard)
        return
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return  # tapped the same button twice: the screen already shows it
        reason = str(exc).lower()
        # A message that is gone, too old, or has no text (a photo) cannot show this: send anew.
        if "not found" in reason or "can't be edited" in reason or "no text" in reason:
            await send(update, context, text, keyboard)
            return
        raise


async def answer(update: Update, text: str | None = None) -> None:
    """Answer a callback query so the client's spinner stops; harmless if it is too old."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer(text)
    except BadRequest as exc:
        logger.debug("Could not answer callback query: %s", exc)


async def drop_keyboard(update: Update) -> None:
    """Remove the buttons from the tapped message, so a step cannot be taken twice."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest as exc:
        logger.debug("Could not drop keyboard: %s", exc)
