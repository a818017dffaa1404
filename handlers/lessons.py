"""Lessons on demand: carrying on where you are, Continue, the check-in, skipping, the ending,
the library of lessons had, and starting over (after asking)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from content.models import Lesson
from handlers import fallback, schedule
from handlers.common import (
    answer,
    current_subscriber,
    drop_keyboard,
    drop_rows,
    position_of,
    pressed,
    send,
    show,
)
from handlers.context import BotContext
from handlers.schedule import due_at
from journey.scores import load_scores
from storage import coursework, subscribers
from storage.subscribers import Status, Subscriber
from views.callbacks import (
    AgainData,
    CourseData,
    LibraryData,
    NextData,
    PartData,
    QuizData,
    ReadData,
    ResumeData,
)

logger = logging.getLogger(__name__)

COURSE_ACTIONS = ("start", "next", "skip")
NO_TIME_YET = "One more thing: lessons come by themselves once you pick a time for them."
AGAIN_CHOICES = ("ask", "yes", "no")
# "Start over ↺" tapped twice asks once: a chat's open question is remembered this long, here only
# (in memory: a restart forgets it, and the next tap simply asks again).
ASKED_KEY = "start_over_asked"  # Services.extra key: chat id -> when the question was sent
ASK_AGAIN_AFTER = timedelta(minutes=1)
ASKED_LIMIT = 10_000  # chats remembered; the oldest go first


def _already_asked(context: BotContext, chat_id: int) -> bool:
    """True if this chat was asked to start over moments ago; otherwise note that it is now."""
    asked: dict[int, datetime] = context.services.extra.setdefault(ASKED_KEY, {})
    now = context.services.clock.now()
    when = asked.get(chat_id)
    if when is not None and now - when < ASK_AGAIN_AFTER:
        return True
    asked.pop(chat_id, None)
    asked[chat_id] = now
    while len(asked) > ASKED_LIMIT:
        del asked[next(iter(asked))]
    return False


def _answered(context: BotContext, chat_id: int) -> None:
    context.services.extra.get(ASKED_KEY, {}).pop(chat_id, None)


async def send_part(
    context: BotContext, subscriber: Subscriber, lesson: Lesson, index: int
) -> Message:
    """Send one part of a lesson; the last part is followed by its check-in question."""
    course, bot, chat_id = context.course, context.bot, subscriber.chat_id
    last_lesson = lesson.id == course.lessons[-1].id
    text, keyboard = views.lesson_part(lesson, index, last_lesson=last_lesson)
    message = await bot.send_message(
        chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard
    )
    if index == len(lesson.messages) - 1 and lesson.quiz is not None:
        await coursework.mark_checkin(
            context.db, chat_id, subscriber.round, lesson.id, coursework.CHECKIN_PUT
        )
        quiz_text, quiz_keyboard = views.quiz_view(lesson)
        await bot.send_message(
            chat_id, quiz_text, parse_mode=ParseMode.HTML, reply_markup=quiz_keyboard
        )
    return message


async def next_command(update: Update, context: BotContext) -> None:
    """/next and "Next lesson": carry on from where the person is (a second tap does nothing)."""
    await answer(update)
    if await drop_keyboard(update):
        await carry_on(update, context)


async def course_button(update: Update, context: BotContext) -> None:
    """The menu's and welcome's course buttons: start, continue, or skip ahead on purpose."""
    action = pressed(update, CourseData).action
    if action not in COURSE_ACTIONS:
        await fallback.unknown_button(update, context)
        return
    await answer(update)
    # A second tap on the same button finds it gone, and does not start, read on or skip again.
    if action == "start" and not await drop_keyboard(update):
        return
    if action != "start" and not await drop_rows(update, CourseData):
        return  # the rest of a menu stays; only its way on goes, taken
    if action == "skip":
        await skip_ahead(update, context)
    else:
        await carry_on(update, context)
    if action == "start":
        subscriber = await current_subscriber(update, context)
        if not subscriber.scheduled and subscriber.status == Status.ACTIVE:
            # Started before a time was chosen: without one no lesson would ever come by itself.
            await schedule.ask_for_time(update, context, note=NO_TIME_YET, below=True)


async def carry_on(update: Update, context: BotContext) -> None:
    """The next unread part of the lesson in progress, its check-in, the next lesson, or the end."""
    subscriber = await current_subscriber(update, context)
    position = await position_of(context, subscriber)
    lesson = position.current
    if lesson is not None:
        if position.next_part is None:
            if await put_checkin(update, context, subscriber, lesson):
                return
        else:
            await send_part(context, subscriber, lesson, position.next_part)
            await coursework.mark_read(
                context.db, subscriber.chat_id, subscriber.round, lesson.id, position.next_part + 1
            )
            return
    if position.upcoming is None:
        await finish(update, context, subscriber)
        return
    await deliver(update, context, subscriber, position.upcoming)


async def put_checkin(
    update: Update, context: BotContext, subscriber: Subscriber, lesson: Lesson
) -> bool:
    """/next while a check-in waits: put it if never put, else remind once; False: move on."""
    db, chat_id, round_ = context.db, subscriber.chat_id, subscriber.round
    shown = await coursework.checkin_shown(db, chat_id, round_, lesson.id)
    if shown >= coursework.CHECKIN_REMINDED:
        return False  # reminded already: the question stays open above, the course goes on
    view = views.quiz_view if shown < coursework.CHECKIN_PUT else views.checkin_reminder
    # Moved on before the send, from exactly what was read: of two at once, one sends.
    if await coursework.mark_checkin(db, chat_id, round_, lesson.id, shown + 1, was=shown):
        await send(update, context, *view(lesson))
    return True


async def skip_ahead(update: Update, context: BotContext) -> None:
    """Leave the lesson in progress for later and start the next one (it stays in /lessons)."""
    subscriber = await current_subscriber(update, context)
    position = await position_of(context, subscriber)
    if position.upcoming is None:
        await carry_on(update, context)
        return
    await deliver(update, context, subscriber, position.upcoming)


async def deliver(
    update: Update, context: BotContext, subscriber: Subscriber, lesson: Lesson
) -> None:
    """Send a lesson's first part and record it as delivered."""
    await send_part(context, subscriber, lesson, 0)
    await coursework.record_delivery(
        context.db,
        subscriber.chat_id,
        subscriber.round,
        lesson.id,
        "pull",
        context.services.clock.now(),
    )
    if len(lesson.messages) == 1 and lesson.quiz is not None:  # its check-in went with it
        await coursework.mark_checkin(
            context.db, subscriber.chat_id, subscriber.round, lesson.id, coursework.CHECKIN_PUT
        )


