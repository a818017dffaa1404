"""The inline menu and the topic pages, by button and by command."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from handlers.common import answer, position_of, pressed, send, show
from handlers.context import BotContext
from storage import subscribers
from views.callbacks import MenuData, PageData


async def menu_screen(update: Update, context: BotContext) -> tuple[str, views.Keyboard]:
    """The menu for this person: the topics, and the way on from where they are.

    Someone the bot does not know yet gets the menu for a newcomer, and stays unknown.
    """
    chat = update.effective_chat
    assert chat is not None
    subscriber = await subscribers.get_subscriber(context.db, chat.id)
    position = await position_of(context, subscriber) if subscriber is not None else None
    course = context.course
    return views.menu_text(course, position), views.menu_keyboard(course, position)


async def menu(update: Update, context: BotContext) -> None:
    """Show the menu: one button per topic (edits in place when reached by a button)."""
    await answer(update)
    await show(update, context, *await menu_screen(update, context))


async def page_button(update: Update, context: BotContext) -> None:
    """Turn the menu message into the tapped topic page."""
    command = pressed(update, PageData).command
    page = context.course.pages.get(command)
    if page is None:
        await answer(update, "That topic is no longer available.")
        await show(update, context, *await menu_screen(update, context))
        return
    await answer(update)
    await show(update, context, *views.page_view(page))


async def page_command(update: Update, context: BotContext) -> bool:
    """Answer /mechanism, /speed, … (whatever pages the course has) with the topic page.

    The fallback asks this for every command no other handler took, so the page commands follow
    pages.yaml; False if the command is not a page.
    """
    message = update.effective_message
    if message is None or not message.text:
        return False
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    page = context.course.pages.get(command)
    if page is None:
        return False
    await send(update, context, *views.page_view(page, fresh=True))
    return True


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("menu", menu, filters=private),
        CallbackQueryHandler(menu, pattern=MenuData.pattern),
        CallbackQueryHandler(page_button, pattern=PageData.pattern),
    ]
