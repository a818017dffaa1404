"""Redaction of bot tokens from any text that may reach a log or an error message."""

from __future__ import annotations

import re

# A BotFather token inside a URL path or anywhere in a message.
_TOKEN_RE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


def redact_tokens(text: str) -> str:
    """`text` with anything shaped like a bot token replaced by <TOKEN>."""
    return _TOKEN_RE.sub("<TOKEN>", text)
