"""Operator tools for the ids in ADMIN_IDS: /stats, /broadcast and /reload.

Anyone else gets exactly the reply for an unknown command, so the tools stay out of sight. The
statistics are counts only; nothing here shows what one person did.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from html import escape

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from ask import CourseIndex
from content.loader import load_course
from content.markup import MESSAGE_LIMIT, MarkupError, telegram_length, to_telegram_html
from content.models import Course
from handlers.commands import check_pages
from handlers.common import answer, send, show
from handlers.context import BotContext
from handlers.fallback import unknown_button, unknown_command
from push.broadcast import Broadcaster
from storage import broadcasts, counts, subscribers
from storage.subscribers import Status
from views.callbacks import BroadcastData

logger = logging.getLogger(__name__)

PENDING_KEY = "pending_broadcasts"  # bot_data: short id -> PendingBroadcast
MAX_PENDING = 20  # older unconfirmed previews are dropped beyond this
MAIN_STATUSES = (Status.ACTIVE, Status.PAUSED, Status.STOPPED, Status.BLOCKED)
_COMMAND_PREFIX = re.compile(r"^/\S+\s*")

Handler = Callable[[Update, BotContext], Awaitable[None]]


def is_admin(update: Update, context: BotContext) -> bool:
    """True when the update comes from one of the configured operators."""
    user = update.effective_user
    return user is not None and user.id in context.services.config.admin_ids


def admin_only(handler: Handler, *, otherwise: Handler = unknown_command) -> Handler:
    """Run `handler` for operators; anyone else gets the ordinary reply to the unknown."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        if not is_admin(update, context):
            await otherwise(update, context)
            return
        await handler(update, context)

    return guarded


# -- /stats ------------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def status_line(counts: dict[str, int]) -> str:
    """Subscribers by status: the main four always, any others when present."""
    others = sorted(status for status in counts if status not in MAIN_STATUSES)
    return " · ".join(f"{status} {counts.get(status, 0)}" for status in (*MAIN_STATUSES, *others))


def funnel_table(course: Course, reach: dict[str, int], quiz: dict[str, tuple[int, int]]) -> str:
    """Per lesson: how many people reached it (and share of lesson 1), and check-in accuracy."""
    first = reach.get(course.lessons[0].id, 0) if course.lessons else 0
    rows = [f"{'#':>2} {'lesson':<12} {'reached':>10}  {'check-in right':>14}"]
    for number, lesson in enumerate(course.lessons, start=1):
        reached = reach.get(lesson.id, 0)
        right, answered = quiz.get(lesson.id, (0, 0))
        accuracy = f"{right}/{answered} {_percent(right, answered):>4}" if answered else "–"
        rows.append(
            f"{number:>2} {lesson.id[:12]:<12} {reached:>5} {_percent(reached, first):>4}"
            f"  {accuracy:>14}"
        )
    return "\n".join(rows)


def questions_line(counted: dict[str, int]) -> str:
    """Questions so far, and which lessons and pages answered them most."""
    line = (
        f"<b>Questions:</b> {counted.get(counts.QUESTIONS_ASKED, 0)} asked · "
        f"{counted.get(counts.QUESTIONS_ANSWERED, 0)} answered · "
        f"{counted.get(counts.QUESTIONS_NOT_COVERED, 0)} not covered"
    )
    by_doc = {
        name.removeprefix(counts.ANSWERED_BY): value
        for name, value in counted.items()
        if name.startswith(counts.ANSWERED_BY)
    }
    top = sorted(by_doc.items(), key=lambda item: (-item[1], item[0]))[:5]
    if top:
        line += "\nAnswered most by: " + " · ".join(
            f"{escape(doc.replace(':', ' '))} {count}" for doc, count in top
        )
    return line


async def stats(update: Update, context: BotContext) -> None:
    """Counts for the operator: subscribers, lessons sent, the funnel and check-in accuracy."""
    db, course = context.db, context.course
    now = context.services.clock.now().astimezone(UTC)
    midnight = datetime.combine(now.date(), time(0), UTC)
    by_status = await counts.count_by_status(db)
    today = await counts.count_deliveries_since(db, midnight)
    week = await counts.count_deliveries_since(db, midnight - timedelta(days=6))
    table = funnel_table(course, await counts.lesson_reach(db), await counts.quiz_accuracy(db))
    counted = await counts.counters(db)  # added up by every instance on this database
    text = (
        "📊 <b>Statistics</b>\n\n"
        f"<b>Subscribers:</b> {sum(by_status.values())}\n{escape(status_line(by_status))}\n\n"
        f"<b>Lessons sent:</b> {today} today · {week} in the last 7 days (UTC days)\n\n"
        "<b>Funnel</b> (people sent each lesson, share of lesson 1) <b>and check-ins</b> "
        f"(first answers right):\n<pre>{escape(table)}</pre>\n"
        f"<b>Counted so far:</b> {counted.get(counts.CRISIS_REPLIES, 0)} crisis replies · "
        f"{counted.get(counts.FLOOD_NOTICES, 0)} flood notices · "
        f"{counted.get(counts.ERRORS, 0)} errors\n\n"
        f"{questions_line(counted)}"
    )
    await send(update, context, text)


# -- /broadcast --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingBroadcast:
    """An announcement shown as a preview and waiting for the operator's confirmation."""

    html: str  # Telegram HTML, exactly as it will be sent
    admin_id: int


