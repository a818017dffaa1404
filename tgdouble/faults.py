"""Rate limits and injected failures for the Bot API double.

Both are plain bookkeeping with no I/O: the server asks :class:`FaultPlan` whether a request
should fail and :class:`SlidingWindow` whether a send is over a limit, then acts on the answer.
"""

from __future__ import annotations

import logging
import math
import random
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

logger = logging.getLogger(__name__)


class FaultKind(StrEnum):
    """How an injected failure shows itself to the client."""

    SERVER_ERROR = "server_error"  # 500 with a JSON body, as Telegram's own 5xx
    BAD_GATEWAY = "bad_gateway"  # 502 with an HTML body, as the front proxy sends it
    TIMEOUT = "timeout"  # no answer until the double's ``hang_seconds`` pass
    DROP = "drop"  # the connection is closed without any response
    FLOOD = "flood"  # 429 with retry_after, regardless of the configured limits


@dataclass(slots=True)
class Fault:
    """A failure for the next ``remaining`` matching requests.

    ``method`` (case-insensitive) and ``chat_id`` narrow what matches. With ``after_delivery``
    the request takes effect (the message is delivered) and only the response is lost, the case
    that makes a client retry into a duplicate.
    """

    kind: FaultKind
    remaining: int = 1
    method: str | None = None
    chat_id: int | None = None
    after_delivery: bool = False
    retry_after: int = 1

    def matches(self, method: str, chat_id: int | None) -> bool:
        return (self.method is None or self.method == method) and (
            self.chat_id is None or self.chat_id == chat_id
        )


@dataclass(slots=True)
class Storm:
    """Each matching request fails with ``probability``, drawn from a seeded generator."""

    probability: float
    kinds: tuple[FaultKind, ...]
    rng: random.Random
    methods: frozenset[str] | None  # None: every method but getUpdates
    after_delivery: bool = False


class FaultPlan:
    """The failures still to come: a queue of counted faults and an optional random storm."""

    def __init__(self) -> None:
        self.queue: list[Fault] = []
        self.storm: Storm | None = None
        self.injected = 0

    def add(self, fault: Fault) -> Fault:
        fault.method = fault.method.lower() if fault.method else None
        self.queue.append(fault)
        return fault

    def start_storm(
        self,
        probability: float,
        kinds: Iterable[FaultKind | str] = (FaultKind.SERVER_ERROR, FaultKind.TIMEOUT),
        *,
        seed: int | None = 0,
        methods: Iterable[str] | None = None,
        after_delivery: bool = False,
    ) -> Storm:
        self.storm = Storm(
            probability=probability,
            kinds=tuple(FaultKind(kind) for kind in kinds),
            rng=random.Random(seed),
            methods=frozenset(m.lower() for m in methods) if methods is not None else None,
            after_delivery=after_delivery,
        )
        return self.storm

    def clear(self) -> None:
        self.queue.clear()
        self.storm = None

    def take(self, method: str, chat_id: int | None) -> Fault | None:
        """The fault to apply to this request, if any (``method`` is lower case)."""
        if not self.queue and self.storm is None:
            return None
        for fault in self.queue:
            if fault.matches(method, chat_id):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.queue.remove(fault)
                self.injected += 1
                return fault
        storm = self.storm
        if storm is None:
            return None
        exempt = method == "getupdates" if storm.methods is None else method not in storm.methods
        if exempt or storm.rng.random() >= storm.probability:
            return None
        self.injected += 1
        return Fault(storm.rng.choice(storm.kinds), after_delivery=storm.after_delivery)


class SlidingWindow:
    """Times of the events in the last ``period`` seconds, to enforce "at most N per period"."""

    __slots__ = ("times",)

    def __init__(self) -> None:
        self.times: deque[float] = deque()

    def retry_after(self, limit: int, period: float, now: float) -> int | None:
        """Whole seconds to wait before one more event fits, or None if it fits now."""
        times = self.times
        while times and times[0] <= now - period:
            times.popleft()
        if len(times) < limit:
            return None
        return max(1, math.ceil(times[-limit] + period - now))

    def add(self, now: float) -> None:
        self.times.append(now)

    def clear(self) -> None:
        self.times.clear()
