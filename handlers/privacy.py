"""/mydata and /forget: a subscriber can see everything stored about them, and erase all of it.

/mydata sends the export as a JSON file the person can save, then a short readable summary in
the chat: their settings, the lessons they have had by date, and their check-in answers.

The bot stores only what it needs to send one lesson a day: the chat id, first name and language
code, the subscription status and course round, the push time and zone, timestamps, which lessons
were sent and the check-in answers. Nothing anyone types is stored.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, tzinfo
from html import escape
from typing import Any

from telegram import InputFile, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from content.markup import MESSAGE_LIMIT
from content.models import Course
from handlers import conversation
from handlers.common import answer, pressed, send, show
from handlers.context import BotContext
from journey.timeplan import TimeInputError, parse_zone
from storage import privacy
from views.callbacks import ForgetData

logger = logging.getLogger(__name__)

# Room for the heading above the JSON in each message, with a wide margin.
CHUNK_LIMIT = MESSAGE_LIMIT - 300

EXPORT_FILENAME = "my-data.json"
EXPORT_CAPTION = (
    "📄 Here is everything I store about you, as a file you can save. A short summary follows."
)
NOTHING_STORED = (
    "I don't have anything stored about you right now. "
    "If you send /start, I'll keep only what the course needs, and /mydata will show it."
)
FORGET_QUESTION = (
    "🗑 <b>Delete everything I store about you?</b>\n\n"
    "That is your first name and language, your lesson time and time zone, which lessons you "
    "have had and your check-in answers. Your daily lessons stop too. This can't be undone.\n\n"
    "(Messages in this chat stay on your device; you can clear them in Telegram.)"
)
GOODBYE = (
    "Done. Everything I stored about you is deleted, and no more lessons will come. 💛\n\n"
    "Thank you for spending time here. Take good care of yourself. If you'd like to come back "
    "one day, /start begins afresh.\n\n"
    "If things ever feel heavy, /sos shows people you can talk to, any time."
)
KEPT = "Nothing was deleted; everything stays as it was. /mydata shows what I keep."


def _iso(value: Any) -> Any:
    """Unix seconds as ISO-8601 UTC; anything else unchanged."""
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).isoformat()
    return value


def _readable(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row for people: times as ISO-8601, the chat id left to the document's top."""
    return {
        column: _iso(value) if column.endswith("_at") else value
        for column, value in row.items()
        if column != "chat_id"
    }


