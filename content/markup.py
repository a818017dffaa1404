"""Telegram HTML for authored text: escaping, validation and length as Telegram counts it.

Authors write a small subset of HTML. Tags Telegram supports pass through; a stray `<`, `>` or `&`
in prose is escaped; a tag Telegram would reject, or one left unclosed, is a `MarkupError`.
"""

from __future__ import annotations

import html
import re

# Tags Telegram's HTML parse mode accepts (Bot API "Formatting options").
MESSAGE_LIMIT = 4096  # Telegram's limit for one message, after entity parsing
ALLOWED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote"}
    | {"a", "span", "tg-spoiler", "tg-emoji"}
)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9A-Fa-f]{1,6});")
_ATTR_RE = re.compile(r'\s*([a-z-]+)\s*=\s*"([^"]*)"|\s*([a-z-]+)\s*=\s*\'([^\']*)\'|\s*([a-z-]+)')
_STRIP_TAGS_RE = re.compile(r"<[^<>]+>")


class MarkupError(ValueError):
    """Text Telegram would refuse to parse."""


def _attributes(raw: str, tag: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    pos = 0
    raw = raw.strip()
    while pos < len(raw):
        match = _ATTR_RE.match(raw, pos)
        if not match or match.end() == pos:
            raise MarkupError(f"malformed attributes in <{tag}>")
        name = match.group(1) or match.group(3) or match.group(5)
        value = match.group(2) if match.group(1) else match.group(4) if match.group(3) else ""
        attrs[name] = value
        pos = match.end()
    return attrs


def _check_start_tag(tag: str, attrs: dict[str, str]) -> None:
    if tag == "a":
        href = attrs.get("href", "")
        if not href.startswith(("http://", "https://", "tg://", "mailto:")):
            raise MarkupError('<a> needs href="https://…"')
    elif tag == "span" and attrs.get("class") != "tg-spoiler":
        raise MarkupError('<span> is only allowed as <span class="tg-spoiler">')
    elif tag == "tg-emoji" and "emoji-id" not in attrs:
        raise MarkupError("<tg-emoji> needs emoji-id")


def to_telegram_html(text: str) -> str:
    """Return `text` as Telegram HTML: allowed tags kept, stray `<`, `>` and `&` escaped.

    Raises MarkupError for an unknown tag, a bad attribute, or tags that are not balanced.
    """
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _TAG_RE.finditer(text):
        out.append(_escape_prose(text[pos : match.start()]))
        pos = match.end()
        closing, tag, raw_attrs, self_closing = match.groups()
        tag = tag.lower()
        if tag not in ALLOWED_TAGS:
            raise MarkupError(f"<{tag}> is not a tag Telegram supports")
        if self_closing:
            raise MarkupError(f"<{tag}/> cannot be self-closing")
        if closing:
            if not stack or stack[-1] != tag:
                expected = f"</{stack[-1]}>" if stack else "no closing tag"
                raise MarkupError(f"</{tag}> does not match: expected {expected}")
            stack.pop()
            out.append(f"</{tag}>")
            continue
        attrs = _attributes(raw_attrs, tag)
        _check_start_tag(tag, attrs)
        stack.append(tag)
        out.append(match.group(0))
    out.append(_escape_prose(text[pos:]))
    if stack:
        raise MarkupError(f"<{stack[-1]}> is never closed")
    return "".join(out)


def _escape_prose(chunk: str) -> str:
    """Escape `<`, `>` and `&` except where `&` starts an entity Telegram knows."""
    pieces: list[str] = []
    pos = 0
    for match in _ENTITY_RE.finditer(chunk):
        pieces.append(html.escape(chunk[pos : match.start()], quote=False))
        pieces.append(match.group(0))
        pos = match.end()
    pieces.append(html.escape(chunk[pos:], quote=False))
    return "".join(pieces)


def plain_text(telegram_html: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(_STRIP_TAGS_RE.sub("", telegram_html))


def telegram_length(telegram_html: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text after entity parsing."""
    return len(plain_text(telegram_html).encode("utf-16-le")) // 2
