"""Retrieval practice: the recap question atop a lesson and the review checkpoints.

A recap tap is answered in a pop-up and not scored. A checkpoint is offered by a button under a
check-in's feedback; its first answers are stored like check-in answers (journey/scores.py says
under which id), so /progress can score each one.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

import views
from content.models import Checkpoint, Course
from handlers.common import answer, current_subscriber, pressed, show
from handlers.context import BotContext
from journey.scores import answer_key, load_scores
from storage import coursework
from views.callbacks import RecapData, ReviewAnswerData, ReviewData

logger = logging.getLogger(__name__)


def _after_last_lesson(course: Course, checkpoint: Checkpoint) -> bool:
    return bool(course.lessons) and checkpoint.after == course.lessons[-1].id


async def recap_answer(update: Update, context: BotContext) -> None:
    """A tap on a recap answer: the verdict in a pop-up, and the recap buttons go."""
    query = update.callback_query
    assert query is not None
    data = pressed(update, RecapData)
    lesson = context.course.lesson(data.lesson_id)
    if lesson is None or lesson.recap is None or lesson.recap.quiz.option(data.option_id) is None:
        await answer(update, "That question has changed since.")
        return
    try:
        await query.answer(views.recap_answer(lesson, data.option_id), show_alert=True)
    except BadRequest as exc:
        logger.debug("Could not answer the recap: %s", exc)
    if isinstance(query.message, Message):
        keyboard = query.message.reply_markup
        try:
            await query.edit_message_reply_markup(reply_markup=views.without_recap(keyboard))
        except BadRequest as exc:
            logger.debug("Could not drop the recap buttons: %s", exc)


async def checkpoint_question(update: Update, context: BotContext) -> None:
    """Show a checkpoint question: the first from the button under a check-in, then the next."""
    query = update.callback_query
    assert query is not None
    data = pressed(update, ReviewData)
    checkpoint = context.course.checkpoint(data.checkpoint_id)
    if checkpoint is None or checkpoint.question(data.question_id) is None:
        await answer(update, "That review has changed since. Try the next lesson.")
        return
    await answer(update)
    text, keyboard = views.checkpoint_question(checkpoint, data.question_id)
    if data.question_id == checkpoint.questions[0].id:
        # Leave the check-in feedback as it was, less this button; the review starts below it.
        last = _after_last_lesson(context.course, checkpoint)
        try:
            await query.edit_message_reply_markup(
                reply_markup=views.after_lesson_keyboard(last=last)
            )
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return  # a second tap on the review button: its first question is on its way
            logger.debug("Could not update the check-in buttons: %s", exc)
        chat = update.effective_chat
        assert chat is not None
        await context.bot.send_message(chat.id, text, reply_markup=keyboard)
        return
    await show(update, context, text, keyboard)


async def checkpoint_answer(update: Update, context: BotContext) -> None:
    """Record the first answer to a checkpoint question and explain it."""
    data = pressed(update, ReviewAnswerData)
    course = context.course
    checkpoint = course.checkpoint(data.checkpoint_id)
    question = checkpoint.question(data.question_id) if checkpoint else None
    if checkpoint is None or question is None or question.quiz.option(data.option_id) is None:
        await answer(update, "That question has changed since. Try the next lesson.")
        return
    subscriber = await current_subscriber(update, context)
    correct = data.option_id == question.quiz.answer
    await coursework.record_answer(
        context.db,
        subscriber.chat_id,
        subscriber.round,
        answer_key(checkpoint.id, question.id),
        data.option_id,
        correct,
        context.services.clock.now(),
    )
    await answer(update, "✅ Right!" if correct else "Good try: see why below.")
    score = None
    if checkpoint.next_question(question.id) is None:
        scores = await load_scores(context.db, course, subscriber.chat_id, subscriber.round)
        score = scores.checkpoint(checkpoint.id)
    text, keyboard = views.checkpoint_feedback(
        checkpoint, question.id, data.option_id, score, last=_after_last_lesson(course, checkpoint)
    )
    await show(update, context, text, keyboard)


def handlers() -> list:
    return [
        CallbackQueryHandler(recap_answer, pattern=RecapData.pattern),
        CallbackQueryHandler(checkpoint_question, pattern=ReviewData.pattern),
        CallbackQueryHandler(checkpoint_answer, pattern=ReviewAnswerData.pattern),
    ]
