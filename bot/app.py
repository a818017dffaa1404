"""The application factory: builder, lifecycle hooks and handlers in one place."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import weakref
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any

from telegram import Bot, BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
    Defaults,
)

import crisis
from content.loader import load_course
from content.models import Course
from handlers import handler_groups, on_error
from handlers.commands import ADMIN_COMMANDS, check_pages, commands
from handlers.context import SERVICES_KEY, BotContext, Services
from journey.clock import Clock, SystemClock
from push.jobs import PushJobs
from push.pacer import Pacer
from push.transport import AiohttpRequest
from settings.config import Config
from storage.db import Database, DatabaseProblem, checkpoint, open_database

logger = logging.getLogger(__name__)

PUSHER_KEY = "pusher"  # bot_data key of the running push jobs, owned by this module
CHECKPOINTS_KEY = "checkpoints"  # bot_data key of the periodic WAL checkpoint task, ditto
CHECK_KEY = "database-check"  # ditto: waits for a big database's damage check, then pushes
PROBLEM_KEY = "database-problem"  # ditto: the line that check ended the bot with, if it did
STOP_KEY = "stop"  # ditto: how to stop a bot whose runner is not run_polling (the webhook's)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handle updates concurrently across chats but in order within one chat.

    One person's taps must be answered in the order they made them, while a slow reply to one
    person must never hold up anyone else.

    It also notes which updates arrived while their chat still had earlier ones in hand: a
    person who waits for each reply is never flooding, however quick, while one who gets ahead
    of the bot is (the flood gate asks `arrived_busy` through Services.update_order).
    """

    def __init__(self, max_concurrent_updates: int = 256, max_queued_updates: int = 10_000) -> None:
        # The base class takes its slot before the chat lock, so updates queued behind one busy
        # chat (a flood) would hold the slots everyone else needs. Its limit only bounds memory
        # here; the limit on handlers running at once is taken inside the chat lock.
        super().__init__(max(max_queued_updates, max_concurrent_updates))
        self._running = asyncio.Semaphore(max_concurrent_updates)
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self._in_hand: dict[int, int] = {}  # chat id -> updates waiting or running; no zeros
        self._arrived_busy: set[int] = set()  # ids of updates now in hand that found one ahead
        self.pacer: Pacer | None = None  # told while people's updates are in hand

    def arrived_busy(self, update: object) -> bool:
        """Whether this update arrived while an earlier one from its chat was still in hand."""
        return isinstance(update, Update) and update.update_id in self._arrived_busy

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._running:
                await coroutine
            return
        assert isinstance(update, Update)
        lock = self._locks.get(chat.id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat.id] = lock
        if self._in_hand.get(chat.id):
            self._arrived_busy.add(update.update_id)
        self._in_hand[chat.id] = self._in_hand.get(chat.id, 0) + 1
        if self.pacer is not None:
            self.pacer.interactive_started()
        try:
            async with lock, self._running:
                await coroutine
        finally:
            if self.pacer is not None:
                self.pacer.interactive_finished()
            self._arrived_busy.discard(update.update_id)
            left = self._in_hand.pop(chat.id) - 1
            if left:
                self._in_hand[chat.id] = left

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


async def _post_init(application: Application) -> None:
    """Load the course, open and check the database, register the commands, start the push."""
    services: Services = application.bot_data[SERVICES_KEY]
    config = services.config
    services.course = check_pages(load_course(config.content_dir))
    services.require_index()  # built now, so a bad synonyms file stops the start like bad content
    # DatabaseProblem: one line. A big SQLite file is searched for damage while the bot starts.
    services.db = await open_database(config.database, check_later=True)
    crisis.warm_up()  # compiled now that the start has passed its checks, not on a first message
    application.bot_data[CHECKPOINTS_KEY] = asyncio.create_task(
        _checkpoints(services.db, config.checkpoint_seconds), name="wal-checkpoints"
    )
    await register_commands(application.bot, config, services.require_course())
    pending = services.db.pending_check()
    if pending is None:
        await _start_push(application)
    else:
        application.bot_data[CHECK_KEY] = asyncio.create_task(
            _push_once_checked(application, pending), name="database-check-then-push"
        )


async def _start_push(application: Application) -> None:
    services: Services = application.bot_data[SERVICES_KEY]
    if services.run_push:
        pusher = PushJobs(application.bot, services)
        application.bot_data[PUSHER_KEY] = pusher
        services.holds_push_lock = lambda: pusher.leading
        await pusher.start()


