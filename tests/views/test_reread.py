"""A lesson read again from the library: the text of the first reading, less what asks for a tap."""

from __future__ import annotations

import views
from content.loader import load_course
from settings.config import DEFAULT_CONTENT_DIR


def test_a_reread_first_part_leaves_out_the_recap_question_it_cannot_answer() -> None:
    course = load_course(DEFAULT_CONTENT_DIR)
    with_recap = [lesson for lesson in course.lessons if lesson.recap is not None]
    assert with_recap, "the course has lessons that open with a recap"
    for lesson in with_recap:
        assert "Quick recap from lesson" in lesson.messages[0]
        text, keyboard = views.reread_part(lesson, 0)
        assert "Quick recap from lesson" not in text, lesson.id
        assert lesson.recap is not None and lesson.recap.quiz.question not in text
        assert text.startswith(f"<b>Lesson {lesson.number} of"), lesson.id
        assert len(text) < len(lesson.messages[0])
        labels = [b.text for row in keyboard.inline_keyboard for b in row]
        assert labels in (["Continue ▶"], ["📚 My lessons", "☰ Menu"]), lesson.id
