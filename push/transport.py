"""A python-telegram-bot request backend on aiohttp, and API calls encoded once for many chats.

PTB's default backend (httpx) spends about 1.3 ms of CPU per message and degrades sharply once
more than a few dozen requests share its pool; the push needs ~1000 messages/s on one core.
:class:`AiohttpRequest` is a regular ``telegram.request.BaseRequest`` subclass, so what sits on
it stays PTB's own: ``BaseRequest.post`` with its status handling and the mapping of Telegram's
answers to ``RetryAfter``, ``Forbidden``, ``BadRequest`` and ``NetworkError``. The push also gets
a connection pool of its own, so a broadcast never makes an interactive reply wait for one.

:class:`PreparedCall` goes with it: a lesson goes to thousands of chats with only ``chat_id``
changing, so its text, markup and options are turned into form fields (by PTB's own
``RequestParameter``) and URL-encoded once per lesson rather than once per message.
"""

from __future__ import annotations

import logging
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter

logger = logging.getLogger(__name__)


class AiohttpRequest(BaseRequest):
    """``BaseRequest`` over an ``aiohttp.ClientSession`` (form-encoded bodies; no file uploads)."""

    def __init__(
        self,
        connection_pool_size: int = 64,
        *,
        read_timeout: float = 10.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
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
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        if request_data is not None and request_data.contains_files:
            raise NotImplementedError("AiohttpRequest sends form data only, not files")
        timeout = aiohttp.ClientTimeout(
            sock_read=_value(read_timeout, self._read_timeout),
            sock_connect=_value(connect_timeout, self._connect_timeout),
        )
        body = request_data.url_encoded_parameters().encode() if request_data else None
        try:
            async with self._session.request(
                method, url, data=body, headers=_FORM if body else None, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            # The class name says what happened (e.g. ServerDisconnectedError); the URL, which
            # holds the token, stays out of the message.
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc


class _EncodedRequestData(RequestData):
    """RequestData whose URL encoding was worked out ahead (see PreparedCall)."""

    __slots__ = ("_encoded",)

    def __init__(self, parameters: list[RequestParameter], encoded: str) -> None:
        super().__init__(parameters)
        self._encoded = encoded

    def url_encoded_parameters(self, encode_kwargs: dict[str, Any] | None = None) -> str:
        if encode_kwargs:
            return super().url_encoded_parameters(encode_kwargs)
        return self._encoded


class PreparedCall:
    """The parameters of an API call that many requests share, encoded once.

    ``data(chat_id=...)`` adds the ones that vary and gives the RequestData for one request.
    """

    def __init__(self, **shared: object) -> None:
        self._parameters = [
            RequestParameter.from_input(name, value)
            for name, value in shared.items()
            if value is not None
        ]
        self._encoded = RequestData(self._parameters).url_encoded_parameters()

    def data(self, **varying: object) -> RequestData:
        head = [RequestParameter.from_input(name, value) for name, value in varying.items()]
        encoded = RequestData(head).url_encoded_parameters() + "&" + self._encoded
        return _EncodedRequestData([*head, *self._parameters], encoded)


def _value(value: ODVInput[float], default: float) -> float | None:
    if isinstance(value, DefaultValue):
        return default
    return value


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}

__all__ = ["AiohttpRequest", "PreparedCall"]
