"""Telegram's HTML parse mode: text with tags in, plain text and message entities out.

This follows the parser Telegram itself uses (tdlib's ``parse_html``) closely enough to give the
same plain text, the same entity offsets (in UTF-16 code units) and the same error descriptions,
byte offsets included. ``html.parser.HTMLParser`` is deliberately not used: it forgives exactly
what Telegram rejects (``a < b``, ``</>``, comments, unquoted URLs with slashes, unknown tags),
reports positions in characters rather than bytes, and would need a second pass to find the
errors. The scanner below jumps from one ``<`` or ``&`` to the next, so long plain runs cost one
slice each.

Public helpers:
- :func:`parse_html` - the parse mode itself, raising :class:`HtmlParseError`;
- :func:`utf16_len` - the length Telegram counts.

What ``sendMessage`` does with the parsed text next (whitespace, limits) is in
:mod:`tgdouble.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["HtmlParseError", "parse_html", "utf16_len"]


_SPACE = frozenset(" \t\r\n\v\0")
_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPECIAL = re.compile(r"[<&]")
_ENTITY = re.compile(r"&(?:#(x[0-9a-fA-F]*|[0-9]*)|([a-zA-Z]*));?")
_NAME_TOKEN = re.compile(r"[a-zA-Z0-9.-]*")
_USER_LINK = re.compile(r"tg://user\?id=(\d+)$", re.IGNORECASE)
_HOST = re.compile(r"[\w-]+(\.[\w-]+)+(:\d+)?([/?#].*)?$")


class HtmlParseError(ValueError):
    """Telegram could not parse the HTML; ``description`` is Telegram's own wording."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(slots=True)
class _Open:
    tag: str
    argument: str
    offset: int  # UTF-16 offset of the entity's start in the plain text
    chunk: int  # index into the output chunks, to recover an <a>'s text when it has no href


