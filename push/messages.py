"""The daily push's messages: each lesson's encoded once per course, not once per subscriber."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode

import views
from content.models import Course, Lesson
from push.transport import PreparedCall

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass(frozen=True)
class PushMessage:
    """A push ready to go."""

    call: PreparedCall
    lesson_id: str | None  # None for the closing message


class PushMessages:
    """The next message for a subscriber, from a cache that a new course (/reload) empties."""

    def __init__(self, *, paid: bool | None) -> None:
        self._paid = paid
        self._course: Course | None = None
        self._cache: dict[str, PushMessage] = {}

    def next_for(self, course: Course, delivered: set[str]) -> PushMessage:
        """What to send someone who has had the lessons in `delivered`."""
        if course is not self._course:  # edited lessons go out as edited from now on
            self._course, self._cache = course, {}
        lesson = course.next_lesson(delivered)
        key = lesson.id if lesson is not None else ""
        message = self._cache.get(key)
        if message is None:
            message = self._cache[key] = self._build(course, lesson)
        return message

    def _build(self, course: Course, lesson: Lesson | None) -> PushMessage:
        if lesson is None:
            text, keyboard = views.finished_text(course), views.finished_keyboard()
        else:
            text, keyboard = views.push_view(lesson)
        call = PreparedCall(
            "sendMessage",
            text=text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
            allow_paid_broadcast=self._paid,
        )
        return PushMessage(call, lesson.id if lesson is not None else None)
