"""Everything the leading process runs in the background: the daily push, resuming broadcasts,
and the retention purge.

One process per database leads (:class:`push.leader.Leadership` over
:func:`push.lock.push_lock`: a file lock on SQLite, an advisory lock on PostgreSQL). Another bot
process on the same database finds the lock taken, says so in one line, answers updates, and
tries again every tick: when the leader stops or dies, it takes over.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot

from push.breaker import WriteBreaker
from push.broadcast import Broadcaster
from push.leader import Leadership
from push.lock import push_lock
from push.retention import RetentionJob
from push.tick import Pusher, PushServices
from storage import broadcasts, pushes

logger = logging.getLogger(__name__)


class PushJobs:
    """The push lock and the jobs that run while this process holds it."""

    def __init__(self, bot: Bot, services: PushServices) -> None:
        self.bot = bot
        self.services = services
        db = services.require_db()
        self.leadership = Leadership(
            push_lock(db),
            where=db.location,
            interval=services.config.push_tick_seconds,
            lead=self._lead,
            step_down=self._step_down,
        )
        self._build()
        self._resumer: asyncio.Task[None] | None = None
        self._ran = False  # the jobs ran once: the next election builds fresh ones

    def _build(self) -> None:
        self.breaker = WriteBreaker(self._probe)
        self.pusher = Pusher(
            self.bot, self.services, breaker=self.breaker, may_claim=self.leadership.still_leader
        )
        self.broadcaster = Broadcaster(self.bot, self.services, breaker=self.breaker)
        self.retention = RetentionJob(self.services)  # type: ignore[arg-type]

    @property
    def leading(self) -> bool:
        return self.leadership.leading

    async def _probe(self) -> None:
        await pushes.probe(self.services.require_db(), self.services.clock.now())

    async def start(self) -> bool:
        """Lead now if no other process does (else one log line); retry every tick."""
        return await self.leadership.start()

    async def stop(self) -> None:
        await self.leadership.stop()

    async def _lead(self) -> None:
        if self._ran:
            self._build()
        self._ran = True
        self.pusher.start()
        self.retention.start()
        self._resumer = asyncio.create_task(self._resume_broadcasts(), name="broadcast-resume")

    async def _step_down(self) -> None:
        """Claim nothing more; sends in flight finish and are recorded (bounded)."""
        if self._resumer is not None:
            self._resumer.cancel()
            # Bounded: a resumer cancelled inside a statement on a connection the server just
            # ended can take long to unwind, and stepping down must not wait for it.
            await asyncio.wait({self._resumer}, timeout=1.0)
            self._resumer = None
        await self.retention.stop()
        await self.pusher.stop()
        await self.broadcaster.stop()

    async def _resume_broadcasts(self) -> None:
        """Pick up broadcasts whose sender stopped before reporting (checked every tick)."""
        while True:
            try:
                if not self.breaker.is_open and await self.leadership.still_leader():
                    ids = await broadcasts.unreported(self.services.require_db())
                    await self.broadcaster.resume_unreported(ids)
            except Exception:
                logger.exception("Could not look for unfinished broadcasts; retrying")
            await asyncio.sleep(self.services.config.push_tick_seconds)


__all__ = ["PushJobs"]