async def finish(update: Update, context: BotContext, subscriber: Subscriber) -> None:
    """The closing message with the score, once; after that a short reminder that it's done."""
    scores = await load_scores(context.db, context.course, subscriber.chat_id, subscriber.round)
    if subscriber.status == Status.FINISHED:
        text = f"🎓 You've finished the course. {views.score_line(scores.right, scores.answered)}"
        await send(update, context, text, views.finished_keyboard())
        return
    # They have seen the closing message now, so the daily push has nothing left to send.
    await subscribers.set_status(
        context.db, subscriber.chat_id, Status.FINISHED, context.services.clock.now()
    )
    await send(
        update, context, views.finished_text(context.course, scores), views.finished_keyboard()
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
        await send(update, context, views.menu_text(context.course),
                   views.menu_keyboard(context.course))  # fmt: skip
        return
    if not await drop_keyboard(update):
        await answer(update)
        return  # a second tap on the same "Continue": that part is on its way already
    await read_on(update, context, lesson, index)


async def resume_part(update: Update, context: BotContext) -> None:
    """The "Finish lesson N" button under a daily push: the rest of a lesson left partway."""
    data = pressed(update, ResumeData)
    lesson = context.course.lesson(data.lesson_id)
    index = data.part - 1
    if lesson is None or not 0 < index < len(lesson.messages):
        await answer(update, "That lesson has changed since. It is in 📚 My lessons.")
        return
    # Only this row goes: the day's lesson keeps its own buttons. A second tap finds it gone.
    if not await drop_rows(update, ResumeData):
        await answer(update)
        return
    await read_on(update, context, lesson, index)


async def read_on(update: Update, context: BotContext, lesson: Lesson, index: int) -> None:
    """Part `index` of a lesson, noted as read; if it went out already, the first unread one.

    A part can be reached twice (an older Continue, the push's Finish button, /next): it is
    never sent a second time this way; the library re-reads on purpose.
    """
    subscriber = await current_subscriber(update, context)
    db, chat_id, round_ = context.db, subscriber.chat_id, subscriber.round
    index = max(index, await coursework.parts_read(db, chat_id, round_, lesson.id))
    if index >= len(lesson.messages):
        await answer(update, "You've had all of this lesson already. It's in 📚 My lessons.")
        return
    await answer(update)
    # Noted before the send, so the update is settled once the part is on screen: a person who
    # taps on at once is answering the bot, not getting ahead of it (the flood gate's measure).
    await coursework.mark_read(db, chat_id, round_, lesson.id, index + 1)
    await send_part(context, subscriber, lesson, index)


async def send_checkin(update: Update, context: BotContext, lesson: Lesson) -> None:
    """The check-in question on its own: the button under a pushed one-part lesson."""
    await answer(update)
    if not await drop_keyboard(update):
        return  # a second tap: the question is on its way already
    subscriber = await current_subscriber(update, context)
    await coursework.mark_checkin(
        context.db, subscriber.chat_id, subscriber.round, lesson.id, coursework.CHECKIN_PUT
    )
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
    await answer(update, "✅ Right!" if correct else "Good try: see why below.")
    text = views.quiz_feedback(
        lesson, option_id, None if first else correct, context.course.disclaimer
    )
    last = (await position_of(context, subscriber)).upcoming is None
    checkpoint = context.course.checkpoint_after(lesson.id)
    await show(update, context, text, views.after_lesson_keyboard(checkpoint, last=last))


async def library(update: Update, context: BotContext) -> None:
    """/lessons: every lesson had so far, each a button to read it again."""
    await answer(update)
    subscriber = await current_subscriber(update, context)
    had = set(await coursework.had_lessons(context.db, subscriber.chat_id))
    lessons = [lesson for lesson in context.course.lessons if lesson.id in had]
    text, keyboard = views.library_view(lessons, len(context.course.lessons))
    await show(update, context, text, keyboard)


async def reread(update: Update, context: BotContext) -> None:
    """Send a part of a lesson to read (again, or ahead from an answer); progress never changes."""
    data = pressed(update, ReadData)
    lesson = context.course.lesson(data.lesson_id)
    if lesson is None or not 0 < data.part <= len(lesson.messages):
        await answer(update, "That lesson has changed since. Here is your library.")
        await library(update, context)
        return
    await answer(update)
    if await drop_keyboard(update):  # not twice for a double tap
        await send(update, context, *views.reread_part(lesson, data.part - 1))


async def start_over(update: Update, context: BotContext) -> None:
    """Ask before starting over; on yes, begin again from lesson 1, keeping the earlier round."""
    choice = pressed(update, AgainData).choice
    if choice not in AGAIN_CHOICES:
        await fallback.unknown_button(update, context)
        return
    chat = update.effective_chat
    assert chat is not None
    if choice == "ask":
        if _already_asked(context, chat.id):  # a double tap: the question is already there
            await answer(update, "I've asked already: my question about it is in the chat.")
            return
        await answer(update)
        await send(update, context, *views.start_over_question())
        return
    await answer(update)
    _answered(context, chat.id)
    if choice != "yes":
        await show(update, context, "Nothing changed: your progress is just as it was. /lessons "
                   "lets you re-read any lesson.")  # fmt: skip
        return
    if not await drop_keyboard(update):
        return  # a second tap on "Yes": starting over once is enough
    now = context.services.clock.now()
    subscriber = await current_subscriber(update, context)
    await subscribers.start_over(context.db, subscriber.chat_id, now, due_at(subscriber, now))
    await show(update, context, "↺ Starting over. Here is lesson 1 again.")
    await carry_on(update, context)


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("next", next_command, filters=private),
        CommandHandler("lessons", library, filters=private),
        CallbackQueryHandler(next_command, pattern=NextData.pattern),
        CallbackQueryHandler(course_button, pattern=CourseData.pattern),
        CallbackQueryHandler(continue_part, pattern=PartData.pattern),
        CallbackQueryHandler(resume_part, pattern=ResumeData.pattern),
        CallbackQueryHandler(quiz_answer, pattern=QuizData.pattern),
        CallbackQueryHandler(library, pattern=LibraryData.pattern),
        CallbackQueryHandler(reread, pattern=ReadData.pattern),
        CallbackQueryHandler(start_over, pattern=AgainData.pattern),
    ]
