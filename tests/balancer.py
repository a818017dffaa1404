"""A load balancer in front of bot instances in webhook mode, as a deployment puts one.

The double posts each update to the balancer's URL, once, as Telegram does; the balancer passes
it on, with the secret header, to the instances in turn. With ``copies=2`` it passes each update
to two instances at the same moment, as happens when Telegram retries a call that timed out and
the retry lands on another instance while the first is still at it.
"""

from __future__ import annotations

import asyncio
import socket
from collections import Counter

import aiohttp
from aiohttp import web

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Balancer:
    """Round-robin over the instances' webhook URLs; `passed` counts updates per instance."""

    def __init__(self, secret: str, *, copies: int = 1, path: str = "/hook") -> None:
        self.secret = secret
        self.copies = copies
        self.path = path
        self.backends: list[str] = []
        self.passed: Counter[str] = Counter()
        self._turn = 0
        self._port = free_port()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}{self.path}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post(self.path, self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self._port).start()
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def add(self, backend: str) -> None:
        self.backends.append(backend)

    def remove(self, backend: str) -> None:
        self.backends.remove(backend)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.headers.get(SECRET_HEADER) != self.secret or not self.backends:
            return web.Response(status=503)
        body = await request.read()
        targets = [
            self.backends[(self._turn + i) % len(self.backends)]
            for i in range(min(self.copies, len(self.backends)))
        ]
        self._turn += 1
        statuses = await asyncio.gather(*(self._forward(target, body) for target in targets))
        return web.Response(status=200 if 200 in statuses else 502)

    async def _forward(self, backend: str, body: bytes) -> int:
        assert self._session is not None
        headers = {SECRET_HEADER: self.secret, "Content-Type": "application/json"}
        async with self._session.post(backend, data=body, headers=headers) as response:
            if response.status == 200:
                self.passed[backend] += 1
            return response.status
