"""What the bot shows: message texts and inline keyboards, built from the course.

Handlers and the daily push both compose messages here, so a lesson looks the same however it
arrives.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton

from content.labels import MAX_COLUMNS, columns
from content.models import Course, Lesson, Page
from content.render import recap_block
from journey.position import Position
from journey.scores import CheckpointScore, Scores
from views.callbacks import (
    AgainData,
    CourseData,
    LibraryData,
    MenuData,
    PageData,
    PartData,
    ProgressData,
    ReadData,
    RecapData,
    ResumeData,
    SosData,
    TimeData,
    ZoneData,
)
from views.keys import Keyboard, button, menu_button, without_rows
from views.quizzes import (
    after_lesson_keyboard,
    answer_verdict,
    checkin_reminder,
    checkpoint_feedback,
    checkpoint_question,
    quiz_feedback,
    quiz_view,
    recap_answer,
    recap_rows,
    shown_options,
)

# Re-exported from views.keys and views.quizzes: callers use views.quiz_view, views.button.
__all__ = [
    "COMMON_ZONES",
    "HALF_ROW_COLUMNS",
    "PUSH_TIMES",
    "Keyboard",
    "after_lesson_keyboard",
    "answer_verdict",
    "back_keyboard",
    "button",
    "checkin_reminder",
    "checkpoint_feedback",
    "checkpoint_line",
    "checkpoint_question",
    "crisis_keyboard",
    "finished_keyboard",
    "finished_text",
    "in_pairs",
    "lesson_part",
    "library_view",
    "menu_button",
    "menu_keyboard",
    "menu_text",
    "page_view",
    "progress_bar",
    "push_view",
    "quiz_feedback",
    "quiz_view",
    "recap_answer",
    "recap_rows",
    "reread_part",
    "score_line",
    "shown_options",
    "start_over_question",
    "time_keyboard",
    "welcome_keyboard",
    "without_recap",
    "without_rows",
    "zone_keyboard",
]

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

HALF_ROW_COLUMNS = MAX_COLUMNS // 2 - 2  # a label this wide shares a row on a phone, uncut


def welcome_keyboard() -> Keyboard:
    return Keyboard([[button("Start the course ▶", CourseData("start")), menu_button()]])


def menu_keyboard(course: Course, position: Position | None = None) -> Keyboard:
    """Topics, then the way on from where this person is: resume, skip ahead, or start over."""
    pages = [button(page.button, PageData(page.command)) for page in course.pages.values()]
    pages.append(button("My progress", ProgressData()))
    rows = in_pairs(pages)
    if position is None or not position.started:
        rows.append([button("Start the course ▶", CourseData("start"))])
        return Keyboard(rows)
    rows.append([button("📚 My lessons", LibraryData())])
    if position.finished:
        rows.append([button("Start over ↺", AgainData("ask"))])
        return Keyboard(rows)
    rows.append([button("Continue the course ▶", CourseData("next"))])
    if position.current is not None and position.upcoming is not None:
        rows.append([button(f"Skip to lesson {position.upcoming.number} ⏭", CourseData("skip"))])
    return Keyboard(rows)


def in_pairs(buttons: list[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    """Two buttons to a row when both fit half a phone's width; a longer label gets a row."""
    rows: list[list[InlineKeyboardButton]] = []
    for one in buttons:
        last = rows[-1] if rows else None
        if last is not None and len(last) == 1 and _fits_half(last[0]) and _fits_half(one):
            last.append(one)
        else:
            rows.append([one])
    return rows


def _fits_half(one: InlineKeyboardButton) -> bool:
    return columns(one.text) <= HALF_ROW_COLUMNS


def menu_text(course: Course, position: Position | None = None) -> str:
    if position is not None and position.finished:
        return f"<b>{escape(course.title)}</b>\n\nPick a topic, or re-read a lesson. 🎓"
    return f"<b>{escape(course.title)}</b>\n\nPick a topic, or carry on with the course."


def back_keyboard() -> Keyboard:
    return Keyboard([[button("◀ Menu", MenuData())]])


def page_view(page: Page, *, fresh: bool = False) -> tuple[str, Keyboard]:
    """A topic page; "◀ Menu" goes back when it replaced the menu, a new message gets "☰ Menu"."""
    return page.html, (Keyboard([[menu_button()]]) if fresh else back_keyboard())


def lesson_part(
    lesson: Lesson, index: int, *, last_lesson: bool = False
) -> tuple[str, Keyboard | None]:
    """Part `index` (0-based) of a lesson, with the buttons that belong under it."""
    text = lesson.messages[index]
    last = index == len(lesson.messages) - 1
    # The recap question atop the first part: one tap, answered in a pop-up.
    recap = recap_rows(lesson) if index == 0 else []
    if not last:
        rows = [*recap, [button("Continue ▶", PartData(lesson.id, index + 2))]]
        if index == 0:
            rows.append([menu_button()])
        return text, Keyboard(rows)
    if lesson.quiz is not None:
        # The check-in question follows at once, with its own buttons.
        return text, Keyboard(recap) if recap else None
    return text, after_lesson_keyboard(last=last_lesson)


def without_recap(keyboard: Keyboard | None) -> Keyboard | None:
    """The same buttons less the recap answers, once the recap has been answered."""
    return without_rows(keyboard, RecapData)


def progress_bar(done: int, total: int, width: int = 10) -> str:
    filled = round(width * done / total) if total else 0
    return "▰" * filled + "▱" * (width - filled)


