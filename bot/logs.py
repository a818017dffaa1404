"""Logging set-up: one format, quiet HTTP clients, and the bot token redacted everywhere."""

from __future__ import annotations

import logging

from settings.redact import redact_tokens


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


# python-telegram-bot logs whole updates and API calls at DEBUG, and those hold what people wrote
# and what the bot sent them (a crisis message, a safety plan). The endpoint stays; the content
# goes, at every level.
_CONTENT_RECORDS = {
    "Calling Bot API endpoint `%s` with parameters `%s`": 1,
    "Call to Bot API endpoint `%s` finished with return value `%s`": 1,
    "Processing update %s": 0,
    "Dropping pending update: %s": 0,
}


class DropContentFilter(logging.Filter):
    """Keep message texts out of the logs: blank the update or payload in PTB's DEBUG records."""

    def filter(self, record: logging.LogRecord) -> bool:
        index = _CONTENT_RECORDS.get(record.msg) if isinstance(record.msg, str) else None
        if index is not None and isinstance(record.args, tuple) and len(record.args) > index:
            args = list(record.args)
            args[index] = "<content not logged>"
            record.args = tuple(args)
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
    # A handler-level filter sees records from every logger, including httpx and telegram.
    handler.addFilter(DropContentFilter())
    handler.addFilter(RedactTokenFilter(token))
    root.addHandler(handler)
    # httpx logs each request URL (which holds the token) at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
