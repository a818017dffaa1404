"""/progress: how far along the subscriber is, their check-in score, and what comes next."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from handlers.common import answer, current_subscriber, position_of, show
from handlers.context import BotContext
from handlers.schedule import describe_next
from journey.scores import load_scores
from storage.subscribers import Status, Subscriber
from views.callbacks import ProgressData


async def progress(update: Update, context: BotContext) -> None:
    """Show "Lesson 3 of 9" with a bar, the score, what comes next and when."""
    await answer(update)
    subscriber = await current_subscriber(update, context)
    course = context.course
    position = await position_of(context, subscriber)
    total = len(course.lessons)
    done = len(position.had)
    scores = await load_scores(context.db, course, subscriber.chat_id, subscriber.round)
    right, answered = scores.right, scores.answered
    lines = ["<b>Your progress</b>"]
    if position.started:
        lines += [
            f"Lesson {done} of {total}",
            f"{views.progress_bar(done, total)} {round(100 * done / total) if total else 0}%",
        ]
    else:
        lines.append(f"Not started yet: {total} short lessons are waiting.")
    lines += [
        "",
        f"Check-in questions: {right} of {answered} right"
        if answered
        else "No check-ins answered yet.",
    ]
    lines += [views.checkpoint_line(cp) for cp in scores.checkpoints]
    if position.finished:
        lines.append("🎓 You've finished the course.")
    elif position.current is not None:
        lines.append(f"In progress: <b>{escape(position.current.title)}</b> (/next to carry on)")
        if position.upcoming is not None:
            lines.append(f"Then: <b>{escape(position.upcoming.title)}</b>")
    elif position.upcoming is not None:
        verb = "start" if not position.started else "read it now"
        lines.append(f"Next: <b>{escape(position.upcoming.title)}</b> (/next to {verb})")
    lines.extend(_daily_line(subscriber, finished=position.finished))
    if position.finished:
        keyboard = views.finished_keyboard()
    elif update.callback_query is not None:
        keyboard = views.back_keyboard()  # it replaced the menu: go back to it
    else:
        keyboard = views.Keyboard([[views.menu_button()]])
    await show(update, context, "\n".join(lines), keyboard)


def _daily_line(subscriber: Subscriber, *, finished: bool) -> list[str]:
    """What the daily push is doing for this person."""
    status = subscriber.status
    if status == Status.PAUSED:
        return ["Daily lessons: paused (/resume)"]
    if status == Status.STOPPED:
        return ["Daily lessons: stopped, as you asked (/start switches them back on)"]
    if status == Status.ACTIVE and subscriber.next_due_at and subscriber.timezone:
        when = describe_next(subscriber.next_due_at, subscriber.timezone)
        return [f"Next daily lesson: {when}"]
    if status == Status.ACTIVE and not finished:
        return ["Daily lessons: no time set yet (/time)"]
    return []


def handlers() -> list:
    return [
        CommandHandler("progress", progress, filters=filters.ChatType.PRIVATE),
        CallbackQueryHandler(progress, pattern=ProgressData.pattern),
    ]
