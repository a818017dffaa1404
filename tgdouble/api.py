"""The wire side of the Bot API double: request parameters and Telegram-shaped errors.

However a client encodes a request (query string, form, multipart or JSON), the methods read it
through :class:`Params`; whatever goes wrong, they raise :class:`ApiError` with the status and
description Telegram would give.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any, NamedTuple

from aiohttp import web

from tgdouble.chats import JSON

logger = logging.getLogger(__name__)

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # Telegram's limit for files bots upload


class ApiError(Exception):
    """An unsuccessful Bot API answer: HTTP status = ``error_code``."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def response(self) -> web.Response:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return web.json_response(body, status=self.code)


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


class Upload(NamedTuple):
    """A file sent as a part of a multipart/form-data request."""

    filename: str | None
    content_type: str | None
    data: bytes

    @classmethod
    def of(cls, value: Any) -> Any:
        """The part as an Upload if it is a file, else the value unchanged."""
        if not isinstance(value, web.FileField):
            return value
        return cls(value.filename, value.content_type, value.file.read())


class Params:
    """A request's parameters, however the client encoded them (query, form, multipart, JSON).

    File parts of a multipart request arrive as :class:`Upload` values.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    @classmethod
    async def read(cls, request: web.Request) -> Params:
        data: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if not isinstance(body, dict):
                    raise bad_request("request body must be a JSON object")
                data.update(body)
            else:
                try:
                    form = await request.post()
                except web.HTTPRequestEntityTooLarge:
                    raise ApiError(413, "Request Entity Too Large") from None
                data.update({key: Upload.of(form[key]) for key in form})
        return cls(data)

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        return None if value is None else str(value)

    def int(self, name: str, default: int = 0) -> int:
        return int(self.number(name, default))

    def number(self, name: str, default: float = 0) -> float:
        value = self.data.get(name)
        if value in (None, ""):
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        value = self.data.get(name)
        return value is True or str(value).lower() in ("true", "1")

    def json(self, name: str, what: str = "JSON object") -> Any:
        value = self.data.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {what}") from None

    def chat_id(self) -> int | str | None:
        value = self.data.get("chat_id")
        if value is None or isinstance(value, int):
            return value
        try:
            return int(value)
        except ValueError:
            return str(value)


def int_or_none(value: int | str | None) -> int | None:
    return value if isinstance(value, int) else None
