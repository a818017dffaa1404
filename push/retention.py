"""The retention job: once a day, erase people who left longer ago than DATA_RETENTION_DAYS.

A job of its own, not part of the push tick: it wakes every CHECK_SECONDS, purges at most once a
day and never holds up a push. Who counts as gone is :func:`storage.privacy.purge_inactive`'s
rule (stopped, blocked, unreachable or finished, with no lesson or check-in since the cutoff).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Protocol

from journey.clock import Clock
from settings.config import Config
from storage import privacy
from storage.db import Database

logger = logging.getLogger(__name__)

CHECK_SECONDS = 3600.0


class RetentionServices(Protocol):
    config: Config
    clock: Clock

    def require_db(self) -> Database: ...


class RetentionJob:
    """Purges at most once a day; :meth:`start` runs it in the background until :meth:`stop`."""

    def __init__(self, services: RetentionServices, *, check_seconds: float = CHECK_SECONDS):
        self.services = services
        self.check_seconds = check_seconds
        self._last_purge: datetime | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="retention")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self.purge_if_due()
            except Exception:
                logger.exception("Retention purge failed; the next check retries")
            await asyncio.sleep(self.check_seconds)

    async def purge_if_due(self) -> int:
        """Once a day, erase people who left (or finished) longer ago than DATA_RETENTION_DAYS."""
        days = self.services.config.data_retention_days
        now = self.services.clock.now()
        if not days or (self._last_purge and now - self._last_purge < timedelta(days=1)):
            return 0
        erased = await privacy.purge_inactive(
            self.services.require_db(), older_than=now - timedelta(days=days)
        )
        self._last_purge = now
        if erased:
            logger.info("Erased %d subscribers inactive for over %d days", erased, days)
        return erased


__all__ = ["RetentionJob"]
