"""The daily push's message after a lesson left partway: says what is left and fits one message."""

from __future__ import annotations

import views
from content.loader import load_course
from content.markup import MESSAGE_LIMIT, telegram_length
from settings.config import DEFAULT_CONTENT_DIR


def test_every_note_on_a_lesson_left_partway_fits_and_names_what_is_left() -> None:
    course = load_course(DEFAULT_CONTENT_DIR)
    for before, lesson in zip(course.lessons, course.lessons[1:], strict=False):
        plain, _ = views.push_view(lesson)
        for part in range(1, len(before.messages)):
            text, keyboard = views.push_view(lesson, (before, part))
            assert text.startswith(plain), "the day's lesson comes first, unchanged"
            assert telegram_length(text) <= MESSAGE_LIMIT, (lesson.id, part)
            left = len(before.messages) - part
            assert f"{left} part{'s' if left > 1 else ''} left" in text
            labels = [b.text for row in keyboard.inline_keyboard for b in row]
            finish = f"↩ Finish lesson {before.number} (part {part + 1} of {len(before.messages)})"
            assert labels[-2:] == [finish, "☰ Menu"], (lesson.id, labels)
