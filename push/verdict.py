"""What a send's result means, one verdict shared by the daily push and the broadcast."""

from __future__ import annotations

from enum import StrEnum

from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from push.transport import NotSent


class Verdict(StrEnum):
    """What to do after a send."""

    DELIVERED = "delivered"  # Telegram accepted the message
    BLOCKED = "blocked"  # 403: blocked the bot, deleted the account, or never started it
    UNREACHABLE = "unreachable"  # 400 chat not found, or the chat moved to a supergroup
    RETRY = "retry"  # nothing was delivered (5xx answer, no connection): safe to send again
    UNKNOWN = "unknown"  # the answer was lost: Telegram may have delivered it
    FLOOD_WAIT = "flood_wait"  # 429: wait retry_after (bot-wide), then send again
    FAILED = "failed"  # refused for good (bad markup, too long, an unexpected error)


def classify(error: BaseException | None) -> Verdict:
    """The verdict on a send that raised `error` (None: it returned normally)."""
    if error is None:
        return Verdict.DELIVERED
    if isinstance(error, RetryAfter):
        return Verdict.FLOOD_WAIT
    if isinstance(error, Forbidden):
        return Verdict.BLOCKED
    if isinstance(error, ChatMigrated):
        return Verdict.UNREACHABLE
    if isinstance(error, BadRequest):
        if "chat not found" in error.message.lower():
            return Verdict.UNREACHABLE
        return Verdict.FAILED
    if isinstance(error, NotSent):
        return Verdict.RETRY
    if isinstance(error, NetworkError):
        # An answer came back saying it failed (5xx, 502 from the front proxy): not delivered.
        # No answer at all (AnswerLost, or a timeout from another stack): maybe delivered.
        # (The transport raises AnswerLost, a TimedOut, for every request left unanswered.)
        return Verdict.UNKNOWN if isinstance(error, TimedOut) else Verdict.RETRY
    return Verdict.FAILED


__all__ = ["Verdict", "classify"]
