"""Sending an operator's announcement to every active subscriber, resumable after a crash.

:func:`send_paced` sends one message to many chats at a rate, a few at a time, sharing the daily
push's pacer (Telegram's flood control is bot-wide) and its verdicts on errors
(:func:`push.verdict.classify`). :class:`Broadcaster` runs a broadcast whose progress lives in
the database (:mod:`storage.broadcasts`): recipients are claimed a batch at a time in one write
before they are sent to and their outcomes recorded after, so a process killed midway is
followed by one that carries on with whoever is left (those in flight at the crash are sent
again: at most one batch, PUSH_CONCURRENCY chats) and the operator still gets the report.

While one process sends a broadcast it holds the broadcast's lock (:func:`push.lock.
broadcast_lock`: a file next to a SQLite database, an advisory lock on PostgreSQL); the process
that pushes (the leader) picks up any broadcast not yet reported whose lock nobody holds, within
a tick. A sender checks its lock before each batch and stops at once if it lost it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import TelegramError

from push.breaker import WriteBreaker
from push.lock import Lock, broadcast_lock
from push.pacer import Pacer, retry_after_seconds
from push.tick import PushServices
from push.transport import PreparedCall, Transport
from push.verdict import Verdict, classify
from storage import broadcasts, pushes

logger = logging.getLogger(__name__)

MAX_RETRIES = 5  # 429s or failed connections for one message before it counts as failed
OnError = Callable[[int, str], Awaitable[None]]


@dataclass
class SendReport:
    """How a paced send went."""

    sent: int = 0
    blocked: int = 0
    unreachable: int = 0
    failed: int = 0
    seconds: float = 0.0

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def _final(verdict: Verdict) -> str:
    """A recipient's recorded state for a verdict that ends their send."""
    if verdict is Verdict.DELIVERED:
        return "sent"
    if verdict in (Verdict.BLOCKED, Verdict.UNREACHABLE):
        return verdict.value
    return "failed"


async def send_batch(
    transport: Transport,
    call: PreparedCall,
    chat_ids: Iterable[int],
    *,
    pacer: Pacer,
    concurrency: int,
) -> dict[int, str]:
    """Send `call` to each chat, `concurrency` at a time; each chat's final state."""
    pending = iter(chat_ids)
    results: dict[int, str] = {}

    async def deliver(chat_id: int) -> str:
        for _attempt in range(MAX_RETRIES + 1):
            await pacer.acquire()
            try:
                await transport.post(call, call.body(chat_id=chat_id))
            except TelegramError as exc:
                verdict = classify(exc)
                if verdict is Verdict.FLOOD_WAIT:
                    pacer.pause(retry_after_seconds(exc))  # type: ignore[arg-type]
                    continue
                if verdict is Verdict.RETRY:
                    await asyncio.sleep(0.5)
                    continue
                # An unknown outcome is not sent again: an announcement twice is worse than
                # once missed, and the report counts it as failed.
                logger.info("Broadcast to a chat failed (%s)", verdict.value)
                return _final(verdict)
            return "sent"
        return "failed"

    async def worker() -> None:
        for chat_id in pending:  # one shared iterator: each chat goes to exactly one worker
            results[chat_id] = await deliver(chat_id)

    await asyncio.gather(*(worker() for _ in range(max(1, concurrency))))
    return results


def announcement(text: str, **send_options: Any) -> PreparedCall:
    return PreparedCall("sendMessage", text=text, parse_mode=ParseMode.HTML, **send_options)


async def send_paced(
    bot: Bot,
    chat_ids: Iterable[int],
    text: str,
    *,
    rate: float,
    concurrency: int,
    on_error: OnError,
    pacer: Pacer | None = None,
    **send_options: Any,
) -> SendReport:
    """Send one HTML message to many chats at `rate` messages/s, `concurrency` at a time.

    A 429 pauses every sender for Telegram's retry_after and the message is tried again; a 403
    or "chat not found" goes to `on_error` (to mark the subscriber), not retried.
    """
    loop = asyncio.get_running_loop()
    started = loop.time()
    transport = Transport(bot.base_url, concurrency + 2)
    try:
        results = await send_batch(
            transport,
            announcement(text, **send_options),
            chat_ids,
            pacer=pacer or Pacer(rate),
            concurrency=concurrency,
        )
    finally:
        await transport.shutdown()
    report = SendReport()
    for chat_id, state in results.items():
        report.count(state)
        if state != "sent":
            try:
                await on_error(chat_id, state)
            except Exception:
                logger.exception("Could not record a failed broadcast send")
    report.seconds = loop.time() - started
    return report