def time_keyboard(include_keep: bool = False) -> Keyboard:
    times = [button(t, TimeData(t.replace(":", ""))) for t in PUSH_TIMES]
    rows = [times[i : i + 3] for i in range(0, len(times), 3)]
    rows.append([button("Other time…", TimeData("other"))])
    if include_keep:
        rows.append([button("Keep my current time", TimeData("keep"))])
    return Keyboard(rows)


def zone_keyboard() -> Keyboard:
    zones = [button(label, ZoneData(zone)) for label, zone in COMMON_ZONES]
    rows = [zones[i : i + 3] for i in range(0, len(zones), 3)]
    rows.append([button("Other: type your city…", ZoneData("other"))])
    return Keyboard(rows)


def finished_keyboard() -> Keyboard:
    """Under the closing message: starting over asks first."""
    return Keyboard([[button("Start over ↺", AgainData("ask")), menu_button()]])


def score_line(right: int, answered: int) -> str:
    if not answered:
        return "You didn't answer any check-ins, and that's fine."
    return f"Your check-ins: <b>{right} of {answered}</b> right on the first try."


def checkpoint_line(score: CheckpointScore) -> str:
    return f"📝 {escape(score.checkpoint.title)}: {score.right} of {score.answered} right"


def finished_text(course: Course, scores: Scores | None = None) -> str:
    """The closing message: the course's recap, the scores if known, and where the sources are."""
    scored = ""
    if scores is not None:
        lines = [score_line(scores.right, scores.answered)]
        lines += [checkpoint_line(cp) for cp in scores.checkpoints]
        scored = "\n\n" + "\n".join(lines)
    return (
        f"🎓 <b>{escape(course.title)}</b>\n\n{course.closing}{scored}\n\n"
        "Every study the course draws on is listed under /sources, and /lessons lets you re-read "
        "any lesson."
    )


def start_over_question() -> tuple[str, Keyboard]:
    text = (
        "↺ <b>Start the course over from lesson 1?</b>\n\nYour progress and score begin afresh "
        "(what you did before is kept in /mydata). You can re-read any lesson with /lessons "
        "without starting over."
    )
    keyboard = Keyboard(
        [
            [button("Yes, start over", AgainData("yes"))],
            [button("No, keep my progress", AgainData("no"))],
        ]
    )
    return text, keyboard


def library_view(lessons: list[Lesson], total: int) -> tuple[str, Keyboard]:
    """The lessons someone has had, each a button to re-read it."""
    if not lessons:
        text = "📚 <b>Your lessons</b>\n\nYou haven't had a lesson yet. /next starts the course."
        return text, Keyboard([[menu_button()]])
    text = (
        f"📚 <b>Your lessons</b> ({len(lessons)} of {total})\n\nTap one to read it again. "
        "Re-reading doesn't change your progress."
    )
    rows = [
        [button(f"{lesson.number}. {lesson.title}"[:60], ReadData(lesson.id, 1))]
        for lesson in lessons
    ]
    rows.append([menu_button()])
    return text, Keyboard(rows)


def reread_part(lesson: Lesson, index: int) -> tuple[str, Keyboard]:
    """Part `index` (0-based) of a lesson read again from the library; its check-in is not asked,
    nor its opening recap question (whose answer buttons belong to the first reading)."""
    text = lesson.messages[index]
    if index == 0 and lesson.recap is not None:
        block = recap_block(lesson.recap.number, lesson.recap.quiz.question)
        text = text.replace(f"{block}\n\n", "", 1)
    if index < len(lesson.messages) - 1:
        return text, Keyboard([[button("Continue ▶", ReadData(lesson.id, index + 2))]])
    return text, Keyboard([[button("📚 My lessons", LibraryData()), menu_button()]])


def crisis_keyboard() -> Keyboard:
    return Keyboard(
        [
            [button("Try a grounding exercise", SosData("grounding"))],
            [button("Make a safety plan", SosData("plan"))],
        ]
    )


def push_view(lesson: Lesson, unfinished: tuple[Lesson, int] | None = None) -> tuple[str, Keyboard]:
    """The daily push: the lesson's first part as one message, the rest pulled by taps.

    A one-part lesson with a check-in would otherwise need a second message for the question, so
    the question waits behind a button ("part" one past the last brings the check-in).
    `unfinished` is the lesson before, left partway, and its next unread part (0-based): the
    message says so and keeps the rest one tap away, above the menu button.
    """
    text, keyboard = lesson_part(lesson, 0)
    if len(lesson.messages) == 1 and lesson.quiz is not None:  # under any recap buttons
        checkin = button("Check-in 💬", PartData(lesson.id, len(lesson.messages) + 1))
        keyboard = Keyboard([*recap_rows(lesson), [checkin], [menu_button()]])
    assert keyboard is not None
    if unfinished is None:
        return text, keyboard
    before, part = unfinished
    left = len(before.messages) - part
    text += (
        f"\n\n↩ <i>You stopped partway through lesson {before.number} ({escape(before.title)}):"
        f" {left} part{'s' if left > 1 else ''} left. Tap “Finish lesson {before.number}” below"
        " whenever you like.</i>"
    )
    label = f"↩ Finish lesson {before.number} (part {part + 1} of {len(before.messages)})"
    rows = list(keyboard.inline_keyboard)
    rows.insert(len(rows) - 1, [button(label, ResumeData(before.id, part + 1))])
    return text, Keyboard(rows)
