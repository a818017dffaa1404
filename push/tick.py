"""The daily push: a periodic tick asks the database who is due and sends each their lesson.

Nothing is scheduled in memory. Each subscriber row holds ``next_due_at``; a tick walks the due
rows through the partial index ``subscribers_due`` in batches, claims each batch in one write
(:func:`storage.pushes.claim`), sends every claimed subscriber their next lesson (its first
part, one message, the rest pulled by taps) or, after the last one, the closing message, and
records the outcome together with the next due instant (``next_due``: strictly after now, so a
subscriber who was due several times during downtime gets one lesson, then the normal
schedule). A restart simply carries on from the database. docs/delivery.md states the
guarantees; in short:

* **Nothing is sent that cannot be recorded.** The claim is a write made before the send; when
  it (or any record) fails, the :class:`~push.breaker.WriteBreaker` opens, no send starts until
  writes work again, and outcomes already in hand wait in memory to be written then.
* **The claim and the record are one step.** A delivery is recorded only while this process's
  claim on the subscriber holds, in the transaction that releases the claim and moves
  ``next_due_at`` on. Until then the subscriber stays due: nothing is lost in a crash.
* **Duplicates are bounded.** A push holds one of PUSH_CONCURRENCY slots from before its send
  until its record has committed, so a crash repeats the lesson for at most PUSH_CONCURRENCY
  subscribers. A send whose answer was lost is sent again, but one lesson goes out at most
  MAX_UNKNOWN_SENDS times in 24 hours without a known outcome (counted in the database).
* **A graceful stop** claims and starts nothing new, lets the sends in flight finish and commit
  (bounded by ``stop_timeout``) and leaves everyone else due.

Rate: sends start evenly spaced at PUSH_RATE per second, never more than ``ceil(PUSH_RATE)`` in
any 1-second window (:class:`push.pacer.Pacer`), at most PUSH_CONCURRENCY at once. A 429
pauses every push for its ``retry_after``, since Telegram's flood control is bot-wide.
"""

from __future__ import annotations

import asyncio
import logging
import math
import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Protocol

from telegram import Bot
from telegram.error import BadRequest, TelegramError

from content.models import Course
from journey.clock import Clock
from push.attempt import Attempt, TickReport
from push.breaker import WriteBreaker
from push.messages import PushMessage, PushMessages
from push.pacer import Pacer, retry_after_seconds
from push.recorder import Recorder
from push.transport import Transport
from push.verdict import Verdict, classify
from settings.config import Config
from storage import pushes
from storage.db import Database
from storage.subscribers import Status


class PushServices(Protocol):
    """What the push needs from the services container (the handlers' ``Services`` has it)."""

    config: Config
    clock: Clock
    pacer: Pacer

    def require_db(self) -> Database: ...

    def require_course(self) -> Course: ...


logger = logging.getLogger(__name__)

RETRY_DELAYS = (0.5, 2.0, 5.0)  # seconds before each retry of a 5xx, timeout or dropped line
MAX_FLOOD_WAITS = 10  # 429s waited out for one message before it is left for the next tick
STOP_TIMEOUT = 10.0  # seconds a graceful stop waits for sends in flight


