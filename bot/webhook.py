"""Webhook mode: a small aiohttp server of our own in front of the Application.

python-telegram-bot's webhook server reads the whole request body before it looks at the secret
header (six 95 MB posts without the secret took the bot from 60 to 782 MB), compares the secret
with `!=`, and answers malformed JSON with 500. This front checks, in order, and before reading
anything: the path and method (404, 405), the secret, compared in constant time (403), and the
declared size (413 over 1 MB). It then reads at most 1 MB (a chunked body that grows past it
gets 413 too), parses the JSON (400 if it is not an update), and hands the update to the
Application through its public `update_queue`, as PTB's own server does.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.app import STOP_KEY, lifecycle
from bot.eventloop import new_event_loop

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # Telegram's updates are a few kilobytes; 1 MB leaves ample room
REFUSAL_LOG_SECONDS = 60.0  # at most one WARNING per kind of refusal in this long


class RefusalLog:
    """One WARNING per kind of refused request a minute, with how many more came meanwhile:
    a scanner or a flood of bad posts must not bury the log (or fill the disk)."""

    def __init__(self, interval: float = REFUSAL_LOG_SECONDS) -> None:
        self.interval = interval
        self._last: dict[str, float] = {}
        self._quiet: dict[str, int] = {}

    def refused(self, kind: str, message: str, *args: object) -> None:
        now = time.monotonic()
        last = self._last.get(kind)
        if last is not None and now - last < self.interval:
            self._quiet[kind] = self._quiet.get(kind, 0) + 1
            return
        self._last[kind] = now
        more = self._quiet.pop(kind, 0)
        if more:
            message += f" ({more} more like it in the last %.0f s)"
            args = (*args, now - last if last is not None else self.interval)
        logger.warning(message, *args)


class WebhookFront:
    """Serves one path on listen:port; valid updates go to the application's update queue."""

    def __init__(
        self,
        application: Application,
        *,
        listen: str,
        port: int,
        url_path: str,
        secret_token: str,
        max_body: int = MAX_BODY,
    ) -> None:
        if not secret_token:
            raise ValueError("the webhook needs a secret token")
        self.application = application
        self.listen, self.port = listen, port
        self.path = "/" + url_path.strip("/")
        self._secret = secret_token.encode("ascii")
        self.max_body = max_body
        self._runner: web.AppRunner | None = None
        self._refusals = RefusalLog()

    async def start(self) -> None:
        app = web.Application(client_max_size=self.max_body)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # lingering_time=0: a body left unread (refused) is not drained, the connection closes.
        self._runner = web.AppRunner(app, access_log=None, lingering_time=0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()
        logger.info("Webhook server listening on %s:%d%s", self.listen, self.port, self.path)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _handle(self, request: web.Request) -> web.Response:
        """Check the request before reading its body; queue the update it carries."""
        if request.path != self.path:
            return _refuse(404)
        if request.method != "POST":
            return _refuse(405)
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self._secret):
            self._refusals.refused(
                "403", "Webhook request without the right secret token refused (403)"
            )
            return _refuse(403)
        declared = request.content_length
        if declared is not None and declared > self.max_body:
            self._refusals.refused("413", "Webhook request of %d bytes refused (413)", declared)
            return _refuse(413)
        try:
            body = await request.read()  # stops with 413 past client_max_size when chunked
        except web.HTTPRequestEntityTooLarge:
            self._refusals.refused(
                "413", "Webhook request over %d bytes refused (413)", self.max_body
            )
            return _refuse(413)
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # de_json fails in many ways (KeyError, OverflowError...)
            self._refusals.refused("400", "Webhook request refused (400): %s", type(exc).__name__)
            return _refuse(400)
        await self.application.update_queue.put(update)
        return web.Response(status=200)


def _refuse(status: int) -> web.Response:
    response = web.Response(status=status)
    response.force_close()  # never keep a connection whose body we did not read
    return response


@asynccontextmanager
async def serving(
    application: Application,
    *,
    listen: str,
    port: int,
    url_path: str,
    webhook_url: str,
    secret_token: str,
    allowed_updates: Sequence[str],
) -> AsyncIterator[WebhookFront]:
    """The bot in webhook mode, with the lifecycle run_polling gives it.

    Registers the webhook with Telegram only once the server listens; on the way out stops
    taking requests first, then lets the application finish what it has in hand.
    """
    async with lifecycle(application):
        front = WebhookFront(
            application, listen=listen, port=port, url_path=url_path, secret_token=secret_token
        )
        await front.start()
        try:
            await application.bot.set_webhook(
                url=webhook_url, secret_token=secret_token, allowed_updates=list(allowed_updates)
            )
            await application.start()
            yield front
        finally:
            await front.stop()


def run_webhook(application: Application, **options: object) -> None:
    """Serve the webhook until SIGTERM or SIGINT (what `python -m bot run` does)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        application.bot_data[STOP_KEY] = stop.set  # for a start that fails once serving
        async with serving(application, **options):  # type: ignore[arg-type]
            await stop.wait()

    with asyncio.Runner(loop_factory=new_event_loop) as runner:
        runner.run(main())
