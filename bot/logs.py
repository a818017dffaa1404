"""Logging set-up: one format, quiet HTTP clients, no token and nothing a person wrote.

Two filters sit on our one handler, so they see the records of every library:

- `RedactTokenFilter` replaces the bot token (PTB logs the API URL, httpx the request URL).
- `PrivacyFilter` rewrites the records of libraries (python-telegram-bot, aiosqlite, the
  webhook servers) whose arguments carry what people sent. At DEBUG, python-telegram-bot logs
  every update and every API call with its parameters and result, and aiosqlite every query with
  its parameters: message texts, first names, usernames and chat ids. Those arguments become a
  short summary ("getUpdates returned 3 updates", "parameters: chat_id, text"). Our own modules
  never log such values, so their records pass unchanged.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

from settings.redact import redact_tokens

# Top-level packages whose log calls are ours, reviewed to carry no personal data.
OUR_PACKAGES = frozenset(
    {"bot", "handlers", "push", "views", "journey", "crisis", "content", "storage", "settings"}
)

_URL_RE = re.compile(r"^https?://[^\s?#]+$")


class RedactTokenFilter(logging.Filter):
    """Replace the bot token in every record, since PTB logs the API URL at DEBUG."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self._token = token

    def _clean(self, text: str) -> str:
        if self._token:
            text = text.replace(self._token, "<TOKEN>")
        return redact_tokens(text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._clean(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


def describe(value: object) -> object:
    """A summary of a logged value that cannot hold what a person wrote.

    Numbers, exceptions (an operator needs an error's reason) and server addresses stay;
    anything else becomes its kind and size.
    """
    if value is None or isinstance(value, bool | int | float | BaseException):
        return value
    update_id = getattr(value, "update_id", None)
    if isinstance(update_id, int):
        return f"update {update_id}"
    if isinstance(value, str) and _URL_RE.match(value):
        return value  # addresses of servers; the token in one is redacted afterwards
    if isinstance(value, str | bytes):
        return f"<{len(value)} characters>"
    if isinstance(value, Mapping):
        return "parameters: " + (", ".join(sorted(map(str, value))) or "none")
    if isinstance(value, list | tuple | set | frozenset):
        kinds = {type(item).__name__ for item in value}
        kind = kinds.pop() if len(kinds) == 1 else "item"
        return f"{len(value)} {kind}{'' if len(value) == 1 else 's'}"
    if isinstance(value, functools.partial):  # aiosqlite logs the call it runs in its thread
        return getattr(value.func, "__name__", "a call")
    return f"a {type(value).__name__}"


def _bot_api_result(args: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
    endpoint, result = (*args, None, None)[:2]
    if isinstance(result, list) and str(endpoint).lower() == "getupdates":
        return "%s returned %d updates", (endpoint, len(result))
    if isinstance(result, bool | int):
        return "%s returned %s", (endpoint, result)
    return "%s returned %s", (endpoint, describe(result))


def _keep(args: tuple[Any, ...]) -> tuple[Any, ...]:
    return args


def _first_kept(args: tuple[Any, ...]) -> tuple[Any, ...]:
    return (args[0], *map(describe, args[1:])) if args else args


# Known templates of library log calls: (new template, how to turn the old arguments into the
# new ones). The values they drop are named in the comments.
Rewrite = Callable[[tuple[Any, ...]], tuple[str, tuple[Any, ...]]]
_REWRITES: dict[str, Rewrite] = {
    # python-telegram-bot's Bot: the method name is safe, its parameters are not (texts, ids).
    "Calling Bot API endpoint `%s` with parameters `%s`": lambda a: (
        "Calling Bot API endpoint `%s` with %s",
        _first_kept(a),
    ),
    # The result of getUpdates holds every update in full; of sendMessage, the message sent.
    "Call to Bot API endpoint `%s` finished with return value `%s`": _bot_api_result,
    "Getting updates: %s": lambda a: ("getUpdates returned %d updates", (len(a[0]),)),
    "Processing update %s": lambda a: ("Processing %s", tuple(map(describe, a))),
    "Dropping pending update: %s": lambda a: ("Dropping pending %s", tuple(map(describe, a))),
    "Webhook received data: %s": lambda a: ("Webhook received %s", tuple(map(describe, a))),
    "Request had the wrong secret token: %s": lambda a: (
        "Request had the wrong secret token",
        (),
    ),
    "Set Bot API URL: %s": lambda a: ("Set Bot API URL: %s", _keep(a)),  # token redacted later
    "Set Bot API File URL: %s": lambda a: ("Set Bot API File URL: %s", _keep(a)),
}


class PrivacyFilter(logging.Filter):
    """Rewrite library records so no message text, name, username or chat id is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.partition(".")[0] in OUR_PACKAGES:
            return True
        template = record.msg if isinstance(record.msg, str) else describe(record.msg)
        args = record.args
        if isinstance(args, Mapping):
            record.msg, record.args = template, {k: describe(v) for k, v in args.items()}
            return True
        args = tuple(args or ())
        rewrite = _REWRITES.get(str(template))
        if rewrite is not None:
            try:
                record.msg, record.args = rewrite(args)
            except (IndexError, TypeError):  # a library changed its call: summarise everything
                record.msg, record.args = template, tuple(map(describe, args))
            return True
        if args and str(template).startswith("%s ") and str(args[0]).startswith("Network Retry"):
            record.msg, record.args = template, _first_kept(args)  # PTB's own loop label
            return True
        record.msg, record.args = template, tuple(map(describe, args)) or None
        return True


def setup_logging(level: str = "INFO", token: str | None = None) -> None:
    """Configure the root logger once; safe to call again (it replaces its own handler)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_ketamine_bot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler()
    handler._ketamine_bot = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # Handler-level filters see records from every logger, including httpx and telegram.
    handler.addFilter(PrivacyFilter())
    handler.addFilter(RedactTokenFilter(token))
    root.addHandler(handler)
    # httpx logs each request URL (which holds the token) at INFO; httpcore logs every
    # request's parts at DEBUG.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
