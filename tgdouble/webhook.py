"""Webhook delivery for the Bot API double: queued updates are POSTed to the bot's own server.

As Telegram does, the double sends one update at a time, oldest first, with the secret token in
``X-Telegram-Bot-Api-Secret-Token``, drops an update once the bot answers 200 and retries it
otherwise, noting the error for ``getWebhookInfo``. Only a webhook on this machine (loopback) is
ever contacted; any other URL is recorded and its updates simply stay queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import time
from collections import deque
from typing import Any

import aiohttp
from yarl import URL

from tgdouble.chats import JSON, Notifier

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def is_loopback(url: str) -> bool:
    host = URL(url).host or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookPusher:
    """Pushes the double's update queue to one webhook URL until stopped."""

    def __init__(
        self,
        url: str,
        secret_token: str | None,
        updates: deque[JSON],
        ready: Notifier,
        *,
        retry_delay: float = 0.5,
    ) -> None:
        self.url = url
        self.secret_token = secret_token
        self.retry_delay = retry_delay
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self._updates = updates  # the double's own queue, shared and consumed here
        self._ready = ready
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if is_loopback(self.url):
            self._task = asyncio.create_task(self._run(), name=f"webhook {self.url}")
        else:
            logger.warning("webhook %s is not on this machine: updates stay queued", self.url)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def info(self) -> JSON:
        """The webhook's part of ``getWebhookInfo``."""
        info: dict[str, Any] = {"url": self.url, "max_connections": 1}
        if self.last_error_date is not None:
            info["last_error_date"] = self.last_error_date
            info["last_error_message"] = self.last_error_message
        return info

    async def _run(self) -> None:
        headers = {SECRET_HEADER: self.secret_token} if self.secret_token else {}
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout, headers=headers) as session:
            while True:
                if not await self._ready.wait_for(lambda: bool(self._updates), 60):
                    continue
                update = self._updates[0]
                error = await self._post(session, update)
                if error is None:
                    if self._updates and self._updates[0] is update:
                        self._updates.popleft()
                    continue
                logger.debug("webhook delivery failed: %s", error)
                self.last_error_date, self.last_error_message = int(time.time()), error
                await asyncio.sleep(self.retry_delay)

    async def _post(self, session: aiohttp.ClientSession, update: JSON) -> str | None:
        """POST one update; None on success, else the error as getWebhookInfo words it."""
        try:
            async with session.post(self.url, json=update) as response:
                if response.status == 200:
                    return None
                return f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            return f"Connection failed: {exc.__class__.__name__}"
