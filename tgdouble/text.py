"""What Telegram does to a message text or caption before sending it: parse, tidy, check.

- :func:`format_text` - what ``sendMessage`` does with ``text``/``parse_mode``/``entities``:
  parse (:mod:`tgdouble.html`), clean up whitespace as Telegram does, and check the text is not
  empty or too long;
- :func:`format_caption` - the same for a media caption (may be empty, at most 1024 units).
"""

from __future__ import annotations

import re
from typing import Any

from tgdouble.html import parse_html, utf16_len

__all__ = ["MAX_CAPTION_LENGTH", "MAX_MESSAGE_LENGTH", "TextError", "format_caption", "format_text"]

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f]")  # Telegram shows these as spaces


class TextError(ValueError):
    """The text is unacceptable as a message: empty, or too long."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's clean-up: entities lose leading blanks and blank-only entities vanish, then
    the text is stripped of spaces and newlines at both ends (entities move along)."""
    blanks = " \n"  # one UTF-16 unit each, so character counts are unit counts here
    if entities:
        units = text.encode("utf-16-le", "surrogatepass")
        kept = []
        for entity in entities:
            offset, length = entity["offset"], entity["length"]
            covered = units[2 * offset : 2 * (offset + length)].decode("utf-16-le", "surrogatepass")
            body = covered.lstrip(blanks)
            if body.rstrip(blanks):
                skipped = len(covered) - len(body)
                kept.append(entity | {"offset": offset + skipped, "length": length - skipped})
        entities = kept
    stripped = text.rstrip(blanks)
    lead = min(
        len(stripped) - len(stripped.lstrip(blanks)),
        min((e["offset"] for e in entities), default=len(stripped)),
    )
    total = utf16_len(stripped) - lead
    for entity in entities:
        entity["offset"] -= lead
        entity["length"] = min(entity["length"], total - entity["offset"])
    return stripped[lead:], entities


def _clean(
    text: str | None, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]]]:
    """Parse (HTML only) and tidy up a text or caption the way Telegram does."""
    text = (text or "").replace("\r", "")
    if parse_mode and parse_mode.lower() == "html":
        text, entities = parse_html(text)
    text = _CONTROL.sub(" ", text)
    return _trim(text, [dict(e) for e in entities or ()])


def format_text(
    text: str | None,
    parse_mode: str | None = None,
    entities: list[dict[str, Any]] | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """What Telegram does to a message text before sending it.

    Returns ``(plain_text, entities)``. Raises :class:`HtmlParseError` for bad HTML and
    :class:`TextError` ("message text is empty" / "message is too long") otherwise. Only the
    HTML parse mode is understood; Markdown modes pass the text through unparsed.
    """
    plain, found = _clean(text, parse_mode, entities)
    if not plain:
        raise TextError("message text is empty")
    if utf16_len(plain) > MAX_MESSAGE_LENGTH:
        raise TextError("message is too long")
    return plain, found


def format_caption(
    caption: str | None,
    parse_mode: str | None = None,
    entities: list[dict[str, Any]] | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """What Telegram does to a media caption: like :func:`format_text`, but a caption may be
    empty (the media goes without one) and holds at most 1024 UTF-16 units after parsing."""
    plain, found = _clean(caption, parse_mode, entities)
    if utf16_len(plain) > MAX_CAPTION_LENGTH:
        raise TextError("message caption is too long")
    return plain, found
