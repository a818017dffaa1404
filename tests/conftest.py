"""Shared fixtures: the Bot API double, a config on a temporary database, and a running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application, running
from handlers.context import SERVICES_KEY, Services
from journey.clock import FakeClock
from settings.config import DEFAULT_CONTENT_DIR, Config
from tgdouble.server import BotApiDouble

TOKEN = "123456789:TEST-token-for-the-local-double-only"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    server = BotApiDouble(token=TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def config(tmp_path: Path, double: BotApiDouble) -> Config:
    return Config(
        token=TOKEN,
        database_path=tmp_path / "bot.sqlite3",
        content_dir=DEFAULT_CONTENT_DIR,
        api_base_url=double.base_url,
        admin_ids=frozenset({42}),
        push_tick_seconds=3600,  # scenario tests call the tick themselves
    )


class BotRunner:
    """Starts the real Application polling the double, and stops it like a process exit would."""

    def __init__(self, config: Config, clock: FakeClock) -> None:
        self.config = config
        self.clock = clock
        self._running: list[AsyncExitStack] = []

    async def start(self, **overrides: Any) -> Services:
        push = overrides.pop("push", False)
        app = build_application(replace(self.config, **overrides), clock=self.clock, push=push)
        stack = AsyncExitStack()
        await stack.enter_async_context(running(app))
        self._running.append(stack)
        services: Services = app.bot_data[SERVICES_KEY]
        return services

    async def stop(self) -> None:
        """Stop the most recently started bot (graceful: in-flight work finishes, DB closes)."""
        await self._running.pop().aclose()

    async def stop_all(self) -> None:
        while self._running:
            await self.stop()


@pytest.fixture
async def runner(config: Config, clock: FakeClock) -> AsyncIterator[BotRunner]:
    bots = BotRunner(config, clock)
    try:
        yield bots
    finally:
        await bots.stop_all()


@pytest.fixture
async def bot(runner: BotRunner) -> Services:
    """One running bot on a fresh database."""
    return await runner.start()
