"""Helpers shared by the handler modules."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TypeVar

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop

from handlers.context import BotContext
from journey.position import Delivered, Position, locate
from storage import coursework, subscribers
from views import menu_button, without_rows
from views.callbacks import CallbackData

D = TypeVar("D", bound=CallbackData)

NOT_SUBSCRIBED = (
    "You're not subscribed at the moment, so I keep nothing about you. "
    "Send /start to begin the course: it takes a minute, and you choose when lessons come.\n"
    "Questions about the course are welcome any time, and /sos shows people you can talk to."
)
NOT_SUBSCRIBED_SHORT = "You're not subscribed. Send /start to begin."

logger = logging.getLogger(__name__)


async def current_subscriber(update: Update, context: BotContext) -> subscribers.Subscriber:
    """The subscriber behind this update; anyone else is pointed to /start and the update ends.

    Only /start subscribes someone: a newcomer who opens with /next gets the welcome, the notice
    that this is not medical advice and the time question there, and someone who chose /forget
    is not stored again by their next tap. So nothing is written for them here; the update stops
    (ApplicationHandlerStop) once they have been told, and the handler that asked goes no further.
    """
    chat = update.effective_chat
    assert chat is not None
    subscriber = await subscribers.get_subscriber(context.db, chat.id)
    if subscriber is not None:
        return subscriber
    await answer(update, NOT_SUBSCRIBED_SHORT)
    await send(update, context, NOT_SUBSCRIBED, InlineKeyboardMarkup([[menu_button()]]))
    raise ApplicationHandlerStop


async def position_of(context: BotContext, subscriber: subscribers.Subscriber) -> Position:
    """Where this subscriber is in the course (this round)."""
    chat_id, round_ = subscriber.chat_id, subscriber.round
    delivered = [
        Delivered(*row) for row in await coursework.deliveries(context.db, chat_id, round_)
    ]
    answered = await coursework.answered_lessons(context.db, chat_id, round_)
    position = locate(context.course, delivered, answered)
    if (
        subscriber.status == subscribers.Status.FINISHED
        and position.upcoming is None
        and position.next_part is None
    ):
        # They read on past the last check-in and had the closing message: the course is done,
        # and the question stays open above for whenever they like.
        return replace(position, current=None)
    return position


def pressed(update: Update, kind: type[D]) -> D:
    """The parsed data of the button pressed (the handler's pattern already matched its prefix)."""
    assert update.callback_query is not None
    return kind.unpack(update.callback_query.data)


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
        # Gone, too old, or a file with a caption and no text (a forged tap can reach one).
        if any(r in reason for r in ("not found", "can't be edited", "no text in the message")):
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


async def drop_keyboard(update: Update) -> bool:
    """Remove the buttons from the tapped message, so a step cannot be taken twice.

    False when they were gone already: a second tap on the same button (a double tap reaches the
    bot as two updates) that must not take the step again. Telegram holds the message, so this
    holds across restarts and instances.
    """
    return await _set_buttons(update, None)


async def drop_rows(update: Update, kind: type[CallbackData]) -> bool:
    """Remove the rows holding a `kind` button from the tapped message; False if gone already."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return True
    return await _set_buttons(update, without_rows(query.message.reply_markup, kind))


async def _set_buttons(update: Update, keyboard: InlineKeyboardMarkup | None) -> bool:
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return True
    try:
        await query.edit_message_reply_markup(reply_markup=keyboard)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return False
        logger.debug("Could not change the buttons: %s", exc)
    return True
