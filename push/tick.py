"""The daily push: a periodic tick asks the database who is due and sends each their lesson.

Nothing is scheduled in memory. Each subscriber row holds ``next_due_at``; a tick walks the due
rows through the partial index ``subscribers_due`` in batches, sends every subscriber their next
lesson (its first part, one message, the rest pulled by taps) or, after the last one, the closing
message, and records the outcome together with the next due instant (``next_due``: strictly
after now, so a subscriber who was due several times during downtime gets one lesson, then the
normal schedule). A restart simply carries on from the database.

Delivery guarantee
------------------
* **No lesson is lost.** ``next_due_at`` moves on only in the transaction that records the
  outcome (lesson delivered, course finished, chat blocked or unreachable), and only after
  Telegram accepted the message. Until that commit the subscriber stays due, so after a crash
  at any moment, whatever had not been recorded is sent when the bot runs again.
* **Duplicates are bounded by PUSH_CONCURRENCY.** A push holds one of PUSH_CONCURRENCY slots
  from before its send until its record has committed (records go to the database in group
  commits, one transaction per batch of finished sends). A crash can therefore repeat the lesson
  for at most PUSH_CONCURRENCY subscribers: those whose message was in flight or sent but not yet
  recorded. This holds for a killed process; the database runs in WAL mode with
  ``synchronous=NORMAL``, so a power cut could also undo the last commits.
* **A graceful stop** (SIGTERM/SIGINT via ``run_polling``, which calls ``stop()``) claims and
  starts nothing new, lets the sends in flight finish and commit (bounded by ``stop_timeout``)
  and leaves everyone else due: no duplicates unless a send outlives that bound.
* Sends that fail with a network error are retried; if Telegram had in fact delivered a message
  whose answer was lost, the retry repeats it (at least once, never zero times).

Rate: sends start evenly spaced at PUSH_RATE per second, never more than ``ceil(PUSH_RATE)`` in
any 1-second window (:class:`push.pacer.Pacer`), at most PUSH_CONCURRENCY at once. A 429
pauses every push for its ``retry_after``, since Telegram's flood control is bot-wide. Pushes go
through a connection pool of their own (:mod:`push.transport`), so interactive replies, which use
the application's bot and keep the remaining share of Telegram's ~30/s, never queue behind them.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

import views
from content.models import Course, Lesson
from journey.clock import Clock
from journey.timeplan import due_at
from push.pacer import Pacer, retry_after_seconds
from push.transport import AiohttpRequest, PreparedCall
from settings.config import Config
from storage import privacy, pushes
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
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass
class TickReport:
    """What one tick did (counts of subscribers, except ``retried_after``: 429s waited out)."""

    claimed: int = 0
    sent: int = 0  # lessons delivered
    finished: int = 0  # closing messages delivered (the course is over for them)
    blocked: int = 0  # 403: blocked, deactivated or never started
    unreachable: int = 0  # 400 chat not found
    failed: int = 0  # left due for a later tick (errors beyond the retry budget, stop)
    retried_after: int = 0


@dataclass(frozen=True)
class _Message:
    """A push ready to go, encoded once per lesson, not once per subscriber."""

    call: PreparedCall
    lesson_id: str | None  # None for the closing message


class _Recorder:
    """Group commit: outcomes that finish while a write is running share the next transaction."""

    def __init__(self, services: PushServices) -> None:
        self._services = services
        self._pending: list[tuple[pushes.PushOutcome, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def write(self, outcome: pushes.PushOutcome) -> None:
        """Return once `outcome` is committed (raises if the transaction failed)."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((outcome, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain(), name="push-recorder")
        # Shielded: a caller cancelled at shutdown must not take its record down with it.
        await asyncio.shield(future)

    async def drain(self) -> None:
        if self._writer is not None:
            await asyncio.shield(self._writer)

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await pushes.record_push_outcomes(
                    self._services.require_db(),
                    [outcome for outcome, _ in batch],
                    self._services.clock.now(),
                )
            except Exception as exc:
                logger.exception("Could not record %d pushes; they stay due", len(batch))
                for _, future in batch:
                    future.set_exception(exc)
            else:
                for _, future in batch:
                    future.set_result(None)


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
    ) -> None:
        config = services.config
        self.services = services
        self.retry_delays = tuple(retry_delays)
        self.max_flood_waits = max_flood_waits
        self.stop_timeout = stop_timeout
        self.pacer = services.pacer
        self._slots = asyncio.Semaphore(config.push_concurrency)
        self._request = AiohttpRequest(config.push_concurrency + 2, read_timeout=read_timeout)
        self._send_url = f"{config.api_base_url}{bot.token}/sendMessage"
        self._paid = True if config.paid_broadcast else None
        self._recorder = _Recorder(services)
        self._messages: dict[str, _Message] = {}
        self._stopping = asyncio.Event()
        self._tick_lock = asyncio.Lock()
        self._waiting: set[asyncio.Task[object]] = set()  # not sending now: safe to cancel
        self._task: asyncio.Task[None] | None = None
        self._last_purge: datetime | None = None

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
            await self._recorder.drain()
        await self._request.shutdown()

    async def _run(self) -> None:
        interval = self.services.config.push_tick_seconds
        while not self._stopping.is_set():
            try:
                await self.tick()
                await self.purge_if_due()
            except Exception:
                logger.exception("Push tick failed; the next one retries")
            try:
                await asyncio.wait_for(self._stopping.wait(), interval)
            except TimeoutError:
                pass

    async def purge_if_due(self) -> int:
        """Once a day, erase people who left (or finished) longer ago than DATA_RETENTION_DAYS."""
        days = self.services.config.data_retention_days
        now = self.services.clock.now()
        if not days or (self._last_purge and now - self._last_purge < timedelta(days=1)):
            return 0
        self._last_purge = now
        erased = await privacy.purge_inactive(
            self.services.require_db(), older_than=now - timedelta(days=days)
        )
        if erased:
            logger.info("Erased %d subscribers inactive for over %d days", erased, days)
        return erased

    # -- the tick ---------------------------------------------------------------------------

    async def tick(self) -> TickReport:
        """Send every subscriber due now their push; return what happened."""
        async with self._tick_lock:
            report = TickReport()
            if self._stopping.is_set():
                return report
            await self._request.initialize()
            tasks: set[asyncio.Task[None]] = set()
            try:
                await self._claim_and_send(report, tasks)
            finally:
                await self._settle(tasks)
            if report.claimed:
                logger.info("Push tick: %s", report)
            return report

    async def _claim_and_send(self, report: TickReport, tasks: set[asyncio.Task[None]]) -> None:
        services = self.services
        db, course = services.require_db(), services.require_course()
        now = services.clock.now()
        cursor = pushes.DUE_START
        # No more than about a second's worth per batch: the lesson is chosen at claim time, and
        # a fresh choice keeps a subscriber who reads ahead with /next from getting a repeat.
        limit = max(1, min(services.config.push_batch_size, math.ceil(self.pacer.rate)))
        while not self._stopping.is_set():
            batch = await pushes.due_subscribers(db, now, cursor, limit)
            if not batch:
                return
            cursor = batch[-1].cursor
            delivered = await pushes.delivered_by_chat(db, batch)
            for subscriber in batch:
                await self._slots.acquire()
                if self._stopping.is_set():
                    self._slots.release()
                    return
                report.claimed += 1
                message = self._message_for(course, delivered[subscriber.chat_id])
                task = asyncio.create_task(self._push(subscriber, message, report))
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

    def _message_for(self, course: Course, delivered: set[str]) -> _Message:
        lesson = course.next_lesson(delivered)
        key = lesson.id if lesson is not None else ""
        message = self._messages.get(key)
        if message is None:
            message = self._messages[key] = self._build_message(course, lesson)
        return message

    # -- one subscriber ---------------------------------------------------------------------

    async def _push(
        self, subscriber: pushes.DueSubscriber, message: _Message, report: TickReport
    ) -> None:
        try:
            outcome = await self._deliver(subscriber, message, report)
            if outcome is not None:
                await self._recorder.write(outcome)
        except asyncio.CancelledError:
            report.failed += 1  # stopped before it was sent (or recorded): it stays due
        except Exception:
            report.failed += 1
            logger.exception("Push failed unexpectedly; the subscriber stays due")
        finally:
            self._slots.release()

    async def _deliver(
        self, subscriber: pushes.DueSubscriber, message: _Message, report: TickReport
    ) -> pushes.PushOutcome | None:
        """Send with retries; the outcome to record, or None to leave the subscriber due."""
        floods = errors = 0
        while True:
            await self._wait(self.pacer.acquire())
            try:
                await self._send(subscriber.chat_id, message)
            except RetryAfter as exc:
                floods += 1
                report.retried_after += 1
                self.pacer.pause(retry_after_seconds(exc))
                if floods > self.max_flood_waits:
                    report.failed += 1
                    return None
            except Forbidden:
                report.blocked += 1
                return self._outcome(subscriber, Status.BLOCKED, None)
            except ChatMigrated:
                report.unreachable += 1
                return self._outcome(subscriber, Status.UNREACHABLE, None)
            except BadRequest as exc:
                return self._rejected(subscriber, exc, report)
            except NetworkError as exc:  # 5xx, timeouts, dropped connections
                if errors >= len(self.retry_delays):
                    logger.warning("Push gave up after %d retries (%s)", errors, _brief(exc))
                    report.failed += 1
                    return None
                await self._wait(asyncio.sleep(self.retry_delays[errors]))
                errors += 1
            except TelegramError as exc:
                logger.error("Push refused (%s); the subscriber stays due", _brief(exc))
                report.failed += 1
                return None
            else:
                if message.lesson_id is None:
                    report.finished += 1
                    return self._outcome(subscriber, Status.FINISHED, None)
                report.sent += 1
                return self._outcome(subscriber, Status.ACTIVE, message.lesson_id)

    async def _wait(self, awaitable: Awaitable[object]) -> None:
        """Await something that may be abandoned at stop (nothing has been sent meanwhile)."""
        task = asyncio.current_task()
        assert task is not None
        self._waiting.add(task)
        try:
            await awaitable
        finally:
            self._waiting.discard(task)

    async def _send(self, chat_id: int, message: _Message) -> None:
        # PTB's BaseRequest.post, as Bot.send_message would call it, minus what the push has no
        # use for: re-encoding the same lesson for every chat and parsing the Message it returns.
        await self._request.post(self._send_url, message.call.data(chat_id=chat_id))

    def _build_message(self, course: Course, lesson: Lesson | None) -> _Message:
        if lesson is None:
            text, keyboard = views.finished_text(course), views.finished_keyboard()
        else:
            text, keyboard = views.push_view(lesson)
        call = PreparedCall(
            text=text,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=NO_PREVIEW,
            allow_paid_broadcast=self._paid,
        )
        return _Message(call, lesson.id if lesson is not None else None)

    def _rejected(
        self, subscriber: pushes.DueSubscriber, exc: BadRequest, report: TickReport
    ) -> pushes.PushOutcome:
        if "chat not found" in str(exc).lower():
            report.unreachable += 1
            return self._outcome(subscriber, Status.UNREACHABLE, None)
        # Telegram refuses this very message (bad markup, too long): retrying every tick would
        # fail the same way, so try again tomorrow; the lesson stays undelivered, not skipped.
        logger.error("Push rejected by Telegram (%s); retrying at the next due time", _brief(exc))
        report.failed += 1
        return self._outcome(subscriber, Status.ACTIVE, None)

    def _outcome(
        self, subscriber: pushes.DueSubscriber, status: Status, lesson_id: str | None
    ) -> pushes.PushOutcome:
        next_at = self._next_due(subscriber) if status == Status.ACTIVE else None
        return pushes.PushOutcome(
            chat_id=subscriber.chat_id,
            round=subscriber.round,
            claimed_due=subscriber.next_due_at,
            status=status,
            next_due_at=next_at,
            lesson_id=lesson_id,
        )

    def _next_due(self, subscriber: pushes.DueSubscriber) -> int | None:
        return due_at(subscriber.push_time, subscriber.timezone, self.services.clock.now())


def _brief(exc: TelegramError) -> str:
    """An error for the log: its class and Telegram's description, never a message text."""
    return f"{type(exc).__name__}: {exc.message[:120]}"


__all__ = ["Pusher", "TickReport"]
