"""Telegram update handlers, one module per feature, assembled here in one ordered list."""

from __future__ import annotations

from telegram.ext import BaseHandler

from handlers import (
    admin,
    ask,
    checkpoints,
    fallback,
    flood,
    lessons,
    membership,
    menu,
    once,
    pausing,
    privacy,
    progress,
    safety,
    safety_plan,
    start,
    timing,
)
from handlers.errors import on_error

__all__ = ["handler_groups", "on_error"]


def handler_groups() -> dict[int, list[BaseHandler]]:
    """Handlers by group; lower groups run first, and order within a group matters."""
    return {
        once.GROUP: once.handlers(),
        flood.GROUP: flood.handlers(),
        safety.GROUP: safety.crisis_handlers(),
        safety_plan.GROUP: safety_plan.handlers(),
        0: [
            *start.handlers(),
            *safety_plan.buttons(),  # before the general /sos buttons
            *safety.handlers(),
            *menu.handlers(),
            *lessons.handlers(),
            *checkpoints.handlers(),
            *progress.handlers(),
            *timing.handlers(),
            *pausing.handlers(),
            *membership.handlers(),
            *privacy.handlers(),
            *admin.handlers(),
            *ask.handlers(),
            *fallback.handlers(),  # last: catches what nothing else took
        ],
    }
