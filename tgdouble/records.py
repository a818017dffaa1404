"""What the Bot API double counts and keeps about the bot's deliveries, for tests to assert on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from tgdouble.chats import JSON


class Delivery(NamedTuple):
    """A message the double accepted from the bot (``sendMessage`` or ``sendDocument``).

    For a document, ``text`` and ``html`` are its caption and ``file_unique_id`` names the file.
    """

    chat_id: int
    message_id: int
    text: str
    html: str | None
    time: float
    file_unique_id: str | None = None


class StoredFile(NamedTuple):
    """A file the bot sent: its Bot API Document and, for an upload, its bytes."""

    document: JSON
    data: bytes | None


@dataclass
class Counters:
    """Running totals, kept incrementally so the hot path stays O(1)."""

    delivered: int = 0
    edits: int = 0
    duplicates: int = 0  # deliveries whose (chat, text, file) had already been delivered
    paid: int = 0  # deliveries with allow_paid_broadcast
    rate_limited: int = 0  # 429s from the configured limits (injected floods not included)
    errors: Counter[int] = field(default_factory=Counter)  # other API errors, by code
    faults: Counter[str] = field(default_factory=Counter)  # injected failures, by kind
    requests: Counter[str] = field(default_factory=Counter)  # by lower-case method name
    per_chat: Counter[int] = field(default_factory=Counter)  # deliveries by chat id
