"""Finding and sending a subscriber's next lesson; shared by the commands and the daily push."""

from __future__ import annotations

import logging

from telegram import Bot, Message
from telegram.constants import ParseMode

from bot import views
from content.models import Course, Lesson
from storage import repo
from storage.db import Database

logger = logging.getLogger(__name__)


async def next_lesson(db: Database, course: Course, subscriber: repo.Subscriber) -> Lesson | None:
    """The first lesson of the course this subscriber has not been sent in this round."""
    delivered = set(await repo.delivered_lessons(db, subscriber.chat_id, subscriber.round))
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
