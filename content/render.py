"""Rendering loaded course items to the Telegram HTML the bot sends.

The loader validates; this module decides how a lesson part, a source list or a crisis reply looks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from content.models import CrisisResource, Source

MARKER_RE = re.compile(r"\[([a-z][a-z0-9_-]{0,39})\]")


def plain(text: str) -> str:
    """A plain-text field (title, name, label) as Telegram HTML: markup characters escaped.

    Escaped rather than parsed, so a stray `<` in a title shows as typed instead of failing.
    """
    return html.escape(text, quote=False)


def citation_renderer(keys: list[str]) -> Callable[[str], str]:
    """Replace `[key]` markers with `[n]`, n being the key's position in `keys`."""
    numbers = {key: i for i, key in enumerate(keys, start=1)}

    def render(text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in numbers:
                raise KeyError(f"citation [{key}] is not in this item's sources")
            return f"[{numbers[key]}]"

        return MARKER_RE.sub(replace, text)

    return render


def first_cited_order(texts: Iterable[str]) -> list[str]:
    """The citation keys in the order they first appear in `texts`."""
    seen: list[str] = []
    for text in texts:
        for key in MARKER_RE.findall(text):
            if key not in seen:
                seen.append(key)
    return seen


def sources_footer(sources: tuple[Source, ...]) -> str:
    """The short numbered source list the last part of a lesson ends with."""
    items = [
        f'[{i}] <a href="{src.url}">{plain(src.label)}</a>'
        for i, src in enumerate(sources, start=1)
    ]
    return "<i>Sources:</i> " + "; ".join(items) if items else ""


RECAP_MARK = "🔁"  # opens the recap block, so readers of the parts can tell it from the lesson


def recap_block(number: int, question: str) -> str:
    """The one-tap recap question that opens a lesson, above its first part."""
    return f"{RECAP_MARK} <i>Quick recap from lesson {number}:</i> {question}"


def lesson_messages(
    number: int, total: int, title: str, parts: list[str], sources: tuple[Source, ...]
) -> tuple[str, ...]:
    """Each part as it is sent: a header, the text, and the sources footer on the last part."""
    safe_title = plain(title)
    count = len(parts)
    messages = []
    for index, body in enumerate(parts, start=1):
        header = (
            f"<b>Lesson {number} of {total} · {safe_title}</b>"
            if index == 1
            else (f"<b>{safe_title}</b>")
        )
        if count > 1:
            header += f" <i>({index}/{count})</i>"
        text = f"{header}\n\n{body}"
        if index == count and sources:
            text += "\n\n" + sources_footer(sources)
        messages.append(text)
    return tuple(messages)


def bibliography(sources: Iterable[Source], *, numbered: bool) -> str:
    """References, one a line. A page's own list is numbered and full: "[1] Title. Authors,
    Publication (Year)." The whole bibliography (/sources) is compact, so it fits one message:
    "• Zarate et al., 2006: Title. Publication."

    The year is left out when the publication line already names it ("..., 5 March 2019").
    """
    lines = []
    for i, src in enumerate(sources, start=1):
        title = f'<a href="{src.url}">{plain(src.title)}</a>'
        if numbered:
            where = ", ".join(p for p in (src.authors, src.publication) if p)
            year = "" if str(src.year) in src.publication else f" ({src.year})"
            lines.append(f"[{i}] {title}. {plain(where)}{year}.")
        else:
            publication = f" {plain(src.publication)}." if src.publication else ""
            lines.append(f"• {plain(src.label)}: {title}.{publication}")
    return "\n".join(lines)


def resource_list(resources: Iterable[CrisisResource]) -> str:
    lines = []
    for res in resources:
        name = plain(res.name)
        label = f'<a href="{res.url}">{name}</a>' if res.url.startswith("http") else name
        lines.append(f"• <b>{plain(res.region)}</b>: {label}: {plain(res.contact)}")
    return "\n".join(lines)
