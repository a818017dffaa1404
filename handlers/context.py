"""The services handlers reach through their context, kept in `bot_data` (no module singletons)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from telegram.ext import Application, CallbackContext, ExtBot

from ask import CourseIndex
from content.models import Course
from journey.clock import Clock
from push.pacer import Pacer
from settings.config import Config
from storage import counts
from storage.db import Database

logger = logging.getLogger(__name__)

SERVICES_KEY = "services"


class UpdateOrder(Protocol):
    """What the update processor tells about the order updates arrived in (bot/app.py)."""

    def arrived_busy(self, update: object) -> bool:
        """Whether this update arrived while an earlier one from its chat was still in hand."""
        ...


@dataclass
class Services:
    """Everything a handler needs besides the update itself."""

    config: Config
    clock: Clock
    db: Database | None = None
    course: Course | None = None
    index: CourseIndex | None = None  # search over `course`; derived, rebuilt with it
    pacer: Pacer = field(init=False)  # shared by the daily push and /broadcast
    run_push: bool = True  # False in tests that drive Pusher.tick() themselves
    update_order: UpdateOrder | None = None  # None without per-chat processing
    # Set by the shell once the push jobs exist: whether this process holds the push lock.
    holds_push_lock: Callable[[], bool] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Telegram's flood control is bot-wide, so every bulk sender shares one pacer.
        self.pacer = Pacer(self.config.push_rate)

    def require_db(self) -> Database:
        assert self.db is not None, "the database is opened in post_init"
        return self.db

    async def count(self, *names: str) -> int | None:
        """Add one to each named counter for /stats (in the database, so every instance adds to
        the same ones). Returns the new value for one name; None for several, or if the database
        would not take the count.

        Best effort: a count is never worth an error in front of the reply it counts.
        """
        try:
            if len(names) == 1:
                return await counts.add_one(self.require_db(), names[0])
            await counts.add_one_each(self.require_db(), names)
        except Exception as exc:  # each engine has its own errors; all mean "not counted"
            logger.warning("Could not count %s: %s", ", ".join(names), type(exc).__name__)
        return None

    def sends_in_bulk(self) -> bool:
        """Whether broadcasts go out from this process: it leads (holds the push lock), or no
        push runs here at all (tests that drive the push themselves). Telegram's limit is
        bot-wide, so bulk sends all share the leader's pacer."""
        if not self.run_push:
            return True
        return self.holds_push_lock is not None and self.holds_push_lock()

    def require_course(self) -> Course:
        assert self.course is not None, "the course is loaded in post_init"
        return self.course

    def require_index(self) -> CourseIndex:
        """The search index of the current course, rebuilt if the course was swapped without it."""
        course = self.require_course()
        if self.index is None or self.index.course is not course:
            self.index = CourseIndex.build(course)
        return self.index


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext with typed access to the services."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def services(self) -> Services:
        return self.bot_data[SERVICES_KEY]

    @property
    def db(self) -> Database:
        return self.services.require_db()

    @property
    def course(self) -> Course:
        return self.services.require_course()
