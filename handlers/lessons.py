"""Lessons on demand: start the course, /next, Continue, the check-in quiz, and starting over."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import callbacks, views
from bot.lessons import next_lesson, send_part
from bot.services import BotContext
from content.models import Lesson
from handlers.common import answer, current_subscriber, drop_keyboard, send, show
from handlers.schedule import due_at
from storage import repo

logger = logging.getLogger(__name__)


async def next_command(update: Update, context: BotContext) -> None:
    """Send the next lesson now (also the "Start the course" and "Next lesson" buttons)."""
    await answer(update)
    await drop_keyboard(update)
    await send_next_lesson(update, context)


async def next_from_menu(update: Update, context: BotContext) -> None:
    """The menu's "Next lesson" button: send the lesson and leave the menu usable."""
    await answer(update)
    await send_next_lesson(update, context)


async def send_next_lesson(update: Update, context: BotContext) -> None:
    """Send the subscriber's next lesson, or the closing message after the last one."""
    subscriber = await current_subscriber(update, context)
    lesson = await next_lesson(context.db, context.course, subscriber)
    if lesson is None:
        # They have seen the closing message now, so the daily push has nothing left to send.
        await repo.set_status(
            context.db, subscriber.chat_id, "finished", context.services.clock.now()
        )
        await send(update, context, views.finished_text(context.course), views.finished_keyboard())
        return
    await send_part(context.bot, subscriber.chat_id, lesson, 0)
    await repo.record_delivery(
        context.db,
        subscriber.chat_id,
        subscriber.round,
        lesson.id,
        "pull",
        context.services.clock.now(),
    )


async def continue_part(update: Update, context: BotContext) -> None:
    """Send the next part of a lesson when "Continue" is tapped."""
    assert update.callback_query is not None
    data = callbacks.parse(update.callback_query.data)
    lesson = context.course.lesson(data.field(0))
    index = int(data.field(1)) - 1 if data.field(1).isdecimal() else -1
    if lesson is not None and lesson.quiz is not None and index == len(lesson.messages):
        await send_checkin(update, context, lesson)
        return
    if lesson is None or not 0 < index < len(lesson.messages):
        await answer(update, "That lesson has changed since. Here's the menu.")
        await send(
            update, context, views.menu_text(context.course), views.menu_keyboard(context.course)
        )
        return
    await answer(update)
    await drop_keyboard(update)
    chat = update.effective_chat
    assert chat is not None
    await send_part(context.bot, chat.id, lesson, index)


async def send_checkin(update: Update, context: BotContext, lesson: Lesson) -> None:
    """The check-in question on its own: the button under a pushed one-part lesson."""
    await answer(update)
    await drop_keyboard(update)
    text, keyboard = views.quiz_view(lesson)
    await send(update, context, text, keyboard)


async def quiz_answer(update: Update, context: BotContext) -> None:
    """Record the first answer to a check-in question and explain the right one."""
    assert update.callback_query is not None
    data = callbacks.parse(update.callback_query.data)
    lesson = context.course.lesson(data.field(0))
    option_id = data.field(1)
    if lesson is None or lesson.quiz is None or lesson.quiz.option(option_id) is None:
        await answer(update, "That question has changed since. Try the next lesson.")
        return
    subscriber = await current_subscriber(update, context)
    correct = option_id == lesson.quiz.answer
    first = await repo.record_answer(
        context.db,
        subscriber.chat_id,
        subscriber.round,
        lesson.id,
        option_id,
        correct,
        context.services.clock.now(),
    )
    await answer(update, "✅ Right!" if correct else "Good try — see why below.")
    text = views.quiz_feedback(
        lesson, option_id, None if first else correct, context.course.disclaimer
    )
    keyboard = views.after_lesson_keyboard(context.course.checkpoint_after(lesson.id))
    await show(update, context, text, keyboard)


async def start_over(update: Update, context: BotContext) -> None:
    """Begin the course again from lesson 1, keeping the earlier round in the history."""
    await answer(update)
    await drop_keyboard(update)
    now = context.services.clock.now()
    subscriber = await current_subscriber(update, context)
    await repo.start_over(context.db, subscriber.chat_id, now, due_at(subscriber, now))
    await send(update, context, "↺ Starting over. Here is lesson 1 again.")
    await send_next_lesson(update, context)


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("next", next_command, filters=private),
        CallbackQueryHandler(next_command, pattern=callbacks.pattern("next")),
        CallbackQueryHandler(next_command, pattern=r"^course:start$"),
        CallbackQueryHandler(next_from_menu, pattern=r"^course:next$"),
        CallbackQueryHandler(continue_part, pattern=callbacks.pattern("part")),
        CallbackQueryHandler(quiz_answer, pattern=callbacks.pattern("quiz")),
        CallbackQueryHandler(start_over, pattern=r"^again:yes$"),
    ]
