"""Bulk sends over aiohttp, with each API call's form encoded once for many chats.

PTB's default backend (httpx) spends about 1.3 ms of CPU per message and degrades sharply once
more than a few dozen requests share its pool; the push needs ~1000 messages/s on one core. A
lesson goes to thousands of chats with only ``chat_id`` changing, so :class:`PreparedCall`
turns its text, markup and options into form fields the way ``Bot.send_message`` does (strings
as they are, everything else as JSON, Telegram objects through their public ``to_dict``) and
URL-encodes them once per lesson. :class:`Transport` posts those bodies through a connection
pool of its own, so a push never makes an interactive reply wait for a connection, and maps
Telegram's answers to python-telegram-bot's public exceptions as its request stack does:
``RetryAfter``, ``ChatMigrated``, ``Forbidden``, ``BadRequest``, ``InvalidToken``,
``Conflict``, ``TimedOut`` and ``NetworkError``. A test compares the form this sends with what
``Bot.send_message`` sends for the same lesson.

Two network failures are told apart, because only one of them may have delivered a message:
:class:`NotSent` (no connection was made: nothing reached Telegram) and :class:`AnswerLost`
(the request went out and no answer came back: Telegram may have delivered it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

import aiohttp
from telegram import TelegramObject
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import BaseRequest, RequestData

logger = logging.getLogger(__name__)

_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class NotSent(NetworkError):
    """No connection to Telegram was made: the message certainly did not go out."""


class AnswerLost(TimedOut):
    """The request went out but no answer came back: Telegram may have delivered it."""


def form_value(value: object) -> str:
    """One API parameter as a form field, the way python-telegram-bot encodes it."""
    if isinstance(value, str):
        return value
    if isinstance(value, TelegramObject):
        return json.dumps(value.to_dict())
    return json.dumps(value)


class PreparedCall:
    """The parameters of an API call that many requests share, encoded once.

    ``body(chat_id=...)`` adds the ones that vary and gives the request body for one chat.
    Parameters whose value is None are left out, as ``Bot`` leaves them out.
    """

    def __init__(self, method: str, **shared: object) -> None:
        self.method = method
        self.fields = {name: form_value(v) for name, v in shared.items() if v is not None}
        self._encoded = urlencode(self.fields)

    def body(self, **varying: object) -> bytes:
        head = urlencode({name: form_value(value) for name, value in varying.items()})
        return f"{head}&{self._encoded}".encode()


class Transport:
    """Posts prepared bodies to the Bot API over a pool of ``pool_size`` connections.

    `bot_url` is the API address with the token, as ``Bot.base_url`` gives it.
    """

    def __init__(
        self,
        bot_url: str,
        pool_size: int = 64,
        *,
        read_timeout: float = 10.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self._base = bot_url.rstrip("/") + "/"
        self._pool_size = pool_size
        self._timeout = aiohttp.ClientTimeout(sock_read=read_timeout, sock_connect=connect_timeout)
        self._session: aiohttp.ClientSession | None = None

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout)

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def post(self, call: PreparedCall, body: bytes) -> None:
        """Send one request; return if Telegram accepted it, else raise its TelegramError."""
        if self._session is None:
            await self.initialize()
        assert self._session is not None
        try:
            async with self._session.post(
                self._base + call.method, data=body, headers=_FORM
            ) as response:
                status, payload = response.status, await response.read()
        except aiohttp.ClientConnectorError as exc:
            raise NotSent(f"aiohttp.{type(exc).__name__}") from exc
        except aiohttp.ConnectionTimeoutError as exc:
            raise NotSent("connect timed out") from exc
        except TimeoutError as exc:
            raise AnswerLost("Timed out") from exc
        except aiohttp.ClientError as exc:
            # The class name says what happened (e.g. ServerDisconnectedError); the URL, which
            # holds the token, stays out of the message.
            raise AnswerLost(f"aiohttp.{type(exc).__name__}") from exc
        if HTTPStatus.OK <= status <= 299:
            return
        raise error_for(status, payload)


class AiohttpRequest(BaseRequest):
    """python-telegram-bot's request backend on aiohttp (its documented extension point).

    For the application's own requests: answering taps and commands, and long polling. httpx,
    PTB's default, spends several milliseconds of CPU per request; this is a fraction of that,
    so a tap during a full-speed push stays cheap. ``BaseRequest.post`` keeps its status
    handling and the mapping of Telegram's answers to exceptions.
    """

    def __init__(
        self,
        pool_size: int = 256,
        *,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 10.0,
    ) -> None:
        self._pool_size = pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            await self.initialize()
        assert self._session is not None
        timeout = aiohttp.ClientTimeout(
            sock_read=_given(read_timeout, self._read_timeout),
            sock_connect=_given(connect_timeout, self._connect_timeout),
            connect=_given(pool_timeout, self._pool_timeout),
        )
        data: Any = None
        headers: Mapping[str, str] | None = None
        if request_data is not None and request_data.contains_files:
            form = aiohttp.FormData()
            for name, value in request_data.json_parameters.items():
                form.add_field(name, value)
            for name, upload in (request_data.multipart_data or {}).items():
                filename, content, *mime = upload
                kind = mime[0] if mime else "application/octet-stream"
                form.add_field(name, content, filename=filename, content_type=kind)
            data = form
        elif request_data is not None:
            # The same form aiohttp makes of a dict, encoded here: its FormData machinery costs
            # more CPU than the encoding itself, and every tap makes two or three requests.
            data = request_data.url_encoded_parameters().encode()
            headers = _FORM
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            # The class name says what happened; the URL, which holds the token, stays out.
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc


def _given(value: object, default: float | None) -> float | None:
    """A timeout argument: BaseRequest.DEFAULT_NONE means this backend's own default."""
    if value is BaseRequest.DEFAULT_NONE:
        return default
    return value  # type: ignore[return-value]


def error_for(status: int, payload: bytes) -> TelegramError:
    """The exception python-telegram-bot raises for this HTTP status and Bot API answer."""
    try:
        message = f"{HTTPStatus(status).phrase} ({status})"
    except ValueError:
        message = f"Unknown HTTPError ({status})"
    try:
        data = json.loads(payload)
        if not isinstance(data, Mapping):
            raise ValueError("not an object")
    except ValueError:
        data = {}
    message = data.get("description") or message
    parameters: Any = data.get("parameters") or {}
    if parameters.get("migrate_to_chat_id"):
        return ChatMigrated(parameters["migrate_to_chat_id"])
    if parameters.get("retry_after"):
        return RetryAfter(parameters["retry_after"])
    if status == HTTPStatus.FORBIDDEN:
        return Forbidden(message)
    if status in (HTTPStatus.NOT_FOUND, HTTPStatus.UNAUTHORIZED):
        return InvalidToken(message)
    if status == HTTPStatus.BAD_REQUEST:
        return BadRequest(message)
    if status == HTTPStatus.CONFLICT:
        return Conflict(message)
    return NetworkError(message)


__all__ = [
    "AiohttpRequest",
    "AnswerLost",
    "NotSent",
    "PreparedCall",
    "Transport",
    "error_for",
    "form_value",
]
