"""/pause and /resume: the daily lessons switched off and on, nothing else changed."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CommandHandler, filters

import views
from handlers.common import current_subscriber, send
from handlers.context import BotContext
from handlers.schedule import ask_for_time, describe_next, due_at
from storage import subscribers
from storage.subscribers import Status

logger = logging.getLogger(__name__)


async def pause(update: Update, context: BotContext) -> None:
    """Stop the daily pushes until /resume; nothing else changes."""
    subscriber = await current_subscriber(update, context)
    if subscriber.status == Status.PAUSED:
        text = "Your daily lessons are already paused. /resume switches them back on."
    elif subscriber.status == Status.FINISHED:
        text = "You've finished the course, so no daily lessons are coming. 🎓"
    elif subscriber.status != Status.ACTIVE:
        text = "Your daily lessons are stopped already. /resume switches them back on."
    else:
        await subscribers.set_status(
            context.db, subscriber.chat_id, Status.PAUSED, context.services.clock.now()
        )
        if subscriber.scheduled:
            text = (
                "⏸ Paused. No daily lessons until you send /resume. "
                "You can still read on with /next."
            )
        else:
            text = (
                "You haven't set a daily time yet, so no lessons were coming on their own. "
                "I've noted the pause: if you set a time with /time, lessons wait for /resume. "
                "Read at your own pace with /next."
            )
    await send(update, context, text)


async def resume(update: Update, context: BotContext) -> None:
    """Switch the daily pushes back on."""
    now = context.services.clock.now()
    subscriber = await current_subscriber(update, context)
    if subscriber.status == Status.FINISHED:
        await send(update, context, "You've finished the course. 🎓", views.finished_keyboard())
        return
    when = due_at(subscriber, now) if subscriber.scheduled else None
    zone = subscriber.timezone or "UTC"
    if subscriber.status == Status.ACTIVE and when is not None:  # nothing to switch on
        due = subscriber.next_due_at or when  # as stored: a lesson already had today counts
        await send(
            update,
            context,
            f"Your daily lessons are already on. The next one arrives {describe_next(due, zone)}.",
        )
        return
    await subscribers.set_status(
        context.db, subscriber.chat_id, Status.ACTIVE, now, next_due_at=when
    )
    if when is None:  # no time yet, or a stored zone that no longer reads: ask rather than go quiet
        await ask_for_time(update, context, first_time=True)
        return
    await send(update, context, f"▶️ Resumed. Your next lesson arrives {describe_next(when, zone)}.")


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("pause", pause, filters=private),
        CommandHandler("resume", resume, filters=private),
    ]
