"""Lessons on demand: start the course, /next, Continue, the check-in quiz, and starting over."""

from __future__ import annotations

import logging

from telegram import Bot, Message, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from content.models import Course, Lesson
from handlers.common import answer, current_subscriber, drop_keyboard, pressed, send, show
from handlers.context import BotContext
from handlers.timing import due_at
from storage import coursework, subscribers
from storage.db import Database
from storage.subscribers import Status
from views.callbacks import NextData, PartData, QuizData

logger = logging.getLogger(__name__)


async def next_lesson(
    db: Database, course: Course, subscriber: subscribers.Subscriber
) -> Lesson | None:
    """The first lesson of the course this subscriber has not been sent in this round."""
    delivered = set(await coursework.delivered_lessons(db, subscriber.chat_id, subscriber.round))
    return course.next_lesson(delivered)


async def send_part(
    bot: Bot, chat_id: int, lesson: Lesson, index: int, **kwargs: object
) -> Message:
    """Send one part of a lesson; the last part is followed by its check-in question."""
    text, keyboard = views.lesson_part(lesson, index)
    message = await bot.send_message(
        chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard, **kwargs
    )
    if index == len(lesson.messages) - 1 and lesson.quiz is not None:
        quiz_text, quiz_keyboard = views.quiz_view(lesson)
        await bot.send_message(
            chat_id, quiz_text, parse_mode=ParseMode.HTML, reply_markup=quiz_keyboard
        )
    return message


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
        await subscribers.set_status(
            context.db, subscriber.chat_id, Status.FINISHED, context.services.clock.now()
        )
        await send(update, context, views.finished_text(context.course), views.finished_keyboard())
        return
    await send_part(context.bot, subscriber.chat_id, lesson, 0)
    await coursework.record_delivery(
        context.db,
        subscriber.chat_id,
        subscriber.round,
        lesson.id,
        "pull",
        context.services.clock.now(),
    )


async def continue_part(update: Update, context: BotContext) -> None:
    """Send the next part of a lesson when "Continue" is tapped."""
    data = pressed(update, PartData)
    lesson = context.course.lesson(data.lesson_id)
    index = data.part - 1
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
    data = pressed(update, QuizData)
    lesson = context.course.lesson(data.lesson_id)
    option_id = data.option_id
    if lesson is None or lesson.quiz is None or lesson.quiz.option(option_id) is None:
        await answer(update, "That question has changed since. Try the next lesson.")
        return
    subscriber = await current_subscriber(update, context)
    correct = option_id == lesson.quiz.answer
    first = await coursework.record_answer(
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
    await show(update, context, text, views.after_lesson_keyboard())


async def start_over(update: Update, context: BotContext) -> None:
    """Begin the course again from lesson 1, keeping the earlier round in the history."""
    await answer(update)
    await drop_keyboard(update)
    now = context.services.clock.now()
    subscriber = await current_subscriber(update, context)
    await subscribers.start_over(context.db, subscriber.chat_id, now, due_at(subscriber, now))
    await send(update, context, "↺ Starting over. Here is lesson 1 again.")
    await send_next_lesson(update, context)


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("next", next_command, filters=private),
        CallbackQueryHandler(next_command, pattern=NextData.pattern),
        CallbackQueryHandler(next_command, pattern=r"^course:start$"),
        CallbackQueryHandler(next_from_menu, pattern=r"^course:next$"),
        CallbackQueryHandler(continue_part, pattern=PartData.pattern),
        CallbackQueryHandler(quiz_answer, pattern=QuizData.pattern),
        CallbackQueryHandler(start_over, pattern=r"^again:yes$"),
    ]