class Pusher:
    """Runs :meth:`tick` every PUSH_TICK_SECONDS until stopped."""

    def __init__(
        self,
        bot: Bot,
        services: PushServices,
        *,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        max_flood_waits: int = MAX_FLOOD_WAITS,
        stop_timeout: float = STOP_TIMEOUT,
        read_timeout: float = 10.0,
        breaker: WriteBreaker | None = None,
        own_connection: bool = True,
        may_claim: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        config = services.config
        self.services = services
        self.retry_delays = tuple(retry_delays)
        self.max_flood_waits = max_flood_waits
        self.stop_timeout = stop_timeout
        self.pacer = services.pacer
        self._slots = asyncio.Semaphore(config.push_concurrency)
        self.transport = Transport(
            bot.base_url, config.push_concurrency + 2, read_timeout=read_timeout
        )
        self.breaker = breaker or WriteBreaker(self._probe)
        self._recorder = Recorder(self._write, self.breaker)
        self._own_connection = own_connection
        self._may_claim = may_claim  # asked before each claim: is this still the leader?
        self._connection: Database | None = None
        self._process = uuid.uuid4().hex  # when others' claims are stale: pushes.claim
        self._claims = 0
        self._messages = PushMessages(paid=True if config.paid_broadcast else None)
        self._stopping = asyncio.Event()
        self._tick_lock = asyncio.Lock()
        self._waiting: set[asyncio.Task[object]] = set()  # not sending now: safe to cancel
        self._task: asyncio.Task[None] | None = None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Run the periodic tick in the background (the first one at once)."""
        self._task = asyncio.create_task(self._run(), name="push-tick")

    async def stop(self) -> None:
        """Claim nothing more, let sends in flight finish (bounded), leave the rest due."""
        self._stopping.set()
        self._cancel_waiting()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, self.stop_timeout + 5.0)
            except TimeoutError:
                logger.warning("Push tick did not stop in time; cancelled")
            self._task = None
        async with self._tick_lock:  # a tick a test started by hand finishes too
            await self._recorder.close(self.stop_timeout)
        await self.breaker.stop()
        await self.transport.shutdown()
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def _run(self) -> None:
        interval = self.services.config.push_tick_seconds
        while not self._stopping.is_set():
            try:
                await self.tick()
            except Exception:
                logger.exception("Push tick failed; the next one retries")
            try:
                await asyncio.wait_for(self._stopping.wait(), interval)
            except TimeoutError:
                pass

    def _db(self) -> Database:
        return self._connection or self.services.require_db()

    async def _open(self) -> None:
        """A connection of the push's own, so its claims and records never queue behind
        the statements of interactive handlers on the shared one (SQLite's WAL lets both in;
        PostgreSQL's pool has connections enough already)."""
        if self._connection is None and self._own_connection:
            self._connection = await self.services.require_db().separate()

    def _now(self) -> datetime:
        return self.services.clock.now()

    async def _probe(self) -> None:
        await pushes.probe(self._db(), self.services.clock.now())

    async def _write(self, outcomes: Sequence[pushes.PushOutcome]) -> int:
        db, now = self._db(), self.services.clock.now()
        return await pushes.record_push_outcomes(db, outcomes, now)

    # -- the tick ---------------------------------------------------------------------------

    async def tick(self) -> TickReport:
        """Send every subscriber due now their push; return what happened."""
        async with self._tick_lock:
            report = TickReport()
            if self._stopping.is_set() or self.breaker.is_open:
                return report
            await self.transport.initialize()
            await self._open()
            tasks: set[asyncio.Task[None]] = set()
            try:
                await self._claim_and_send(report, tasks)
            finally:
                await self._settle(tasks)
            if report.claimed or report.held:
                logger.info("Push tick: %s", report)
            return report

    async def _claim_and_send(self, report: TickReport, tasks: set[asyncio.Task[None]]) -> None:
        services = self.services
        db, course = self._db(), services.require_course()
        now = services.clock.now()
        cursor = pushes.DUE_START
        # No more than about a second's worth per batch: the lesson is chosen at claim time, and
        # a fresh choice keeps a subscriber who reads ahead with /next from getting a repeat.
        limit = max(1, min(services.config.push_batch_size, math.ceil(self.pacer.rate)))
        while not self._stopping.is_set() and not self.breaker.is_open:
            if self._may_claim is not None and not await self._may_claim():
                return
            batch = await pushes.due_subscribers(db, now, cursor, limit)
            if not batch:
                return
            cursor = batch[-1].cursor
            delivered = await pushes.delivered_by_chat(db, batch)
            messages = {}
            wanted = []
            for subscriber in batch:
                message = self._messages.next_for(course, delivered[subscriber.chat_id])
                messages[subscriber.chat_id] = message
                wanted.append(pushes.Claim(subscriber, message.lesson_id or ""))
            self._claims += 1
            token = f"{self._process}{self._claims:08x}"
            try:
                ttl = services.config.push_claim_ttl_seconds
                claimed, held = await pushes.claim(db, wanted, token, self._process, now, ttl=ttl)
            except Exception as exc:
                self.breaker.trip(exc)  # nothing claimed, nothing sent
                return
            self.breaker.close()
            report.held += held
            for index, wish in enumerate(claimed):
                await self._slots.acquire()
                if self._stopping.is_set():
                    self._slots.release()
                    for unsent in claimed[index:]:  # released, their count given back
                        self._recorder.add(Attempt(unsent.subscriber, token).left_due())
                    return
                report.claimed += 1
                attempt = Attempt(wish.subscriber, token)
                message = messages[wish.subscriber.chat_id]
                task = asyncio.create_task(self._push(attempt, message, report))
                tasks.add(task)
                task.add_done_callback(tasks.discard)

    async def _settle(self, tasks: set[asyncio.Task[None]]) -> None:
        """Wait for the pushes of this tick; on stop, only those already sending (bounded)."""
        while tasks and not self._stopping.is_set():
            await asyncio.wait(set(tasks), return_when=asyncio.FIRST_COMPLETED)
        if not tasks:
            return
        self._cancel_waiting()
        _, late = await asyncio.wait(set(tasks), timeout=self.stop_timeout)
        for task in late:
            task.cancel()
        if late:
            logger.warning("%d pushes still in flight at stop; they stay due", len(late))
            await asyncio.wait(late)

    def _cancel_waiting(self) -> None:
        for task in list(self._waiting):
            task.cancel()

    # -- one subscriber ---------------------------------------------------------------------

    async def _push(self, attempt: Attempt, message: PushMessage, report: TickReport) -> None:
        try:
            try:
                outcome = await self._deliver(attempt, message, report)
            except asyncio.CancelledError:
                report.failed += 1  # stopped before it was sent: it stays due
                self._recorder.add(attempt.left_due())
                raise
            except Exception:
                report.failed += 1
                logger.exception("Push failed unexpectedly; the subscriber stays due")
                outcome = attempt.left_due()
            await self._recorder.write(outcome)
        except asyncio.CancelledError:
            pass  # the outcome stays queued; stop() gives it its last chance to be written
        finally:
            self._slots.release()

    async def _deliver(
        self, attempt: Attempt, message: PushMessage, report: TickReport
    ) -> pushes.PushOutcome:
        """Send with retries; the outcome to record."""
        chat_id = attempt.subscriber.chat_id
        floods = errors = 0
        while True:
            # Never send what could not be recorded: wait while database writes fail.
            if self.breaker.is_open:
                await self._wait(self.breaker.wait_closed())
            await self._wait(self.pacer.acquire())
            attempt.unsent = False
            try:
                await self.transport.post(message.call, message.call.body(chat_id=chat_id))
            except TelegramError as exc:
                error: TelegramError | None = exc
            else:
                error = None
            verdict = classify(error)
            if verdict is Verdict.DELIVERED:
                if message.lesson_id is None:
                    report.finished += 1
                    return attempt.done(Status.FINISHED, self._now())
                report.sent += 1
                return attempt.done(Status.ACTIVE, self._now(), message.lesson_id)
            if verdict in (Verdict.BLOCKED, Verdict.UNREACHABLE):
                setattr(report, verdict.value, getattr(report, verdict.value) + 1)
                return attempt.done(Status(verdict.value), self._now())
            assert error is not None
            if verdict is not Verdict.UNKNOWN:
                attempt.unsent = True  # answered: this send did not reach the chat
            if verdict is Verdict.FLOOD_WAIT:
                floods += 1
                report.retried_after += 1
                self.pacer.pause(retry_after_seconds(error))  # type: ignore[arg-type]
                if floods > self.max_flood_waits:
                    report.failed += 1
                    return attempt.left_due()
                continue
            if verdict is Verdict.FAILED:
                return self._refused(attempt, error, report)
            if errors >= len(self.retry_delays):  # RETRY or UNKNOWN beyond the budget
                logger.warning("Push gave up after %d retries (%s)", errors, _brief(error))
                report.failed += 1
                return attempt.left_due()
            if verdict is Verdict.UNKNOWN and not await self._count_resend(attempt):
                report.held += 1
                return await self._hold(attempt)
            await self._wait(asyncio.sleep(self.retry_delays[errors]))
            errors += 1

    async def _count_resend(self, attempt: Attempt) -> bool:
        """Count the resend of a lesson whose answer was lost; False once 2 are out in 24 h."""
        try:
            counted = await pushes.count_resend(
                self._db(), attempt.subscriber.chat_id, attempt.claim
            )
        except Exception as exc:
            self.breaker.trip(exc)
            await self._wait(self.breaker.wait_closed())
            return await self._count_resend(attempt)
        if counted:
            attempt.unsent = True
        return counted

    async def _hold(self, attempt: Attempt) -> pushes.PushOutcome:
        until = await pushes.hold_until(self._db(), attempt.subscriber.chat_id)
        attempt.unsent = False
        return attempt.left_due(until)

    async def _wait(self, awaitable: Awaitable[object]) -> None:
        """Await something that may be abandoned at stop (nothing has been sent meanwhile)."""
        task = asyncio.current_task()
        assert task is not None
        self._waiting.add(task)
        try:
            await awaitable
        finally:
            self._waiting.discard(task)

    def _refused(
        self, attempt: Attempt, exc: TelegramError, report: TickReport
    ) -> pushes.PushOutcome:
        report.failed += 1
        if not isinstance(exc, BadRequest):
            logger.error("Push refused (%s); the subscriber stays due", _brief(exc))
            return attempt.left_due()
        # Telegram refuses this very message (bad markup, too long): retrying every tick would
        # fail the same way, so try again tomorrow; the lesson stays undelivered, not skipped.
        logger.error("Push rejected by Telegram (%s); retrying at the next due time", _brief(exc))
        return attempt.done(Status.ACTIVE, self._now())


def _brief(exc: TelegramError) -> str:
    """An error for the log: its class and Telegram's description, never a message text."""
    return f"{type(exc).__name__}: {exc.message[:120]}"


__all__ = ["Pusher", "TickReport"]
