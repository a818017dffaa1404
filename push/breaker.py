"""A circuit breaker on database writes: nothing is sent that could not be recorded.

When a write fails (the disk is full, the file refuses writes, another process holds the write
lock) the breaker opens: bulk senders stop sending and wait. While open it probes the database
with a small real write, backing off from half a second up to half a minute, and closes as soon
as one succeeds. It logs one line when it opens and one when it closes, never one per send.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence

logger = logging.getLogger(__name__)

PROBE_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)  # seconds between probes while open


class WriteBreaker:
    """Open while database writes fail; ``probe`` is a small write that raises while they do."""

    def __init__(
        self, probe: Callable[[], Awaitable[None]], delays: Sequence[float] = PROBE_DELAYS
    ) -> None:
        self._probe = probe
        self._delays = tuple(delays)
        self._closed = asyncio.Event()
        self._closed.set()
        self._prober: asyncio.Task[None] | None = None
        self._opened_at = 0.0
        self.openings = 0

    @property
    def is_open(self) -> bool:
        return not self._closed.is_set()

    def trip(self, error: BaseException) -> None:
        """A write failed: stop bulk sending until a probe succeeds."""
        if self.is_open:
            return
        self.openings += 1
        self._opened_at = time.monotonic()
        self._closed.clear()
        logger.warning(
            "Database writes fail (%s); pushes stop until they work again",
            _brief(error),
        )
        self._prober = asyncio.create_task(self._probe_until_closed(), name="write-breaker")

    def close(self) -> None:
        """A write succeeded: carry on."""
        if not self.is_open:
            return
        self._closed.set()
        logger.warning(
            "Database writes work again after %.0f s; pushes resume",
            time.monotonic() - self._opened_at,
        )

    async def wait_closed(self) -> None:
        await self._closed.wait()

    async def stop(self) -> None:
        if self._prober is not None:
            self._prober.cancel()
            await asyncio.gather(self._prober, return_exceptions=True)
            self._prober = None

    async def _probe_until_closed(self) -> None:
        attempt = 0
        while self.is_open:
            await asyncio.sleep(self._delays[min(attempt, len(self._delays) - 1)])
            attempt += 1
            try:
                await self._probe()
            except Exception:
                continue  # still failing: the opening line said so already
            self.close()


def _brief(error: BaseException) -> str:
    text = str(error).splitlines()[0][:120] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


__all__ = ["WriteBreaker"]