async def _push_once_checked(application: Application, check: asyncio.Task[None]) -> None:
    """People are answered meanwhile, but nothing is pushed from a file not yet found sound;
    a damaged one stops the bot with its one line (`PROBLEM_KEY`)."""
    try:
        await check
    except DatabaseProblem as exc:
        application.bot_data[PROBLEM_KEY] = str(exc)
        application.bot_data.get(STOP_KEY, application.stop_running)()
        return
    await _start_push(application)


async def _cancel(application: Application, key: str) -> None:
    task: asyncio.Task[None] | None = application.bot_data.pop(key, None)
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _checkpoints(db: Database, every: float) -> None:
    """Fold the write-ahead log into the main file every so often.

    Bounds what a deleted -wal file (or a copy of the main file alone) can lose to `every`
    seconds of changes, instead of everything since the last clean stop.
    """
    while True:
        await asyncio.sleep(every)
        try:
            await checkpoint(db)
        except sqlite3.Error as exc:
            logger.warning("Database checkpoint failed: %s", exc)


async def register_commands(bot: Bot, config: Config, course: Course) -> None:
    """List the commands in Telegram's menu; admins also see theirs, in their own chat only."""
    everyone = [BotCommand(name, description) for name, description in commands(course)]
    await bot.set_my_commands(everyone)
    for admin_id in sorted(config.admin_ids):
        try:
            await bot.set_my_commands(
                everyone + [BotCommand(n, d) for n, d in ADMIN_COMMANDS],
                scope=BotCommandScopeChat(admin_id),
            )
        except BadRequest as exc:  # an admin who never wrote to the bot has no chat yet
            logger.warning("Could not list admin commands for an admin: %s", exc)


async def _post_stop(application: Application) -> None:
    """Let in-flight pushes finish (or stay due) before the database closes."""
    await _cancel(application, CHECK_KEY)
    pusher: PushJobs | None = application.bot_data.pop(PUSHER_KEY, None)
    if pusher is not None:
        await pusher.stop()
    await _cancel(application, CHECKPOINTS_KEY)


async def _post_shutdown(application: Application) -> None:
    """Close the database cleanly."""
    services: Services = application.bot_data[SERVICES_KEY]
    await _cancel(application, CHECK_KEY)  # post_stop never ran: start-up failed half-way
    await _cancel(application, CHECKPOINTS_KEY)
    if services.db is not None:
        await services.db.close()
        services.db = None
        logger.info("Database closed")


def build_application(
    config: Config, *, clock: Clock | None = None, push: bool = True
) -> Application:
    """Wire the bot: builder, lifecycle hooks, services and the ordered handler list."""
    if not config.token:
        raise ValueError("build_application needs a token; the demo supplies the double's")
    processor = PerChatUpdateProcessor(256)
    builder = (
        ApplicationBuilder()
        .token(config.token)
        .base_url(config.api_base_url)
        .base_file_url(config.api_base_url.removesuffix("/bot") + "/file/bot")
        .context_types(ContextTypes(context=BotContext))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .concurrent_updates(processor)
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        # aiohttp instead of httpx: a fraction of the CPU per request (docs/benchmarks.md)
        .request(AiohttpRequest(512))
        .get_updates_request(AiohttpRequest(2))
    )
    application = builder.build()
    services = Services(
        config=config, clock=clock or SystemClock(), run_push=push, update_order=processor
    )
    processor.pacer = services.pacer  # people's updates come before bulk sends
    application.bot_data[SERVICES_KEY] = services
    for group, group_handlers in handler_groups().items():
        application.add_handlers(group_handlers, group=group)
    application.add_error_handler(on_error)
    return application


@asynccontextmanager
async def lifecycle(application: Application) -> AsyncIterator[Application]:
    """The lifecycle run_polling gives an application, for a caller that owns the event loop.

    initialize and post_init on the way in; on the way out, after the caller has stopped its
    source of updates, stop, post_stop, shutdown and post_shutdown. The caller starts its update
    source and then ``application.start()`` inside the block.
    """
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        try:
            yield application
        finally:
            if application.running:
                await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


@asynccontextmanager
async def running(
    application: Application, *, poll_interval: float = 0.0
) -> AsyncIterator[Application]:
    """Run the bot with long polling inside an async block (tests and the demo own the loop)."""
    async with lifecycle(application):
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=poll_interval, timeout=1)
        await application.start()
        try:
            yield application
        finally:
            if application.updater.running:
                await application.updater.stop()


__all__ = ["build_application", "lifecycle", "running"]