def broadcast_text(raw: str) -> str:
    """The operator's text as Telegram HTML: kept if it is valid markup, else escaped."""
    try:
        return to_telegram_html(raw)
    except MarkupError:
        return escape(raw, quote=False)


def command_argument(update: Update) -> str:
    """The text after the command (and any @botname), newlines and all."""
    message = update.effective_message
    text = message.text if message and message.text else ""
    return _COMMAND_PREFIX.sub("", text, count=1).strip()


def _pending(context: BotContext) -> dict[str, PendingBroadcast]:
    return context.bot_data.setdefault(PENDING_KEY, {})


async def broadcast(update: Update, context: BotContext) -> None:
    """Show the announcement exactly as it will look, with buttons to send or cancel it."""
    raw = command_argument(update)
    if not raw:
        await send(
            update,
            context,
            "Usage: /broadcast <i>text</i>\nThe text may use Telegram HTML (<code>&lt;b&gt;</code>,"
            " <code>&lt;i&gt;</code>, <code>&lt;a href&gt;</code>…). You'll see a preview first.",
        )
        return
    html = broadcast_text(raw)
    length = telegram_length(html)
    if length > MESSAGE_LIMIT:
        await send(
            update, context, f"That is {length} characters; Telegram allows {MESSAGE_LIMIT}."
        )
        return
    try:
        await send(update, context, html)
    except BadRequest as exc:
        await send(update, context, f"Telegram would not show that: {escape(exc.message)}")
        return
    user = update.effective_user
    assert user is not None
    pending = _pending(context)
    while len(pending) >= MAX_PENDING:
        pending.pop(next(iter(pending)))
    key = secrets.token_hex(4)
    pending[key] = PendingBroadcast(html, user.id)
    recipients = len(await subscribers.chat_ids_with_status(context.db, Status.ACTIVE))
    keyboard = views.Keyboard(
        [
            [
                views.button(f"📣 Send to {recipients}", BroadcastData("send", key)),
                views.button("Cancel", BroadcastData("cancel", key)),
            ]
        ]
    )
    await send(
        update,
        context,
        f"☝️ That is how the announcement will look. Send it to <b>{recipients}</b> active "
        "subscribers?",
        keyboard,
    )


async def broadcast_answer(update: Update, context: BotContext) -> None:
    """Send the previewed announcement after the confirm button, or drop it."""
    await answer(update)
    assert update.callback_query is not None
    parsed = BroadcastData.unpack(update.callback_query.data)
    action, key = parsed.action, parsed.key
    pending = _pending(context).pop(key, None)
    if pending is None:
        await show(update, context, "This announcement was already sent or cancelled.")
        return
    if action != "send":
        await show(update, context, "Cancelled. Nothing was sent.")
        return
    chat = update.effective_chat
    assert chat is not None
    if not context.services.sends_in_bulk():
        # Another instance leads: it sends, so the broadcast shares its pacer with the push.
        _, recipients = await broadcasts.create(
            context.db, chat.id, pending.html, context.services.clock.now()
        )
        tick = context.services.config.push_tick_seconds
        when = (
            "It goes out once the start-up check of the database is done"
            if context.services.holds_push_lock is None  # the push has not started here yet
            else f"The instance that sends the daily push starts it within {tick:g} s"
        )
        await show(update, context, f"📣 Queued for {recipients} subscribers. {when}; the "
                   "report comes here.")  # fmt: skip
        return
    broadcaster = Broadcaster(context.bot, context.services)
    broadcast_id, recipients = await broadcaster.create(chat.id, pending.html)
    await show(update, context, f"📣 Sending to {recipients} subscribers…")
    # The sending lives in push.broadcast; its progress is in the database, so a restart
    # carries on and still reports.
    context.application.create_task(broadcaster.send(broadcast_id), update=update)


# -- /reload -----------------------------------------------------------------------------------


def course_summary(course: Course) -> str:
    parts = sum(len(lesson.messages) for lesson in course.lessons)
    return (
        f"{len(course.lessons)} lessons ({parts} parts), {len(course.pages)} pages, "
        f"{len(course.sources)} sources"
    )


async def reload_content(update: Update, context: BotContext) -> None:
    """Re-read the course files; keep the current course if anything is wrong with them."""
    directory = context.services.config.content_dir
    try:
        course = check_pages(await asyncio.to_thread(load_course, directory))
        index = await asyncio.to_thread(CourseIndex.build, course)
    except Exception as exc:  # whatever went wrong, the running course must stay
        logger.warning("Content reload failed; keeping the current course", exc_info=True)
        detail = str(exc) or type(exc).__name__
        if len(detail) > 3000:
            detail = detail[:3000] + "\n…"
        await send(
            update,
            context,
            "⚠️ <b>Content not reloaded</b>; the bot keeps the course it had.\n"
            f"<pre>{escape(detail, quote=False)}</pre>",
        )
        return
    context.services.course, context.services.index = course, index
    logger.info("Content reloaded from %s", directory)
    await send(update, context, f"✅ Content reloaded: {escape(course_summary(course))}.")


def handlers() -> list:
    """The operator commands and the broadcast buttons, all guarded by ADMIN_IDS."""
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("stats", admin_only(stats), filters=private),
        CommandHandler("broadcast", admin_only(broadcast), filters=private),
        CommandHandler("reload", admin_only(reload_content), filters=private),
        CallbackQueryHandler(
            admin_only(broadcast_answer, otherwise=unknown_button),
            pattern=BroadcastData.pattern,
        ),
    ]
