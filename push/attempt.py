"""One claimed subscriber's push in progress, the outcomes it can end in, and a tick's counts."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from journey.timeplan import due_at
from storage.pushes import DueSubscriber, PushOutcome
from storage.subscribers import Status

logger = logging.getLogger(__name__)


@dataclass
class TickReport:
    """What one tick did (counts of subscribers, except ``retried_after``: 429s waited out)."""

    claimed: int = 0
    sent: int = 0  # lessons delivered
    finished: int = 0  # closing messages delivered (the course is over for them)
    blocked: int = 0  # 403: blocked, deactivated or never started
    unreachable: int = 0  # 400 chat not found
    failed: int = 0  # left due for a later tick (errors beyond the retry budget, stop)
    held: int = 0  # put off 24 h: their lesson went out twice with the answer lost
    retried_after: int = 0


@dataclass
class Attempt:
    """A push to `subscriber` under claim `claim`."""

    subscriber: DueSubscriber
    claim: str
    unsent: bool = True  # the send the claim counted has not gone out (or surely failed)

    def done(self, status: Status, now: datetime, lesson_id: str | None = None) -> PushOutcome:
        """Settled: delivered (`lesson_id`), finished, blocked, unreachable or refused."""
        sub = self.subscriber
        active = status == Status.ACTIVE
        return PushOutcome(
            chat_id=sub.chat_id,
            round=sub.round,
            claimed_due=sub.next_due_at,
            status=status,
            next_due_at=due_at(sub.push_time, sub.timezone, now) if active else None,
            lesson_id=lesson_id,
            claim=self.claim,
        )

    def left_due(self, until: int | None = None) -> PushOutcome:
        """Release the claim and leave the subscriber due (from `until`, if given)."""
        sub = self.subscriber
        return PushOutcome(
            chat_id=sub.chat_id,
            round=sub.round,
            claimed_due=sub.next_due_at,
            status=Status.ACTIVE,
            next_due_at=until if until is not None else sub.next_due_at,
            claim=self.claim,
            sends_delta=-1 if self.unsent else 0,
        )
