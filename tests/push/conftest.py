"""Fixtures of the push tests: schedulers on a running bot's services."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from telegram import Bot

from handlers.context import Services
from push.tick import Pusher
from tests.conftest import TOKEN

FAST_RETRIES = (0.01, 0.02, 0.05)
MakeScheduler = Callable[..., Pusher]


@pytest.fixture
async def make_scheduler() -> AsyncIterator[MakeScheduler]:
    """Schedulers on a running bot's services, stopped at the end like post_stop would."""
    made: list[Pusher] = []

    def make(services: Services, **options: object) -> Pusher:
        options.setdefault("retry_delays", FAST_RETRIES)
        options.setdefault("stop_timeout", 2.0)
        scheduler = Pusher(Bot(TOKEN, base_url=services.config.api_base_url), services, **options)  # type: ignore[arg-type]
        made.append(scheduler)
        return scheduler

    yield make
    for scheduler in made:
        await scheduler.stop()
