"""Shared fixtures: the Bot API double, a config on a temporary database, and a running bot.

The scenario, push and storage tests run twice: on a SQLite file and on a PostgreSQL database of
their own (the `backend` fixture). A test about the SQLite file itself is marked
`@pytest.mark.sqlite` and runs once; one about PostgreSQL itself (several instances, advisory
locks) is marked `@pytest.mark.postgresql` and runs once, on PostgreSQL. Elsewhere `backend` is
"sqlite".
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.app import build_application, running
from bot.cli import webhook_options
from bot.webhook import serving
from handlers.context import SERVICES_KEY, Services
from journey.clock import FakeClock
from settings.config import DEFAULT_CONTENT_DIR, Config
from storage.db import Database, open_database
from tests.balancer import Balancer, free_port
from tests.coursefiles import copy_course
from tests.launcher import Launcher
from tests.pgserver import PgServer
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


@pytest.fixture(scope="session")
def launcher() -> Iterator[Launcher]:
    """This worker's fork server for bots run as processes of their own (tests.launcher)."""
    forks = Launcher()
    yield forks
    forks.close()


@pytest.fixture
def course_dir(tmp_path: Path) -> Path:
    """A copy of the real course, to break on purpose."""
    return copy_course(tmp_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


BOTH_BACKENDS = ("scenarios", "push", "storage")  # test folders that run on both engines


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite: about the SQLite file itself; runs on SQLite only")
    config.addinivalue_line("markers", "postgresql: about PostgreSQL itself; runs on it only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    if metafunc.definition.get_closest_marker("postgresql") is not None:
        metafunc.parametrize("backend", ["postgresql"], indirect=True)
    elif folder in BOTH_BACKENDS and metafunc.definition.get_closest_marker("sqlite") is None:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which engine this test's database uses: "sqlite" or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Any:
    """One throwaway PostgreSQL server for this test process (started on first use)."""
    server = PgServer()
    why = server.unavailable()
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL tests cannot run: {why}")
        pytest.skip(f"PostgreSQL tests skipped: {why}")
    try:
        server.start()
    except Exception as exc:
        server.stop()
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL test server did not start: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: the server did not start ({exc})")
    yield server
    server.stop()


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    """A fresh PostgreSQL database's URL when the backend is PostgreSQL, else None."""
    if backend != "postgresql":
        return None
    server: PgServer = request.getfixturevalue("pg_server")
    return server.fresh_database()


@pytest.fixture
async def database(tmp_path: Path, database_url: str | None) -> AsyncIterator[Database]:
    """An open, migrated database on this test's backend."""
    db = await open_database(database_url or tmp_path / "bot.sqlite3")
    try:
        yield db
    finally:
        await db.close()


@pytest.fixture
def config(tmp_path: Path, double: BotApiDouble, database_url: str | None) -> Config:
    return Config(
        token=TOKEN,
        database_path=tmp_path / "bot.sqlite3",
        database_url=database_url,
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
        self.applications: list[Application] = []  # the running bots, oldest first

    async def start(self, *, behind: Balancer | None = None, **overrides: Any) -> Services:
        """Start a bot polling the double, or (`behind` a balancer) in webhook mode behind it."""
        push = overrides.pop("push", False)
        config = replace(self.config, **overrides)
        stack = AsyncExitStack()
        if behind is None:
            app = build_application(config, clock=self.clock, push=push)
            await stack.enter_async_context(running(app))
        else:
            config = replace(
                config,
                webhook_url=behind.url,
                webhook_secret=behind.secret,
                webhook_listen="127.0.0.1",
                webhook_port=free_port(),
            )
            app = build_application(config, clock=self.clock, push=push)
            front = await stack.enter_async_context(serving(app, **webhook_options(config)))
            backend = f"http://127.0.0.1:{front.port}{front.path}"
            behind.add(backend)
            stack.callback(behind.remove, backend)  # runs first: no update goes to a stopped bot
        self._running.append(stack)
        self.applications.append(app)
        services: Services = app.bot_data[SERVICES_KEY]
        return services

    async def stop(self, index: int = -1) -> None:
        """Stop a running bot, the most recent by default (graceful: in-flight work finishes,
        the database closes)."""
        self.applications.pop(index)
        await self._running.pop(index).aclose()

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
