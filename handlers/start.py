"""/start, /help and /stop: subscribing, the command list, and unsubscribing."""

from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from handlers.commands import commands
from handlers.common import answer, current_subscriber, position_of, pressed, send, show
from handlers.context import BotContext
from handlers.schedule import ask_for_time, due_at
from storage import subscribers
from storage.subscribers import Status
from views.callbacks import CourseData, StopData

logger = logging.getLogger(__name__)

GONE = {Status.STOPPED, Status.BLOCKED, Status.UNREACHABLE}  # no lessons until /start


async def start(update: Update, context: BotContext) -> None:
    """Subscribe a new person, or welcome someone back and say where they are."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    now = context.services.clock.now()
    course = context.course
    before = await subscribers.get_subscriber(context.db, chat.id)
    subscriber, created = await subscribers.subscribe(
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

    reactivated = before is not None and before.status in GONE
    if reactivated:
        await subscribers.set_status(
            context.db, chat.id, Status.ACTIVE, now, next_due_at=due_at(subscriber, now)
        )
    position = await position_of(context, subscriber)
    lines = [f"Welcome back, {name}! 👋"]
    if reactivated:
        lines.append(
            "Your daily lessons are switched back on, and your progress is just as you left it."
        )
    carry_on = views.button("Continue the course ▶", CourseData("next"))
    if position.finished:
        lines.append("You have finished the course. You can start it over any time.")
        keyboard = views.finished_keyboard()
    elif not position.started:
        assert position.upcoming is not None
        title = escape(position.upcoming.title)
        lines.append(f"You haven't started yet. Lesson 1 is <b>{title}</b>.")
        keyboard = views.welcome_keyboard()
    else:
        had = f"You have had {len(position.had)} of {len(course.lessons)} lessons."
        if position.current is not None:
            lines.append(f"{had} You're partway through <b>{escape(position.current.title)}</b>.")
        else:
            assert position.upcoming is not None
            lines.append(f"{had} Next up: <b>{escape(position.upcoming.title)}</b>.")
        keyboard = views.Keyboard([[carry_on, views.menu_button()]])
    if subscriber.status == Status.PAUSED:
        lines.append("Your daily lessons are paused; /resume switches them back on.")
    await send(update, context, "\n\n".join(lines), keyboard)
    if not subscriber.scheduled and (reactivated or subscriber.status == Status.ACTIVE):
        # No time chosen yet (the course can be started before one is): ask, or no lesson comes.
        await ask_for_time(update, context, first_time=True)


async def help_command(update: Update, context: BotContext) -> None:
    """List the commands."""
    lines = [f"/{name} — {escape(description)}" for name, description in commands(context.course)]
    await send(
        update,
        context,
        "<b>What I can do</b>\n\n" + "\n".join(lines) + "\n\nOr tap ☰ Menu.",
        views.Keyboard([[views.menu_button()]]),
    )


ALREADY_STOPPED = (
    "Your daily lessons are already stopped, and your progress is kept. "
    "/start brings them back any time."
)
# What "No, keep them" leaves in place, by status; anything else keeps daily lessons coming.
KEPT = {
    Status.PAUSED: "Nothing changed: your daily lessons stay paused; /resume turns them on.",
    Status.FINISHED: "Nothing changed: you have finished the course, so no daily lessons come.",
}


async def stop(update: Update, context: BotContext) -> None:
    """Ask for confirmation before unsubscribing."""
    subscriber = await current_subscriber(update, context)  # someone not subscribed is told so
    if subscriber.status == Status.STOPPED:
        await send(update, context, ALREADY_STOPPED)
        return
    keyboard = views.Keyboard(
        [
            [
                views.button("Yes, stop", StopData("yes")),
                views.button("No, keep them", StopData("no")),
            ]
        ]
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
    assert chat is not None
    choice = pressed(update, StopData).choice
    subscriber = await current_subscriber(update, context)  # a stale button after /forget
    if choice == "yes":
        now = context.services.clock.now()
        await subscribers.set_status(context.db, chat.id, Status.STOPPED, now)
        await show(
            update,
            context,
            "Done: no more daily lessons. Your progress is kept. Send /start whenever you'd like "
            "to come back. Take care of yourself. 💛",
        )
    elif subscriber.status in GONE:  # stopped since this question was asked (or blocked)
        await show(update, context, ALREADY_STOPPED)
    else:
        kept = KEPT.get(subscriber.status, "Great, your daily lessons carry on as before.")
        await show(update, context, kept)


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("start", start, filters=private),
        CommandHandler("help", help_command, filters=private),
        CommandHandler("stop", stop, filters=private),
        CallbackQueryHandler(stop_answer, pattern=StopData.pattern),
    ]
