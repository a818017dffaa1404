"""Which safety reply a message needs, judged once per text, and the filters built on it.

The crisis handlers (handlers/safety.py) answer by this kind, and the flood gate
(handlers/flood.py) lets a message through while flooding unless the same kind of reply is
already on its way.
"""

from __future__ import annotations

from functools import lru_cache

from telegram import Message
from telegram.ext import filters

from crisis import (
    CRISIS,
    DISTRESS,
    HELPER,
    OVERDOSE_REASONS,
    THEIR_OVERDOSE_REASONS,
    Verdict,
    assess,
    body,
)

# Which reply a message needs, beyond the tiers: an overdose taken, someone else's, a physical
# emergency.
OVERDOSE = "overdose"
THEIR_OVERDOSE = "their overdose"
BODY = "body"


def message_text(message: Message | None) -> str:
    """The text a message carries: typed, a caption, or forwarded (which is text too)."""
    return (message.text or message.caption or "") if message is not None else ""


def reply_kind(text: str) -> str | None:
    """Which safety reply a text needs: OVERDOSE, THEIR_OVERDOSE, CRISIS, HELPER, BODY, CHECK,
    DISTRESS or None.

    Two messages of different kinds need different replies, so neither may stand in for the
    other; a second message of the same kind may (the flood gate relies on this).
    """
    return kind_of(text, verdict_of(text)) if text else None


@lru_cache(maxsize=8)
def verdict_of(text: str) -> Verdict:
    """``assess`` for one message, once: the flood gate, the crisis filter and the reply each
    ask about the same text in turn, and a long message costs milliseconds to read. The few
    texts kept are in memory only, like the update itself, and never logged."""
    return assess(text)


def kind_of(text: str, verdict: Verdict) -> str | None:
    """``reply_kind`` for a text already assessed."""
    if verdict.tier == CRISIS and verdict.reason in OVERDOSE_REASONS:
        return OVERDOSE
    if verdict.tier == HELPER and verdict.reason in THEIR_OVERDOSE_REASONS:
        return THEIR_OVERDOSE
    if verdict.tier in (CRISIS, HELPER):
        return verdict.tier
    if body.urgent(text):
        return BODY
    return verdict.tier


class CrisisFilter(filters.MessageFilter):
    """Matches a message (text, caption, an edit) that needs a safety reply of any tier."""

    def filter(self, message: Message) -> bool:
        return reply_kind(message_text(message)) is not None


class GroupCrisisFilter(filters.MessageFilter):
    """In a group: a message that signals a crisis (distress alone is left to the group)."""

    def filter(self, message: Message) -> bool:
        return reply_kind(message_text(message)) not in (None, DISTRESS)