def export_file(document: dict[str, Any]) -> bytes:
    """The document as a pretty-printed UTF-8 JSON file."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_document(
    chat_id: int, data: dict[str, list[dict[str, Any]]], now: datetime
) -> dict[str, Any]:
    """Everything stored about one chat, as a JSON-ready document."""
    document: dict[str, Any] = {"chat_id": chat_id, "exported_at": now.astimezone(UTC).isoformat()}
    subscribers = data.get("subscribers") or []
    document["subscriber"] = _readable(subscribers[0]) if subscribers else None
    for table, rows in data.items():
        if table != "subscribers":
            document[table] = [_readable(row) for row in rows]
    return document


def _when(stamp: int | None, zone: tzinfo, with_time: bool = False) -> str:
    if stamp is None:
        return "—"
    local = datetime.fromtimestamp(stamp, zone)
    return local.strftime("%a %d %b %Y, %H:%M" if with_time else "%d %b %Y")


def summary_lines(
    data: dict[str, list[dict[str, Any]]], course: Course, zone_name: str | None
) -> list[str]:
    """What is stored, for people: settings, lessons by date, check-in answers (no JSON)."""
    try:
        zone = parse_zone(zone_name) if zone_name else UTC
    except TimeInputError:
        zone = UTC
    shown_in = zone_name or "UTC"
    rows = data.get("subscribers") or []
    lines = [f"<i>Dates and times in {escape(shown_in)}.</i>"]
    if rows:
        you = rows[0]
        lines += [
            "",
            "<b>You</b>",
            f"First name: {escape(str(you.get('first_name') or '—'))}"
            f" · language: {escape(str(you.get('language_code') or '—'))}",
            f"With the course since {_when(you.get('created_at'), zone)}"
            f" · status: {escape(str(you.get('status')))} · round {you.get('round')}",
        ]
        if you.get("push_time") and you.get("timezone"):
            lines.append(
                f"Daily lesson: {escape(str(you['push_time']))}, {escape(str(you['timezone']))}"
                f" · next: {_when(you.get('next_due_at'), zone, with_time=True)}"
            )
        else:
            lines.append("Daily lesson: no time set")
    deliveries = sorted(data.get("deliveries") or [], key=lambda row: row["delivered_at"])
    rounds = {row["round"] for row in deliveries}
    lines += ["", f"<b>Lessons you've had</b> ({len(deliveries)})"]
    for row in deliveries:
        lesson = course.lesson(row["lesson_id"])
        title = f"{lesson.number}. {lesson.title}" if lesson else row["lesson_id"]
        how = "daily lesson" if row.get("via") == "push" else "you asked"
        again = f" · round {row['round']}" if len(rounds) > 1 else ""
        lines.append(f"{_when(row['delivered_at'], zone)} — {escape(title)} ({how}{again})")
    answers = sorted(data.get("quiz_answers") or [], key=lambda row: row["answered_at"])
    lines += ["", f"<b>Your check-in answers</b> ({len(answers)})"]
    for row in answers:
        lesson = course.lesson(row["lesson_id"])
        option = lesson.quiz.option(row["option_id"]) if lesson and lesson.quiz else None
        title = f"{lesson.number}. {lesson.title}" if lesson else row["lesson_id"]
        chose = escape(option.text) if option else escape(row["option_id"])
        mark = "✅ right" if row.get("correct") else "not quite"
        lines.append(f"{escape(title)}: “{chose}” — {mark}")
    return lines


def export_messages(lines: list[str]) -> list[str]:
    """The summary in messages that fit, split on line boundaries only if one can't hold it."""
    chunks: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if chunks[-1] and size + _length(line) + 1 > CHUNK_LIMIT:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += _length(line) + 1
    heading = (
        "<b>Everything I store about you</b>, in short. The file above holds all of it, exactly "
        "as stored."
    )
    messages = []
    for number, chunk in enumerate(chunks, start=1):
        title = heading if len(chunks) == 1 else f"{heading} Part {number} of {len(chunks)}."
        messages.append(title + "\n" + "\n".join(chunk))
    messages[-1] += "\n\n/forget deletes all of it."
    return messages


def _length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def mydata(update: Update, context: BotContext) -> None:
    """Send the person everything stored about them: a JSON file, then a short summary."""
    chat = update.effective_chat
    assert chat is not None
    data = await privacy.personal_data(context.db, chat.id)
    if not any(data.values()):
        await send(update, context, NOTHING_STORED)
        return
    document = export_document(chat.id, data, context.services.clock.now())
    await context.bot.send_document(
        chat.id,
        InputFile(export_file(document), filename=EXPORT_FILENAME),
        caption=EXPORT_CAPTION,
        parse_mode=ParseMode.HTML,
    )
    subscribers = data.get("subscribers") or [{}]
    lines = summary_lines(data, context.course, subscribers[0].get("timezone"))
    for text in export_messages(lines):
        await send(update, context, text)


async def forget(update: Update, context: BotContext) -> None:
    """Ask for confirmation before deleting everything about this person."""
    chat = update.effective_chat
    assert chat is not None
    data = await privacy.personal_data(context.db, chat.id)
    if not any(data.values()):
        await conversation.clear(update, context)
        await send(update, context, NOTHING_STORED)
        return
    keyboard = views.Keyboard(
        [
            [views.button("Yes, delete everything", ForgetData("yes"))],
            [views.button("No, keep it", ForgetData("no"))],
        ]
    )
    await send(update, context, FORGET_QUESTION, keyboard)


async def forget_answer(update: Update, context: BotContext) -> None:
    """Delete everything after the confirm button, or leave things as they are."""
    await answer(update)
    chat = update.effective_chat
    assert chat is not None
    if pressed(update, ForgetData).choice != "yes":
        await show(update, context, KEPT)
        return
    removed = await privacy.forget_subscriber(context.db, chat.id)
    # A safety plan being written lives in memory: drop it too (the row held the rest).
    context.user_data.clear()
    context.chat_data.clear()
    logger.info("Erased a subscriber's data on their request (%d rows)", removed)
    await show(update, context, GOODBYE)


def handlers() -> list:
    """The /mydata and /forget commands and the confirm buttons."""
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("mydata", mydata, filters=private),
        CommandHandler("forget", forget, filters=private),
        CallbackQueryHandler(forget_answer, pattern=ForgetData.pattern),
    ]
