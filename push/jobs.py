"""Everything the process that pushes runs in the background: the daily push, resuming
broadcasts, and the retention purge.

One process per database pushes (:func:`push.lock.push_lock`). A second bot process on the
same database finds the lock taken, says so in one line, and only answers updates; it takes over
the push when it next starts after the first has gone.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot

from push.breaker import WriteBreaker
from push.broadcast import Broadcaster
from push.lock import push_lock
from push.retention import RetentionJob
from push.tick import Pusher, PushServices
from storage import broadcasts, pushes

logger = logging.getLogger(__name__)


class PushJobs:
    """The push lock and the jobs that run while this process holds it."""

    def __init__(self, bot: Bot, services: PushServices) -> None:
        self.services = services
        self.lock = push_lock(services.config.database_path)
        self.breaker = WriteBreaker(self._probe)
        self.pusher = Pusher(bot, services, breaker=self.breaker)
        self.broadcaster = Broadcaster(bot, services, breaker=self.breaker)
        self.retention = RetentionJob(services)  # type: ignore[arg-type]
        self._resumer: asyncio.Task[None] | None = None

    async def _probe(self) -> None:
        await pushes.probe(self.services.require_db(), self.services.clock.now())

    def start(self) -> bool:
        """Start pushing if no other process does; False (and one log line) if one does."""
        if not self.lock.acquire():
            logger.warning(
                "Another bot process pushes from %s; this one answers updates and leaves the"
                " daily push to it",
                self.services.config.database_path,
            )
            return False
        self.pusher.start()
        self.retention.start()
        self._resumer = asyncio.create_task(self._resume_broadcasts(), name="broadcast-resume")
        return True

    async def stop(self) -> None:
        if not self.lock.held:
            return
        if self._resumer is not None:
            self._resumer.cancel()
            await asyncio.gather(self._resumer, return_exceptions=True)
        await self.retention.stop()
        await self.pusher.stop()
        await self.broadcaster.stop()
        self.lock.release()

    async def _resume_broadcasts(self) -> None:
        """Pick up broadcasts whose sender stopped before reporting (checked every tick)."""
        while True:
            try:
                if not self.breaker.is_open:
                    ids = await broadcasts.unreported(self.services.require_db())
                    self.broadcaster.resume_unreported(ids)
            except Exception:
                logger.exception("Could not look for unfinished broadcasts; retrying")
            await asyncio.sleep(self.services.config.push_tick_seconds)


__all__ = ["PushJobs"]
