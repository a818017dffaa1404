"""Fixtures of the Bot API double's own tests: a double in this process and clients of it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import Bot

from tests.tgdouble.common import TOKEN
from tgdouble import BotApiDouble


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    async with BotApiDouble(TOKEN, hang_seconds=2.0) as server:
        yield server


@pytest.fixture
async def bot(double: BotApiDouble) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=double.base_url, base_file_url=double.base_file_url) as client:
        yield client


@pytest.fixture
async def http(double: BotApiDouble) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(double.url) as session:
        yield session
