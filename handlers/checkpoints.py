"""Retrieval practice: the recap question atop a lesson and the review checkpoints.

A recap tap is answered in a pop-up and not scored. A checkpoint is offered by a button under a
check-in's feedback; its first answers are stored like check-in answers, under the id
`<checkpoint>/<question>` (never a lesson id, which has no `/`), so /progress can score each one.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot import callbacks, views
from bot.services import BotContext
from content.models import Checkpoint, Course
from handlers.common import answer, current_subscriber, show
from storage import repo
from storage.db import Database

logger = logging.getLogger(__name__)

SEPARATOR = "/"


def answer_key(checkpoint_id: str, question_id: str) -> str:
    return f"{checkpoint_id}{SEPARATOR}{question_id}"


async def first_answers(db: Database, chat_id: int, round_: int) -> dict[str, bool]:
    """The first answer to every question this round: check-ins by lesson id, checkpoints by key."""
    return await repo.first_answers(db, chat_id, round_)


def checkpoint_scores(
    course: Course, answers: dict[str, bool]
) -> list[tuple[Checkpoint, int, int]]:
    """(checkpoint, right, answered) for each checkpoint with at least one answer."""
    scores = []
    for checkpoint in course.checkpoints:
        keys = [answer_key(checkpoint.id, q.id) for q in checkpoint.questions]
        given = [answers[k] for k in keys if k in answers]
        if given:
            scores.append((checkpoint, sum(given), len(given)))
    return scores


def lesson_score(answers: dict[str, bool]) -> tuple[int, int]:
    """(right, answered) over the check-in questions only."""
    given = [right for key, right in answers.items() if SEPARATOR not in key]
    return sum(given), len(given)


async def recap_answer(update: Update, context: BotContext) -> None:
    """A tap on a recap answer: the verdict in a pop-up, and the recap buttons go."""
    query = update.callback_query
    assert query is not None
    data = callbacks.parse(query.data)
    lesson = context.course.lesson(data.field(0))
    if lesson is None or lesson.recap is None or lesson.recap.quiz.option(data.field(1)) is None:
        await answer(update, "That question has changed since.")
        return
    try:
        await query.answer(views.recap_answer(lesson, data.field(1)), show_alert=True)
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
    data = callbacks.parse(query.data)
    checkpoint = context.course.checkpoint(data.field(0))
    if checkpoint is None or checkpoint.question(data.field(1)) is None:
        await answer(update, "That review has changed since. Try the next lesson.")
        return
    await answer(update)
    text, keyboard = views.checkpoint_question(checkpoint, data.field(1))
    if data.field(1) == checkpoint.questions[0].id:
        # Leave the check-in feedback as it was, less this button; the review starts below it.
        try:
            await query.edit_message_reply_markup(reply_markup=views.after_lesson_keyboard())
        except BadRequest as exc:
            logger.debug("Could not update the check-in buttons: %s", exc)
        chat = update.effective_chat
        assert chat is not None
        await context.bot.send_message(chat.id, text, parse_mode="HTML", reply_markup=keyboard)
        return
    await show(update, context, text, keyboard)


async def checkpoint_answer(update: Update, context: BotContext) -> None:
    """Record the first answer to a checkpoint question and explain it."""
    query = update.callback_query
    assert query is not None
    data = callbacks.parse(query.data)
    checkpoint = context.course.checkpoint(data.field(0))
    question = checkpoint.question(data.field(1)) if checkpoint else None
    option_id = data.field(2)
    if checkpoint is None or question is None or question.quiz.option(option_id) is None:
        await answer(update, "That question has changed since. Try the next lesson.")
        return
    subscriber = await current_subscriber(update, context)
    correct = option_id == question.quiz.answer
    await repo.record_answer(
        context.db,
        subscriber.chat_id,
        subscriber.round,
        answer_key(checkpoint.id, question.id),
        option_id,
        correct,
        context.services.clock.now(),
    )
    await answer(update, "✅ Right!" if correct else "Good try — see why below.")
    score = None
    if checkpoint.next_question(question.id) is None:
        answers = await first_answers(context.db, subscriber.chat_id, subscriber.round)
        found = [s for s in checkpoint_scores(context.course, answers) if s[0].id == checkpoint.id]
        score = (found[0][1], len(checkpoint.questions)) if found else None
    text, keyboard = views.checkpoint_feedback(checkpoint, question.id, option_id, score)
    await show(update, context, text, keyboard)


def handlers() -> list:
    return [
        CallbackQueryHandler(recap_answer, pattern=callbacks.pattern("recap")),
        CallbackQueryHandler(checkpoint_question, pattern=callbacks.pattern("cp")),
        CallbackQueryHandler(checkpoint_answer, pattern=callbacks.pattern("cpa")),
    ]
