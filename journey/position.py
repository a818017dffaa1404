"""Where a subscriber is in the course: the lesson in progress, its next unread part, what's next.

Pure: built from what storage says was delivered (with how many parts were read) and which
check-ins were answered, so the handlers and the views agree on one answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from content.models import Course, Lesson


@dataclass(frozen=True)
class Delivered:
    """One lesson sent in this round, and how many of its parts have been sent since."""

    lesson_id: str
    parts_read: int
    delivered_at: int


@dataclass(frozen=True)
class Position:
    """Where someone is: `current` is the latest lesson they have not finished, if any."""

    current: Lesson | None
    next_part: int | None  # 0-based part of `current` to send next; None: its check-in is next
    upcoming: Lesson | None  # the first lesson not yet sent
    had: tuple[Lesson, ...]  # lessons sent in this round, in course order

    @property
    def started(self) -> bool:
        return bool(self.had)

    @property
    def finished(self) -> bool:
        """Every lesson sent, and the last one read to its end (and its check-in answered)."""
        return self.current is None and self.upcoming is None


def locate(course: Course, delivered: Iterable[Delivered], answered: Iterable[str]) -> Position:
    """The subscriber's position from their deliveries and answered check-ins in this round."""
    done = {d.lesson_id: d for d in delivered if course.lesson(d.lesson_id) is not None}
    answered = set(answered)
    had = tuple(lesson for lesson in course.lessons if lesson.id in done)
    order = {lesson.id: number for number, lesson in enumerate(course.lessons)}
    current, next_part = None, None
    if done:
        # The latest lesson sent (course order breaks ties within a second) is the one to resume;
        # an earlier one left unfinished after a skip stays in the library.
        latest = max(done.values(), key=lambda d: (d.delivered_at, order[d.lesson_id]))
        lesson = course.lesson(latest.lesson_id)
        assert lesson is not None
        if latest.parts_read < len(lesson.messages):
            current, next_part = lesson, max(latest.parts_read, 1)
        elif lesson.quiz is not None and lesson.id not in answered:
            current = lesson
    upcoming = course.next_lesson(set(done))
    return Position(current, next_part, upcoming, had)
