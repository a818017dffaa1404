"""Even pacing for the daily push, with a bot-wide pause for Telegram's flood control.

Telegram counts a bot's messages over a sliding second. A token bucket whose capacity equals
the rate (aiolimiter's ``AsyncLimiter(rate, 1)``) lets a full second's worth go out at once after
an idle spell, and that burst plus the next second's share breaks the window.
``AsyncLimiter(1, 1 / rate)`` paces evenly but spaces each grant from the moment the previous
waiter actually woke, so every late timer wakeup is lost for good: at 1000/s, where the event
loop's timers are about as coarse as the interval, the rate drops well below the setting.
:class:`Pacer` keeps a fixed schedule instead, lets a late wakeup catch up only a few slots, and
checks every grant against a sliding log so no 1-second window holds more than ``ceil(rate)``.

People come first: while updates from people are in hand (``interactive`` counts them, the
update processor keeps it), slots come at ``INTERACTIVE_SHARE`` (a tenth) of the rate. One event
loop serves both; at full rate the push alone takes most of a core, and people's requests
waiting behind it took seconds (bench.push c). The push slows while people tap, never stops.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram.error import RetryAfter
from telegram.warnings import PTBDeprecationWarning

logger = logging.getLogger(__name__)

WINDOW = 1.0  # seconds: the window Telegram's limits are stated over
CATCH_UP = 0.05  # seconds of schedule a late wakeup may make up at once
# At high rates the interval is finer than the event loop's timers (about 1 ms): a slot due
# within this much is granted without a sleep, so one wakeup serves a few slots.
EARLY = 0.004
INTERACTIVE_SHARE = 0.1  # of the rate, while people's updates are in hand (bench.push c)


class Pacer:
    """Grants evenly spaced send slots: at most ``ceil(rate)`` in any 1-second window.

    Slots follow a fixed schedule 1/rate apart (to within EARLY at rates above 1/EARLY, where
    timers are too coarse to wake for each slot), so the average rate holds however late the
    wakeups; a sliding log of grant times enforces the window cap on what actually happened.

    ``clock`` and ``sleep`` are injectable so tests can check the spacing on a fake timeline.
    """

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.interval = 1.0 / rate
        self.cap = math.ceil(rate)
        self._early = EARLY if self.interval < EARLY else 0.0
        self._clock = clock
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._next = -math.inf  # the next slot on the fixed schedule
        self._resume_at = -math.inf  # flood control: no grants before this instant
        self._granted: deque[float] = deque()  # grant times within the last WINDOW
        self.paused_seconds = 0.0
        self._interactive = 0  # people's updates in hand now

    def interactive_started(self) -> None:
        """An update from a person is being handled: pushes give way until it is done."""
        self._interactive += 1

    def interactive_finished(self) -> None:
        self._interactive = max(0, self._interactive - 1)
        if not self._interactive and self._granted:
            # The slot granted while people waited was set a long interval ahead: the full
            # rate resumes from the last grant, not after it.
            self._next = min(self._next, self._granted[-1] + self.interval)

    @property
    def interactive(self) -> int:
        return self._interactive

    async def acquire(self) -> None:
        """Wait for the next slot; waiters are served in arrival order."""
        async with self._lock:
            while True:
                now = self._clock()
                ready_at = self._ready_at(now)
                if ready_at <= now:
                    break
                await self._sleep(ready_at - now)
            self._grant(now)

    def pause(self, seconds: float) -> None:
        """Hold every grant for ``seconds`` (a 429's retry_after applies to the whole bot)."""
        until = self._clock() + seconds
        if until > self._resume_at:
            self.paused_seconds += until - max(self._resume_at, self._clock())
            self._resume_at = until
            logger.warning("Flood control: pushes paused for %.1f s", seconds)

    def _ready_at(self, now: float) -> float:
        ready = max(self._next - self._early, self._resume_at)
        granted = self._granted
        while granted and granted[0] <= now - WINDOW:
            granted.popleft()
        if len(granted) >= self.cap:
            ready = max(ready, granted[-self.cap] + WINDOW)
        return ready

    def _grant(self, now: float) -> None:
        self._granted.append(now)
        # Follow the fixed schedule so late wakeups don't erode the rate, but after an idle spell
        # or a pause start afresh from now: missed slots must not come back as a burst.
        on_schedule = now - self._next <= CATCH_UP
        interval = self.interval / INTERACTIVE_SHARE if self._interactive else self.interval
        self._next = (self._next if on_schedule else now) + interval


def retry_after_seconds(exc: RetryAfter) -> float:
    """How long a 429 asks us to wait, whether PTB gives an int or (opted in) a timedelta."""
    with warnings.catch_warnings():  # PTB warns on every read until timedeltas are the default
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
