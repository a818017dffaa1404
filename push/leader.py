"""Leader election: of the bot processes on one database, one at a time runs the background jobs.

A :class:`Leadership` holds the push lock (:func:`push.lock.push_lock`). It tries to take it at
start and then every tick while another process has it, so when the leader dies (its file lock
or its PostgreSQL session ends with it) a standby takes over within two ticks: the server ends
the session of a killed process at once, and the standby's next try, at most a tick later, wins.

The leader checks that it still holds the lock before each claim batch (:meth:`still_leader`,
which the push asks) and every tick. One that finds it lost (its lock connection dropped, the
server restarted) says so in one WARNING, stops claiming at once, lets the sends in flight
finish and record, and goes back to trying every tick like any standby. Its claims still stand
meanwhile, so a new leader leaves them alone until the claim TTL has passed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from push.lock import Lock

logger = logging.getLogger(__name__)


class Leadership:
    """Runs `lead` when this process takes the lock and `step_down` when it loses it."""

    def __init__(
        self,
        lock: Lock,
        *,
        where: str,
        interval: float,
        lead: Callable[[], Awaitable[None]],
        step_down: Callable[[], Awaitable[None]],
    ) -> None:
        self.lock = lock
        self.where = where  # the database, as it may be logged (no password)
        self.interval = interval
        self._lead, self._step_down = lead, step_down
        self.leading = False
        self._lost = asyncio.Event()
        self._standby_said = False
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> bool:
        """Try the lock once now, then every tick in the background; True if leading."""
        await self._try()
        self._task = asyncio.create_task(self._run(), name="leader-election")
        return self.leading

    async def stop(self) -> None:
        """Stop trying; a leader stops its jobs and lets go of the lock."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self.leading:
            self.leading = False
            await self._step_down()
        await self.lock.release()

    async def still_leader(self) -> bool:
        """Whether this process may go on claiming: it leads and its lock still holds."""
        if not self.leading or self._lost.is_set():
            return False
        if await self.lock.held():
            return True
        self._note_lost()
        return False

    def _note_lost(self) -> None:
        if not self._lost.is_set():
            logger.warning(
                "Lost the push lock on %s; this process stops claiming now and tries to lead"
                " again every %.1f s",
                self.where,
                self.interval,
            )
            self._lost.set()

    async def _try(self) -> None:
        # Written before the try, so a log read at any instant holds every try begun by then:
        # the failover test counts the tries a standby needs once the leader is dead.
        logger.debug("Trying to take the push lock on %s", self.where)
        if await self.lock.acquire():
            self.leading = True
            self._standby_said = False
            logger.info("This process leads the daily push, broadcasts and retention on %s",
                        self.where)  # fmt: skip
            await self._lead()
        elif not self._standby_said:
            self._standby_said = True
            logger.warning(
                "Another bot process pushes from %s; this one answers updates, leaves the daily"
                " push to it and takes over if it stops",
                self.where,
            )

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._lost.wait(), self.interval)
            except TimeoutError:
                pass
            try:
                if not self.leading:
                    await self._try()
                elif self._lost.is_set() or not await self.lock.held():
                    self._note_lost()  # still_leader says no from here on
                    await self._step_down()
                    self.leading = False
                    await self.lock.release()
                    self._lost.clear()
            except Exception:
                logger.exception("Leader election failed this tick; the next one retries")


__all__ = ["Leadership"]