class Broadcaster:
    """Creates, sends, resumes and reports broadcasts recorded in the database."""

    def __init__(self, bot: Bot, services: PushServices, breaker: WriteBreaker | None = None):
        self.bot = bot
        self.services = services
        self.breaker = breaker or WriteBreaker(self._probe)
        self._running: set[asyncio.Task[SendReport | None]] = set()
        self._held: dict[int, Lock] = {}  # created here, not sent yet

    async def _probe(self) -> None:
        await pushes.probe(self.services.require_db(), self.services.clock.now())

    async def create(self, admin_chat_id: int, html: str) -> tuple[int, int]:
        """Record a new broadcast to everyone active and take its lock at once, so no other
        process or job starts it meanwhile; (its id, how many recipients).

        A file lock is taken with no await since the commit: nobody could have taken it yet. An
        advisory lock takes a round trip: if the leader's resumer gets there first, it sends
        the broadcast and reports instead, which is as good.
        """
        db, now = self.services.require_db(), self.services.clock.now()
        broadcast_id, recipients = await broadcasts.create(db, admin_chat_id, html, now)
        lock = broadcast_lock(db, broadcast_id)
        if await lock.acquire():
            self._held[broadcast_id] = lock
        else:
            await lock.release()
        return broadcast_id, recipients

    async def resume_unreported(self, ids: Iterable[int]) -> int:
        """Run each broadcast whose lock nobody holds (its sender died, or another instance
        queued it for the leader); how many started."""
        started = 0
        for broadcast_id in ids:
            if any(task.get_name() == f"broadcast-{broadcast_id}" for task in self._running):
                continue
            lock = broadcast_lock(self.services.require_db(), broadcast_id)
            if await lock.acquire():
                # Left by a sender that stopped, or queued by an instance that does not lead
                # (then it "stopped" before its first message).
                logger.warning("Resuming broadcast %d where it stopped", broadcast_id)
                self._spawn(broadcast_id, lock)
                started += 1
            else:
                await lock.release()
        return started

    async def send(self, broadcast_id: int) -> SendReport | None:
        """Send broadcast `broadcast_id` here and now (None if another process is sending it)."""
        lock = self._held.pop(broadcast_id, None)
        if lock is None:
            lock = broadcast_lock(self.services.require_db(), broadcast_id)
            if not await lock.acquire():
                await lock.release()
                return None
        try:
            return await self._run_locked(broadcast_id, lock)
        finally:
            await self.breaker.stop()

    def _spawn(self, broadcast_id: int, lock: Lock) -> asyncio.Task[SendReport | None]:
        task = asyncio.create_task(self._run_locked(broadcast_id, lock))
        task.set_name(f"broadcast-{broadcast_id}")
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def stop(self) -> None:
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
        await self.breaker.stop()

    async def _run_locked(self, broadcast_id: int, lock: Lock) -> SendReport | None:
        try:
            report = await self.run(broadcast_id, lock)
        except asyncio.CancelledError:
            await lock.release()
            raise
        except Exception:
            logger.exception("Broadcast %d failed; it resumes after a restart", broadcast_id)
            await lock.release()
            return None
        await lock.release(finished=report is not None)
        return report

    async def _written(self, write: Callable[[], Awaitable[Any]]) -> Any:
        """Run a write, waiting out any spell in which the database refuses writes."""
        while True:
            await self.breaker.wait_closed()
            try:
                result = await write()
            except Exception as exc:
                self.breaker.trip(exc)
                continue
            self.breaker.close()
            return result

    async def run(self, broadcast_id: int, lock: Lock | None = None) -> SendReport | None:
        """Send to everyone not yet sent to, then report to the operator; the report (None if
        `lock` was lost meanwhile: whoever holds it now carries on)."""
        services = self.services
        config, db = services.config, services.require_db()
        found = await broadcasts.get(db, broadcast_id)
        if found is None:
            return None
        loop = asyncio.get_running_loop()
        started = loop.time()
        if not found.finished and found.html is not None:
            options = {"allow_paid_broadcast": True} if config.paid_broadcast else {}
            call = announcement(found.html, **options)
            transport = Transport(self.bot.base_url, config.push_concurrency + 2)
            try:
                while True:
                    if lock is not None and not await lock.held():
                        logger.warning("Broadcast %d: lost its lock on %s; stopped sending",
                                       broadcast_id, db.location)  # fmt: skip
                        return None
                    batch = await self._written(
                        lambda: broadcasts.claim_batch(db, broadcast_id, config.push_concurrency)
                    )
                    if not batch:
                        break
                    results = await send_batch(
                        transport,
                        call,
                        batch,
                        pacer=services.pacer,
                        concurrency=config.push_concurrency,
                    )
                    now = services.clock.now()
                    record = functools.partial(
                        broadcasts.record_batch, db, broadcast_id, results.items(), now
                    )
                    await self._written(record)
            finally:
                await transport.shutdown()
            await self._written(lambda: broadcasts.finish(db, broadcast_id, services.clock.now()))
        done = await broadcasts.get(db, broadcast_id)
        assert done is not None
        report = SendReport(done.sent, done.blocked, done.unreachable, done.failed)
        report.seconds = loop.time() - started
        logger.info(
            "Broadcast %d done: %d sent, %d blocked, %d unreachable, %d failed",
            broadcast_id, report.sent, report.blocked, report.unreachable, report.failed,
        )  # fmt: skip
        await self.bot.send_message(
            done.admin_chat_id,
            f"📣 <b>Announcement sent.</b>\n{report.sent} sent · {report.blocked} blocked · "
            f"{report.unreachable} unreachable · {report.failed} failed",
            parse_mode=ParseMode.HTML,
        )
        await self._written(
            lambda: broadcasts.mark_reported(db, broadcast_id, services.clock.now())
        )
        return report


__all__ = ["Broadcaster", "SendReport", "send_batch", "send_paced"]
