"""/progress: how far along the subscriber is, their check-in score, and what comes next."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import callbacks, views
from bot.services import BotContext
from handlers.checkpoints import checkpoint_scores, first_answers, lesson_score
from handlers.common import answer, current_subscriber, show
from handlers.schedule import describe_next
from storage import repo


async def progress(update: Update, context: BotContext) -> None:
    """Show "Lesson 3 of 9" with a bar, the score, what comes next and when."""
    await answer(update)
    subscriber = await current_subscriber(update, context)
    course = context.course
    delivered = await repo.delivered_lessons(context.db, subscriber.chat_id, subscriber.round)
    done = len(delivered)
    done = min(done, len(course.lessons))
    total = len(course.lessons)
    answers = await first_answers(context.db, subscriber.chat_id, subscriber.round)
    right, answered = lesson_score(answers)
    upcoming = course.next_lesson(set(delivered))
    lines = [
        "<b>Your progress</b>",
        f"Lesson {done} of {total}",
        f"{views.progress_bar(done, total)} {round(100 * done / total) if total else 0}%",
        "",
        f"Check-in questions: {right} of {answered} right"
        if answered
        else "No check-ins answered yet.",
    ]
    for checkpoint, cp_right, cp_answered in checkpoint_scores(course, answers):
        lines.append(f"📝 {escape(checkpoint.title)}: {cp_right} of {cp_answered} right")
    if upcoming is None:
        lines.append("🎓 You've finished the course.")
    else:
        lines.append(f"Next: <b>{escape(upcoming.title)}</b> (/next to read it now)")
    if subscriber.status == "paused":
        lines.append("Daily lessons: paused (/resume)")
    elif subscriber.status == "active" and subscriber.next_due_at and subscriber.timezone:
        lines.append(
            f"Next daily lesson: {describe_next(subscriber.next_due_at, subscriber.timezone)}"
        )
    elif subscriber.status == "active" and upcoming is not None:
        lines.append("Daily lessons: no time set yet (/time)")
    keyboard = views.finished_keyboard() if upcoming is None else views.back_keyboard()
    await show(update, context, "\n".join(lines), keyboard)


def handlers() -> list:
    return [
        CommandHandler("progress", progress, filters=filters.ChatType.PRIVATE),
        CallbackQueryHandler(progress, pattern=callbacks.pattern("progress")),
    ]
