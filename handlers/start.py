"""/start, /help and /stop: subscribing, the command list, and unsubscribing."""

from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import callbacks, views
from bot.services import BotContext
from handlers.common import answer, send, show
from handlers.schedule import ask_for_time, due_at
from storage import repo

logger = logging.getLogger(__name__)

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Subscribe, or see where you are"),
    ("menu", "Open the menu of topics"),
    ("next", "Get the next lesson now"),
    ("progress", "Your progress and score"),
    ("mechanism", "How ketamine works"),
    ("speed", "Why it can act fast"),
    ("resistant", "Treatment-resistant depression"),
    ("cautions", "Side effects, risks and safeguards"),
    ("future", "What research is still working out"),
    ("myths", "Common claims, checked against the evidence"),
    ("sources", "The studies behind the course"),
    ("about", "About this bot"),
    ("time", "Change your daily lesson time"),
    ("pause", "Pause the daily lessons"),
    ("resume", "Resume the daily lessons"),
    ("sos", "Crisis lines and support, any time"),
    ("mydata", "See everything stored about you"),
    ("forget", "Delete everything stored about you"),
    ("stop", "Unsubscribe (your progress is kept)"),
    ("help", "List the commands"),
)


async def start(update: Update, context: BotContext) -> None:
    """Subscribe a new person, or welcome someone back and say where they are."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    now = context.services.clock.now()
    course = context.course
    before = await repo.get_subscriber(context.db, chat.id)
    subscriber, created = await repo.subscribe(
        context.db, chat.id, user.first_name or "", user.language_code, now
    )
    name = escape(user.first_name or "there")
    if created:
        await send(
            update,
            context,
            f"Hi {name}! 👋\n\n{course.welcome}\n\n<i>{course.disclaimer}</i>",
            views.welcome_keyboard(),
        )
        await ask_for_time(update, context, first_time=True)
        return

    reactivated = before is not None and before.status in {"stopped", "blocked", "unreachable"}
    if reactivated:
        await repo.set_status(
            context.db, chat.id, "active", now, next_due_at=due_at(subscriber, now)
        )
    sent = await repo.delivered_lessons(context.db, chat.id, subscriber.round)
    lesson = course.next_lesson(set(sent))
    delivered = len(sent)
    lines = [f"Welcome back, {name}! 👋"]
    if reactivated:
        lines.append(
            "Your daily lessons are switched back on, and your progress is just as you left it."
        )
    if lesson is None:
        lines.append("You have finished the course. You can start it over any time.")
        keyboard = views.finished_keyboard()
    elif delivered == 0:
        lines.append(f"You haven't started yet. Lesson 1 is <b>{escape(lesson.title)}</b>.")
        keyboard = views.welcome_keyboard()
    else:
        lines.append(
            f"You have had {delivered} of {len(course.lessons)} lessons. "
            f"Next up: <b>{escape(lesson.title)}</b>."
        )
        keyboard = views.after_lesson_keyboard()
    if subscriber.status == "paused":
        lines.append("Your daily lessons are paused; /resume switches them back on.")
    await send(update, context, "\n\n".join(lines), keyboard)
    if reactivated and not subscriber.scheduled:
        await ask_for_time(update, context, first_time=True)


async def help_command(update: Update, context: BotContext) -> None:
    """List the commands."""
    lines = [f"/{name} — {escape(description)}" for name, description in COMMANDS]
    await send(
        update,
        context,
        "<b>What I can do</b>\n\n" + "\n".join(lines) + "\n\nOr tap ☰ Menu.",
        views.back_keyboard(),
    )


async def stop(update: Update, context: BotContext) -> None:
    """Ask for confirmation before unsubscribing."""
    keyboard = views.Keyboard(
        [[views.button("Yes, stop", "stop", "yes"), views.button("No, keep them", "stop", "no")]]
    )
    await send(
        update,
        context,
        "Stop the daily lessons? Your progress is kept, and /start brings you back any time.",
        keyboard,
    )


async def stop_answer(update: Update, context: BotContext) -> None:
    """Unsubscribe after the confirm button, or keep things as they are."""
    await answer(update)
    chat = update.effective_chat
    assert chat is not None and update.callback_query is not None
    choice = callbacks.parse(update.callback_query.data).field(0)
    if choice == "yes":
        await repo.set_status(context.db, chat.id, "stopped", context.services.clock.now())
        await show(
            update,
            context,
            "Done: no more daily lessons. Your progress is kept. Send /start whenever you'd like "
            "to come back. Take care of yourself. 💛",
        )
    else:
        await show(update, context, "Great, your daily lessons carry on as before.")


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("start", start, filters=private),
        CommandHandler("help", help_command, filters=private),
        CommandHandler("stop", stop, filters=private),
        CallbackQueryHandler(stop_answer, pattern=callbacks.pattern("stop")),
    ]
