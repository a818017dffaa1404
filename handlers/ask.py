"""Free-text questions, answered from the course: the best passage, its sources and a button.

Reached from the fallback, so crisis routing (an earlier group), commands and a typed time or
zone the bot asked for all come first. The question is read, answered and forgotten: it is never
stored or logged, and /stats sees counts only.
"""

from __future__ import annotations

import logging
import re
from html import escape

from telegram import Update
from telegram.ext import CallbackQueryHandler

import views
from ask import Reply
from ask.reply import compose_for
from handlers import answered
from handlers.commands import commands
from handlers.common import answer, pressed, send
from handlers.context import BotContext
from handlers.safety import crisis_reply
from storage import counts
from views.callbacks import AskData, MenuData

logger = logging.getLogger(__name__)

BUTTON_CHARS = 40  # long titles are shortened on buttons; the reply shows them in full
# One word and nothing else, perhaps with the slash forgotten or misplaced: "stop", "STOP.",
# "help?", "start". Searched as a question, "stop" found a passage about relapse.
_ONE_WORD = re.compile(r"^\s*/?\s*([A-Za-z]+)\s*[.!?]*\s*$")
# Words people type for a command the bot names otherwise, as SMS services taught them.
_ALIASES = {"unsubscribe": "stop", "quit": "stop", "commands": "help", "begin": "start"}
HINT = "Did you mean /{name}? {description}: tap /{name}, or see /help for every command."


def command_meant(text: str, known: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The command a one-word message names ("stop", "Help!"), with its description, or None."""
    match = _ONE_WORD.match(text)
    if match is None:
        return None
    word = match.group(1).casefold()
    word = _ALIASES.get(word, word)
    return next(((name, about) for name, about in known if name == word), None)


def _label(title: str, second: bool) -> str:
    short = title if len(title) <= BUTTON_CHARS else title[: BUTTON_CHARS - 1].rstrip() + "…"
    return f"{'Also: ' if second else '📖 '}{short}"


def reply_keyboard(reply: Reply) -> views.Keyboard:
    """A button for the lesson or page that answered (and any that rank close), then the menu."""
    rows = []
    for position, passage in enumerate(reply.docs):
        kind = "lesson" if passage.is_lesson else "page"
        label = _label(passage.title, position > 0)
        rows.append([views.button(label, AskData(kind, passage.target))])
    rows.append([views.button("◀ Menu", MenuData())])
    return views.Keyboard(rows)


async def question(update: Update, context: BotContext) -> bool:
    """Answer a free-text question from the course, or say kindly that it doesn't cover it.

    Returns False, having sent nothing, when the text has nothing to do with the course ("hello",
    "ok"): the caller's general pointer fits that better.
    """
    message = update.effective_message
    text = (message.text or message.caption) if message is not None else None
    if not text:
        return False
    meant = command_meant(text, commands(context.course))
    if meant is not None:
        name, description = meant
        await send(update, context, HINT.format(name=name, description=escape(description)), None)
        return True
    index = context.services.require_index()
    asked = index.read(text)
    if asked.harm:
        # Asking how much would kill: help comes first, whatever the crisis detector made of it.
        await crisis_reply(update, context)
        return True
    reply = compose_for(asked, index.search(asked), context.course.minors)
    if reply.off_topic and not reply.needs_care_line:
        return False
    meaning = "ask " + " ".join(passage.target for passage in reply.docs)
    if not answered.first_time(update, context, meaning):
        return True  # an edit that asks what the message already asked: answered above
    first = reply.docs[0].target if reply.docs else ""
    if answered.continues_last(update, context, first):
        return True  # the next part of a long message Telegram cut: answered just above
    if reply.answered:
        by = counts.ANSWERED_BY + reply.docs[0].doc
        await context.services.count(counts.QUESTIONS_ASKED, counts.QUESTIONS_ANSWERED, by)
    else:
        await context.services.count(counts.QUESTIONS_ASKED, counts.QUESTIONS_NOT_COVERED)
    await send(update, context, reply.html, reply_keyboard(reply))
    return True


async def open_answer(update: Update, context: BotContext) -> None:
    """Open the lesson (from its first part) or the page a reply pointed to, as a new message."""
    data = pressed(update, AskData)
    kind, target = data.kind, data.target
    course = context.course
    lesson = course.lesson(target) if kind == "lesson" else None
    page = course.pages.get(target) if kind == "page" else None
    if lesson is None and page is None:
        await answer(update, "That part of the course has changed since. Here's the menu.")
        await send(update, context, views.menu_text(course), views.menu_keyboard(course))
        return
    await answer(update)
    if page is not None:
        await send(update, context, *views.page_view(page))
        return
    assert lesson is not None
    # Reading a lesson from an answer is not a delivery: the daily order stays as it was.
    await send(update, context, *views.reread_part(lesson, 0))


def handlers() -> list:
    return [CallbackQueryHandler(open_answer, pattern=AskData.pattern)]
