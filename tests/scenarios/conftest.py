"""Fixtures of the scenario tests: a bot application run in this process."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.app import build_application, running
from journey.clock import FakeClock
from settings.config import Config


@pytest.fixture
async def app(config: Config, clock: FakeClock) -> AsyncIterator[Application]:
    """The real application polling the double; the test keeps it, to tell when it is idle."""
    application = build_application(config, clock=clock, push=False)
    async with running(application):
        yield application
