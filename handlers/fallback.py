"""Everything no other handler took: a short, kind pointer to the menu. Never silence."""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

import views
from handlers import conversation, menu, smalltalk
from handlers.ask import question
from handlers.common import answer, send
from handlers.context import BotContext
from handlers.conversation import Expecting
from handlers.timing import handle_typed_answer
from handlers.typed_check_in import typed_answer
from views.smalltalk import WAITING_FOR_TIME, WAITING_FOR_ZONE

logger = logging.getLogger(__name__)

# A caption mostly describes its picture ("look at this"); one that asks is a question to answer.
_ASKS = re.compile(
    r"\?|^\s*(?:what|how|why|when|where|which|who|is|are|can|could|does|do|did|will|should|"
    r"would)\b",
    re.IGNORECASE,
)

POINTER = (
    "Hi there! 👋 I can't reply to messages like this one, but I can answer questions about what "
    "the course covers, straight from the course. For your own care, a doctor or pharmacist is "
    "the right person to ask. 💛\n"
    "Tap ☰ Menu for the topics, /next for the next lesson, or /help for everything I can do.\n"
    "If you're going through a hard time, /sos shows people you can talk to right now."
)


async def text_message(update: Update, context: BotContext) -> None:
    """Use typed input we asked for; otherwise answer it as a question from the course."""
    if await typed_answer(update, context):
        return  # an answer to the safety check-in comes before a time or zone still asked
    if await handle_typed_answer(update, context):
        return
    await question_or_pointer(update, context)


async def question_or_pointer(update: Update, context: BotContext) -> None:
    """Answer thanks or "ok" kindly, a text or caption from the course, or point to the menu."""
    if await typed_answer(update, context):
        return
    if await smalltalk.reply(update, context):
        return
    if await question(update, context):
        return
    text = POINTER
    awaiting = await conversation.expected(update, context)
    if awaiting is not None:  # "banana" at the time question: the question still waits, say so
        time = awaiting in (Expecting.TIME, Expecting.TIME_OR_TAP)
        text = f"{text}\n\n{WAITING_FOR_TIME if time else WAITING_FOR_ZONE}"
    await send(update, context, text, views.Keyboard([[views.menu_button()]]))


async def edited_message(update: Update, context: BotContext) -> None:
    """An edit (crisis routing has had it): a command is never re-run; else read as a question."""
    message = update.effective_message
    text = (message.text or message.caption or "") if message is not None else ""
    if text.startswith("/"):
        await send(update, context, POINTER, views.Keyboard([[views.menu_button()]]))
        return
    await question_or_pointer(update, context)


async def unknown_command(update: Update, context: BotContext) -> None:
    """A topic page's command, or else a pointer to the command list."""
    if await menu.page_command(update, context):
        return
    await send(
        update,
        context,
        "I don't know that command. /help lists the ones I know, or tap ☰ Menu.",
        views.Keyboard([[views.menu_button()]]),
    )


async def other_message(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice notes and the like; a caption that asks is read like a question."""
    message = update.effective_message
    if message is not None and message.caption and _ASKS.search(message.caption):
        await question_or_pointer(update, context)
        return
    await send(update, context, POINTER, views.Keyboard([[views.menu_button()]]))


async def unknown_button(update: Update, context: BotContext) -> None:
    """A button this bot did not make, or one from an older version: answer politely."""
    await answer(update, "That button has expired. Here's the menu.")
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return  # the bot keeps no menus outside private chats; the answer is enough
    await send(update, context, *await menu.menu_screen(update, context))


async def group_message(update: Update, context: BotContext) -> None:
    """In a group, say once that the bot is for private chats, then stay quiet."""
    if context.chat_data.get("told_private_only"):
        return
    context.chat_data["told_private_only"] = True
    me = await context.bot.get_me()
    await send(
        update,
        context,
        f"Hi! I work in private chats only, to keep what you read private. "
        f"Message me directly: @{me.username}",
    )


def handlers() -> list:
    """Last in the list: they catch whatever the others left."""
    private = filters.ChatType.PRIVATE
    return [
        MessageHandler(private & filters.COMMAND, unknown_command),
        MessageHandler(private & filters.UpdateType.MESSAGE & filters.TEXT, text_message),
        MessageHandler(private, other_message),
        MessageHandler(filters.ChatType.GROUPS, group_message),
        # Channel posts get nothing: nobody there is talking to the bot.
        CallbackQueryHandler(unknown_button),
    ]