class _Parser:
    """One pass over the markup; see tdlib's ``parse_html`` for the reference behaviour."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.utf16 = 0
        self.stack: list[_Open] = []
        self.entities: list[dict[str, Any]] = []
        self.bad_surrogate = False

    def byte_offset(self, index: int) -> int:
        return len(self.text[:index].encode("utf-8", "surrogatepass"))

    def error(self, message: str, index: int) -> HtmlParseError:
        return HtmlParseError(message.format(offset=self.byte_offset(index)))

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.utf16 += utf16_len(chunk)

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        text, pos, end = self.text, 0, len(self.text)
        while pos < end:
            match = _SPECIAL.search(text, pos)
            stop = match.start() if match else end
            if stop > pos:
                self.emit(text[pos:stop])
            if match is None:
                break
            if text[stop] == "&":
                decoded = _decode_entity(text, stop)
                if decoded is None:
                    self.emit("&")
                    pos = stop + 1
                else:
                    char, pos = decoded
                    self.bad_surrogate |= 0xD800 <= ord(char) <= 0xDFFF
                    self.emit(char)
            elif stop + 1 < end and text[stop + 1] == "/":
                pos = self.end_tag(stop)
            else:
                pos = self.start_tag(stop)
        if self.stack:
            raise HtmlParseError(
                f"Can't find end tag corresponding to start tag {self.stack[-1].tag}"
            )
        if self.bad_surrogate:
            raise HtmlParseError(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            )
        for entity in self.entities:
            entity.pop("_language", None)
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def skip_space(self, j: int) -> int:
        while j < len(self.text) and self.text[j] in _SPACE:
            j += 1
        return j

    def scan_name(self, j: int, stops: str) -> int:
        while j < len(self.text) and self.text[j] not in _SPACE and self.text[j] not in stops:
            j += 1
        return j

    def start_tag(self, begin: int) -> int:
        text, end = self.text, len(self.text)
        j = self.scan_name(begin + 1, ">")
        if j >= end:
            raise self.error("Unclosed start tag at byte offset {offset}", begin)
        tag = text[begin + 1 : j].lower()
        if tag not in _TAGS:
            raise self.error(f'Unsupported start tag "{tag}" at byte offset {{offset}}', begin)
        argument = ""
        while True:
            j = self.skip_space(j)
            if j < end and text[j] == ">":
                break
            name_start = j
            j = self.scan_name(j, "=>")
            name = text[name_start:j]
            if not name:
                raise self.error(
                    f'Empty attribute name in the tag "{tag}" at byte offset {{offset}}', begin
                )
            j = self.skip_space(j)
            if tag == "blockquote" and name == "expandable" and (j >= end or text[j] != "="):
                argument = "expandable"
                continue
            if j >= end or text[j] != "=":
                raise self.error(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{tag}" at byte offset {{offset}}',
                    begin,
                )
            j = self.skip_space(j + 1)
            if j >= end:
                raise self.error(f'Unclosed start tag "{tag}" at byte offset {{offset}}', begin)
            value, j = self.attribute_value(j)
            if j >= end:
                raise self.error("Unclosed start tag at byte offset {offset}", begin)
            argument = _tag_argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise self.error(
                'Tag "span" must have class "tg-spoiler" at byte offset {offset}', begin
            )
        self.stack.append(_Open(tag, argument, self.utf16, len(self.out)))
        return j + 1

    def attribute_value(self, j: int) -> tuple[str, int]:
        text = self.text
        quote = text[j]
        if quote not in "'\"":
            token_end = _NAME_TOKEN.match(text, j).end()
            if token_end < len(text) and text[token_end] not in _SPACE and text[token_end] != ">":
                raise self.error("Unexpected end of name token at byte offset {offset}", j)
            return text[j:token_end].lower(), token_end
        close = text.find(quote, j + 1)
        if close < 0:
            return _unescape(text[j + 1 :]), len(text)
        return _unescape(text[j + 1 : close]), close + 1

    def end_tag(self, begin: int) -> int:
        if not self.stack:
            raise self.error("Unexpected end tag at byte offset {offset}", begin)
        text = self.text
        j = self.scan_name(begin + 2, ">")
        name = text[begin + 2 : j].lower()
        j = self.skip_space(j)
        if j >= len(text) or text[j] != ">":
            raise self.error("Unclosed end tag at byte offset {offset}", begin)
        opened = self.stack[-1]
        if name and name != opened.tag:
            raise self.error(
                f'Unmatched end tag at byte offset {{offset}}, expected "</{opened.tag}>", '
                f'found "</{name}>"',
                begin,
            )
        if self.utf16 > opened.offset:
            self.close_entity(opened)
        self.stack.pop()
        return j + 1

    def close_entity(self, opened: _Open) -> None:
        tag, offset = opened.tag, opened.offset
        entity: dict[str, Any] = {"type": "", "offset": offset, "length": self.utf16 - offset}
        last = self.entities[-1] if self.entities else {}
        same_span = last.get("offset") == offset and last.get("length") == entity["length"]
        if tag in _SIMPLE:
            entity["type"] = _SIMPLE[tag]
        elif tag == "tg-emoji":
            if not opened.argument.isdigit() or int(opened.argument) == 0:
                raise HtmlParseError("Invalid custom emoji identifier specified")
            entity.update(type="custom_emoji", custom_emoji_id=opened.argument)
        elif tag == "a":
            url = opened.argument or "".join(self.out[opened.chunk :])
            if user := _USER_LINK.match(url):
                entity.update(type="text_mention", user=_mention_user(int(user.group(1))))
            elif checked := _checked_link(url):
                entity.update(type="text_link", url=checked)
            else:
                return
        elif tag == "pre":
            if same_span and last["type"] == "code" and "_language" in last:
                last.update(type="pre", language=last.pop("_language"))
                return
            entity["type"] = "pre"
        elif tag == "code":
            if same_span and last["type"] == "pre" and opened.argument:
                last["language"] = opened.argument
                return
            entity["type"] = "code"
            if opened.argument:
                entity["_language"] = opened.argument  # a <pre> may still claim it
        else:  # blockquote
            entity["type"] = "expandable_blockquote" if opened.argument else "blockquote"
        self.entities.append(entity)


def _tag_argument(tag: str, name: str, value: str, current: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    return current


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode the character reference at ``pos``; None leaves the ``&`` as a literal."""
    match = _ENTITY.match(text, pos)
    assert match is not None  # every alternative may match empty
    number, name = match.groups()
    if number is not None:
        digits, base = (number[1:], 16) if number.startswith("x") else (number, 10)
        if not digits or 2 + len(number) >= 10:
            return None
        code = int(digits, base)
        if code == 0 or code >= 0x10FFFF:
            return None
        return chr(code), match.end()
    char = _NAMED.get(name)
    return (char, match.end()) if char else None


def _unescape(value: str) -> str:
    if "&" not in value:
        return value
    parts, pos = [], 0
    while (amp := value.find("&", pos)) >= 0:
        parts.append(value[pos:amp])
        decoded = _decode_entity(value, amp)
        if decoded is None:
            parts.append("&")
            pos = amp + 1
        else:
            parts.append(decoded[0])
            pos = decoded[1]
    parts.append(value[pos:])
    return "".join(parts)


def _checked_link(url: str) -> str | None:
    """Telegram keeps a text link only for a URL it accepts; a bare host gets ``http://``."""
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep:
        return f"http://{url}" if _HOST.match(url) else None
    if scheme.lower() in ("http", "https"):
        return url if _HOST.match(rest) or rest.startswith(("localhost", "127.")) else None
    return url if scheme.lower() in ("tg", "ton") and rest else None


def _mention_user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": str(user_id)}


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into ``(plain_text, entities)``; entities are Bot API dicts.

    Raises :class:`HtmlParseError` with the description Telegram gives after
    ``"Bad Request: can't parse entities: "``.
    """
    return _Parser(text).run()
