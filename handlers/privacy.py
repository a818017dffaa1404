"""/mydata and /forget: a subscriber can see everything stored about them, and erase all of it.

/mydata sends the export twice over: as a JSON file the person can save, and as a readable copy
in the chat.

The bot stores only what it needs to send one lesson a day: the chat id, first name and language
code, the subscription status and course round, the push time and zone, timestamps, which lessons
were sent and the check-in answers. Nothing anyone types is stored.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from html import escape
from typing import Any

from telegram import InputFile, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from content.markup import MESSAGE_LIMIT
from handlers import conversation
from handlers.common import answer, pressed, send, show
from handlers.context import BotContext
from storage import privacy
from views.callbacks import ForgetData

logger = logging.getLogger(__name__)

# Room for the heading above the JSON in each message, with a wide margin.
CHUNK_LIMIT = MESSAGE_LIMIT - 300

EXPORT_FILENAME = "my-data.json"
EXPORT_CAPTION = (
    "📄 Here is everything I store about you, as a file you can save. A readable copy follows."
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


def json_lines(document: dict[str, Any]) -> list[str]:
    """The document as JSON, one table row per line, so it stays short and easy to read."""
    items = list(document.items())
    lines = ["{"]
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        head = f"  {json.dumps(key)}: "
        if isinstance(value, list) and value:
            lines.append(head + "[")
            lines.extend(
                "    " + json.dumps(row, ensure_ascii=False) + ("," if i < len(value) - 1 else "")
                for i, row in enumerate(value)
            )
            lines.append("  ]" + comma)
        elif isinstance(value, dict):
            nested = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            lines.append(head + nested + comma)
        else:
            lines.append(head + json.dumps(value, ensure_ascii=False) + comma)
    lines.append("}")
    return lines


def export_file(document: dict[str, Any]) -> bytes:
    """The document as a pretty-printed UTF-8 JSON file."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def export_messages(document: dict[str, Any]) -> list[str]:
    """The JSON in <pre> blocks, split on line boundaries only if one message can't hold it."""
    chunks: list[list[str]] = [[]]
    size = 0
    for line in json_lines(document):
        if chunks[-1] and size + _length(line) + 1 > CHUNK_LIMIT:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += _length(line) + 1
    heading = "<b>Everything I store about you</b>, as JSON (times in UTC)."
    messages = []
    for number, chunk in enumerate(chunks, start=1):
        title = heading if len(chunks) == 1 else f"{heading} Part {number} of {len(chunks)}."
        body = escape("\n".join(chunk), quote=False)
        messages.append(f'{title}\n<pre><code class="language-json">{body}</code></pre>')
    messages[-1] += "\n/forget deletes all of it."
    return messages


async def mydata(update: Update, context: BotContext) -> None:
    """Send the person everything stored about them: a JSON file, then a readable copy."""
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
    for text in export_messages(document):
        await send(update, context, text)


async def forget(update: Update, context: BotContext) -> None:
    """Ask for confirmation before deleting everything about this person."""
    chat = update.effective_chat
    assert chat is not None
    data = await privacy.personal_data(context.db, chat.id)
    if not any(data.values()):
        conversation.clear(context)
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
    # Half-finished answers (a typed time we were waiting for) live in memory: drop them too.
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
