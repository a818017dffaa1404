"""The daily push's messages: each encoded once per course, not once per subscriber.

The push always moves on to the next lesson (one a day, whatever was read). When the lesson
before it was left partway, the message says so and carries a button to its next unread part,
so nothing is skipped without a word; that variant is cached too, by the part it points to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode

import views
from content.models import Course, Lesson
from journey.position import Delivered, locate
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
        self._cache: dict[tuple[str, str, int], PushMessage] = {}

    def next_for(self, course: Course, delivered: Sequence[tuple[str, int, int]]) -> PushMessage:
        """What to send someone who has had `delivered`: (lesson id, parts read, delivered at)."""
        if course is not self._course:  # edited lessons go out as edited from now on
            self._course, self._cache = course, {}
        position = locate(course, (Delivered(*row) for row in delivered), ())
        lesson = position.upcoming
        unfinished = None
        if lesson is not None and position.current is not None and position.next_part is not None:
            unfinished = (position.current, position.next_part)
        key = (
            lesson.id if lesson is not None else "",
            unfinished[0].id if unfinished else "",
            unfinished[1] if unfinished else 0,
        )
        message = self._cache.get(key)
        if message is None:
            message = self._cache[key] = self._build(course, lesson, unfinished)
        return message

    def _build(
        self, course: Course, lesson: Lesson | None, unfinished: tuple[Lesson, int] | None
    ) -> PushMessage:
        if lesson is None:
            text, keyboard = views.finished_text(course), views.finished_keyboard()
        else:
            text, keyboard = views.push_view(lesson, unfinished)
        call = PreparedCall(
            "sendMessage",
            text=text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
            allow_paid_broadcast=self._paid,
        )
        return PushMessage(call, lesson.id if lesson is not None else None)
