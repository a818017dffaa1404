"""Group commit of push outcomes that survives a database refusing writes for a while.

Outcomes that finish while a write is running share the next transaction. An outcome is kept in
memory until it is committed: when a write fails the breaker opens and the recorder waits for it
to close, then writes the same outcomes again, so a message that went out while the database
could not be written is recorded once writes return instead of being sent again. Only a process
that stops (or dies) with outcomes still unwritten leaves those subscribers due; they are at
most PUSH_CONCURRENCY, since each push holds its slot until its outcome is committed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from push.breaker import WriteBreaker
from storage.pushes import PushOutcome

logger = logging.getLogger(__name__)

Write = Callable[[Sequence[PushOutcome]], Awaitable[int]]


class Recorder:
    """Writes outcomes in batches through `write` (which returns how many claims held)."""

    def __init__(self, write: Write, breaker: WriteBreaker) -> None:
        self._write = write
        self._breaker = breaker
        self._pending: list[tuple[PushOutcome, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.lost_claims = 0

    def add(self, outcome: PushOutcome) -> asyncio.Future[None]:
        """Queue `outcome`; the future resolves once it is committed."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((outcome, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="push-recorder")
        return future

    async def write(self, outcome: PushOutcome) -> None:
        """Return once `outcome` is committed."""
        # Shielded: a caller cancelled at shutdown must not take its record down with it.
        await asyncio.shield(self.add(outcome))

    @property
    def pending(self) -> int:
        return len(self._pending)

    async def close(self, timeout: float) -> None:  # noqa: ASYNC109
        """Give queued outcomes up to `timeout` seconds to commit, then drop the rest (logged)."""
        writer = self._writer
        if writer is not None and not writer.done():
            done, _ = await asyncio.wait({writer}, timeout=timeout)
            if not done:
                writer.cancel()
                await asyncio.gather(writer, return_exceptions=True)
        if self._pending:
            logger.warning(
                "%d pushes went out but could not be recorded before stop; they stay due",
                len(self._pending),
            )
            for _, future in self._pending:
                if not future.done():
                    future.cancel()
            self._pending = []

    async def _drain(self) -> None:
        while self._pending:
            await self._breaker.wait_closed()
            batch = list(self._pending)
            try:
                held = await self._write([outcome for outcome, _ in batch])
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._breaker.trip(exc)  # kept in _pending: written again once writes work
                continue
            self._breaker.close()
            del self._pending[: len(batch)]
            if held < len(batch):
                self.lost_claims += len(batch) - held
                logger.warning(
                    "%d push records found their claim gone; not recorded", len(batch) - held
                )
            for _, future in batch:
                if not future.done():
                    future.set_result(None)


__all__ = ["Recorder"]
