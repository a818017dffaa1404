"""Thanks, "ok" and goodbye get a warm word back and the way on, never the general pointer.

Reached from the fallback and from a typed answer the bot is waiting for, so crisis routing (an
earlier group) and commands come first. While the bot waits for a time or a time zone, the reply
says so: the question is still open above.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Update

import views
from handlers import answered, conversation
from handlers.common import position_of, send
from handlers.context import BotContext
from handlers.conversation import Expecting
from handlers.schedule import describe_next, way_on
from storage import subscribers
from views import smalltalk
from views.smalltalk import SmallTalk

logger = logging.getLogger(__name__)

_TIME = (Expecting.TIME, Expecting.TIME_OR_TAP)
AFTER_SAFETY = timedelta(hours=1)  # small talk this soon after a safety reply may answer it


async def reply(update: Update, context: BotContext) -> bool:
    """Answer a message made only of thanks, "ok" or goodbye; False (nothing sent) otherwise."""
    message = update.effective_message
    chat = update.effective_chat
    text = (message.text or message.caption or "") if message is not None else ""
    kind = smalltalk.read(text)
    if kind is None or chat is None:
        return False
    if not answered.first_time(update, context, "smalltalk " + kind.value):
        return True  # an edit that says the same again: the reply is above it
    if answered.safety_within(update, context, AFTER_SAFETY) is not None:
        text = f"{smalltalk.AFTER_SAFETY[kind]} {smalltalk.STILL_THERE}"
        await send(update, context, text, views.crisis_keyboard())
        return True
    subscriber = await subscribers.get_subscriber(context.db, chat.id)
    if subscriber is None:
        await send(update, context, smalltalk.reply_text(kind, smalltalk.NOT_SUBSCRIBED))
        return True
    awaiting = await conversation.expected(update, context)
    if awaiting is not None:
        waiting = smalltalk.WAITING_FOR_TIME if awaiting in _TIME else smalltalk.WAITING_FOR_ZONE
        await send(update, context, smalltalk.reply_text(kind, waiting))
        return True
    position = await position_of(context, subscriber)
    if position.finished:
        way = smalltalk.FINISHED
    elif position.started:
        way = smalltalk.PARTWAY
    else:
        way = smalltalk.NOT_STARTED
    when = ""
    if kind == SmallTalk.GOODBYE and subscriber.next_due_at and subscriber.timezone:
        when = describe_next(subscriber.next_due_at, subscriber.timezone)
    keyboard: views.Keyboard = await way_on(context, subscriber)
    await send(update, context, smalltalk.reply_text(kind, way, when), keyboard)
    return True
