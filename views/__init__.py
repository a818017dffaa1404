"""What the bot shows: message texts and inline keyboards, built from the course.

Handlers and the daily push both compose messages here, so a lesson looks the same however it
arrives.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from content.models import Course, Lesson, Page
from views import callbacks

PUSH_TIMES = ("07:00", "08:00", "12:00", "18:00", "20:00", "21:00")
# A short list of zones people pick from; "Other" accepts any IANA name or the local time now.
COMMON_ZONES = (
    ("London", "Europe/London"),
    ("Berlin / Paris", "Europe/Berlin"),
    ("New York", "America/New_York"),
    ("Chicago", "America/Chicago"),
    ("Los Angeles", "America/Los_Angeles"),
    ("São Paulo", "America/Sao_Paulo"),
    ("India", "Asia/Kolkata"),
    ("Sydney", "Australia/Sydney"),
    ("UTC", "UTC"),
)

Keyboard = InlineKeyboardMarkup


def button(text: str, prefix: str, *fields: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=callbacks.build(prefix, *fields))


def menu_button() -> InlineKeyboardButton:
    return button("☰ Menu", "menu")


def welcome_keyboard() -> Keyboard:
    return Keyboard([[button("Start the course ▶", "course", "start"), menu_button()]])


def menu_keyboard(course: Course) -> Keyboard:
    pages = [button(page.button, "page", page.command) for page in course.pages.values()]
    pages.append(button("My progress", "progress"))
    rows = [pages[i : i + 2] for i in range(0, len(pages), 2)]
    rows.append([button("Next lesson ▶", "course", "next")])
    return Keyboard(rows)


def menu_text(course: Course) -> str:
    return f"<b>{escape(course.title)}</b>\n\nPick a topic, or carry on with the next lesson."


def back_keyboard() -> Keyboard:
    return Keyboard([[button("◀ Menu", "menu")]])


def page_view(page: Page) -> tuple[str, Keyboard]:
    return page.html, back_keyboard()


def lesson_part(lesson: Lesson, index: int) -> tuple[str, Keyboard | None]:
    """Part `index` (0-based) of a lesson, with the buttons that belong under it."""
    text = lesson.messages[index]
    last = index == len(lesson.messages) - 1
    if not last:
        rows = [[button("Continue ▶", "part", lesson.id, index + 2)]]
        if index == 0:
            rows.append([menu_button(), button("Next lesson ⏭", "next")])
        return text, Keyboard(rows)
    if lesson.quiz is not None:
        return text, None  # the check-in question follows at once, with its own buttons
    return text, after_lesson_keyboard()


def after_lesson_keyboard() -> Keyboard:
    return Keyboard([[button("Next lesson ▶", "next"), menu_button()]])


def quiz_view(lesson: Lesson) -> tuple[str, Keyboard]:
    assert lesson.quiz is not None
    quiz = lesson.quiz
    rows = [[button(opt.text, "quiz", lesson.id, opt.id)] for opt in quiz.options]
    return f"<b>Check-in</b> 💬\n\n{quiz.question}", Keyboard(rows)


def quiz_feedback(
    lesson: Lesson, option_id: str, first_answer_correct: bool | None, disclaimer: str = ""
) -> str:
    """The quiz message after a tap: the question, their answer, and the explanation."""
    assert lesson.quiz is not None
    quiz = lesson.quiz
    chosen = quiz.option(option_id)
    right = quiz.option(quiz.answer)
    assert chosen is not None and right is not None
    if option_id == quiz.answer:
        verdict = "✅ <b>That's right.</b>"
    else:
        verdict = (
            f"Not quite, and that's completely fine. The answer is <b>{escape(right.text)}</b>."
        )
    note = ""
    if first_answer_correct is not None:
        note = "\n\n<i>Only your first answer counts toward your score.</i>"
    return (
        f"<b>Check-in</b> 💬\n\n{quiz.question}\n\nYou chose: <i>{escape(chosen.text)}</i>\n\n"
        f"{verdict}\n\n{quiz.explanation}{note}"
        # Every lesson ends by pointing to professional care.
        + (f"\n\n<i>{disclaimer}</i>" if disclaimer else "")
    )


def progress_bar(done: int, total: int, width: int = 10) -> str:
    filled = round(width * done / total) if total else 0
    return "▰" * filled + "▱" * (width - filled)


def time_keyboard(include_keep: bool = False) -> Keyboard:
    times = [button(t, "time", t.replace(":", "")) for t in PUSH_TIMES]
    rows = [times[i : i + 3] for i in range(0, len(times), 3)]
    rows.append([button("Other time…", "time", "other")])
    if include_keep:
        rows.append([button("Keep my current time", "time", "keep")])
    return Keyboard(rows)


def zone_keyboard() -> Keyboard:
    zones = [button(label, "tz", zone) for label, zone in COMMON_ZONES]
    rows = [zones[i : i + 3] for i in range(0, len(zones), 3)]
    rows.append([button("Other: tell me my time now…", "tz", "other")])
    return Keyboard(rows)


def finished_keyboard() -> Keyboard:
    return Keyboard([[button("Start over ↺", "again", "yes"), menu_button()]])


def finished_text(course: Course) -> str:
    """The closing message: the course's recap, then where the sources are listed."""
    return (
        f"🎓 <b>{escape(course.title)}</b>\n\n{course.closing}\n\n"
        "Every study the course draws on is listed under /sources."
    )


def crisis_keyboard() -> Keyboard:
    return Keyboard(
        [
            [button("Try a grounding exercise", "sos", "grounding")],
            [button("Make a safety plan", "sos", "plan")],
        ]
    )


def push_view(lesson: Lesson) -> tuple[str, Keyboard]:
    """The daily push: the lesson's first part as one message, the rest pulled by taps.

    A one-part lesson with a check-in would otherwise need a second message for the question, so
    the question waits behind a button ("part" one past the last brings the check-in).
    """
    text, keyboard = lesson_part(lesson, 0)
    if keyboard is not None:
        return text, keyboard
    checkin = button("Check-in 💬", "part", lesson.id, len(lesson.messages) + 1)
    return text, Keyboard([[checkin], [menu_button(), button("Next lesson ⏭", "next")]])
