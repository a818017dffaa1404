"""The course's questions on screen: check-ins, recaps and reviews, their answers and feedback.

Re-exported by views/__init__.py, where the handlers and the push find them.
"""

from __future__ import annotations

import hashlib
from html import escape

from telegram import InlineKeyboardButton

from content.markup import plain_text
from content.models import Checkpoint, Lesson, Quiz, QuizOption
from journey.scores import CheckpointScore
from views.callbacks import (
    CourseData,
    NextData,
    QuizData,
    RecapData,
    ReviewAnswerData,
    ReviewData,
)
from views.keys import Keyboard, button, menu_button


def shown_options(quiz: Quiz, key: str) -> list[QuizOption]:
    """A question's options in the order shown: the right one moved to a place of its own.

    Authors tend to write the right answer first, and then tapping the top button every time
    scores well without reading. The place comes from a hash of the question's `key`, so a
    question always looks the same (a re-sent copy, a re-read, the demo) and the places spread
    evenly over a course; the wrong answers keep the order they were written in.
    """
    right = [opt for opt in quiz.options if opt.id == quiz.answer]
    others = [opt for opt in quiz.options if opt.id != quiz.answer]
    place = int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % len(quiz.options)
    return others[:place] + right + others[place:]


def recap_rows(lesson: Lesson) -> list[list[InlineKeyboardButton]]:
    if lesson.recap is None:
        return []
    options = shown_options(lesson.recap.quiz, f"recap:{lesson.id}")
    return [[button(opt.text, RecapData(lesson.id, opt.id))] for opt in options]


def recap_answer(lesson: Lesson, option_id: str) -> str:
    """The pop-up that answers a recap tap (plain text, at most 200 characters)."""
    assert lesson.recap is not None
    quiz = lesson.recap.quiz
    chosen = quiz.option(option_id)
    feedback = plain_text(chosen.feedback) if chosen is not None else ""
    if option_id == quiz.answer:
        return f"✅ Right. {feedback}".strip()[:200]
    right = quiz.option(quiz.answer)
    assert right is not None
    return (f"Not quite. {feedback}" if feedback else f"Not quite: {right.text}.")[:200]


def after_lesson_keyboard(checkpoint: Checkpoint | None = None, *, last: bool = False) -> Keyboard:
    """Under a finished lesson: its review if one follows, then on to the next or the ending."""
    rows = []
    if checkpoint is not None and checkpoint.questions:
        first = checkpoint.questions[0].id
        label = f"📝 Quick review ({len(checkpoint.questions)})"
        rows.append([button(label, ReviewData(checkpoint.id, first))])
    if last:
        rows.append([button("See how you did 🎓", CourseData("next")), menu_button()])
    else:
        rows.append([button("Next lesson ▶", NextData()), menu_button()])
    return Keyboard(rows)


def quiz_view(lesson: Lesson) -> tuple[str, Keyboard]:
    assert lesson.quiz is not None
    quiz = lesson.quiz
    options = shown_options(quiz, f"quiz:{lesson.id}")
    rows = [[button(opt.text, QuizData(lesson.id, opt.id))] for opt in options]
    return f"<b>Check-in</b> 💬\n\n{quiz.question}", Keyboard(rows)


def checkin_reminder(lesson: Lesson) -> tuple[str, Keyboard]:
    """/next while a check-in waits: a kind word and its answers, once (then /next moves on)."""
    assert lesson.quiz is not None
    _question, keyboard = quiz_view(lesson)
    text = (
        f"<b>Check-in</b> 💬 from lesson {lesson.number} is still waiting for you:\n\n"
        f"{lesson.quiz.question}\n\n"
        "<i>Tap an answer here, or send /next again to go on without it; it stays open.</i>"
    )
    return text, keyboard


def quiz_feedback(
    lesson: Lesson, option_id: str, first_answer_correct: bool | None, disclaimer: str = ""
) -> str:
    """The quiz message after a tap: the question, their answer, and the explanation."""
    assert lesson.quiz is not None
    quiz = lesson.quiz
    chosen = quiz.option(option_id)
    right = quiz.option(quiz.answer)
    assert chosen is not None and right is not None
    note = ""
    if first_answer_correct is not None:
        note = "\n\n<i>Only your first answer counts toward your score.</i>"
    takeaway = f"\n\n📌 <b>Takeaway:</b> {lesson.takeaway}" if lesson.takeaway else ""
    return (
        f"<b>Check-in</b> 💬\n\n{quiz.question}\n\nYou chose: <i>{escape(chosen.text)}</i>\n\n"
        f"{answer_verdict(quiz, option_id)}{note}{takeaway}"
        # Every lesson ends by pointing to professional care.
        + (f"\n\n<i>{disclaimer}</i>" if disclaimer else "")
    )


def answer_verdict(quiz: Quiz, option_id: str) -> str:
    """Right or not, the chosen option's own feedback, then the explanation."""
    chosen, right = quiz.option(option_id), quiz.option(quiz.answer)
    assert chosen is not None and right is not None
    if option_id == quiz.answer:
        verdict = "✅ <b>That's right.</b>"
    else:
        verdict = (
            f"Not quite, and that's completely fine. The answer is <b>{escape(right.text)}</b>."
        )
    if chosen.feedback:
        verdict += f"\n\n{chosen.feedback}"
    return f"{verdict}\n\n{quiz.explanation}" if quiz.explanation else verdict


def checkpoint_question(checkpoint: Checkpoint, question_id: str) -> tuple[str, Keyboard]:
    """One checkpoint question with its answer buttons."""
    question = checkpoint.question(question_id)
    assert question is not None
    number = [q.id for q in checkpoint.questions].index(question_id) + 1
    intro = f"{checkpoint.intro}\n\n" if number == 1 and checkpoint.intro else ""
    rows = [
        [button(opt.text, ReviewAnswerData(checkpoint.id, question.id, opt.id))]
        for opt in shown_options(question.quiz, f"review:{checkpoint.id}:{question.id}")
    ]
    header = f"📝 <b>{escape(checkpoint.title)}</b> <i>({number}/{len(checkpoint.questions)})</i>"
    return f"{header}\n\n{intro}{question.quiz.question}", Keyboard(rows)


def checkpoint_feedback(
    checkpoint: Checkpoint,
    question_id: str,
    option_id: str,
    score: CheckpointScore | None,
    *,
    last: bool = False,
) -> tuple[str, Keyboard]:
    """The question after a tap: the verdict, then the next question or the review's score."""
    question = checkpoint.question(question_id)
    assert question is not None
    text, _ = checkpoint_question(checkpoint, question_id)
    chosen = question.quiz.option(option_id)
    assert chosen is not None
    text += f"\n\nYou chose: <i>{escape(chosen.text)}</i>\n\n"
    text += answer_verdict(question.quiz, option_id)
    following = checkpoint.next_question(question_id)
    if following is not None:
        next_button = button("Next question ▶", ReviewData(checkpoint.id, following.id))
        return text, Keyboard([[next_button]])
    if score is not None:
        text += (
            f"\n\n<b>Review done: {score.right} of {len(checkpoint.questions)} right.</b>"
            " It shows in /progress."
        )
    return text, after_lesson_keyboard(last=last)
