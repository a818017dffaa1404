"""sources.yaml, the course's bibliography, and the `sources` lists that cite it."""

from __future__ import annotations

import re
from pathlib import Path

from content.fields import Fields, Problems, read_yaml
from content.models import Source

SOURCE_KEY_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
SOURCE_FIELDS = ("title", "year", "url", "authors", "publication", "short")


def load_sources(root: Path, problems: Problems) -> dict[str, Source] | None:
    """The bibliography by key; None when sources.yaml cannot be read at all."""
    path = root / "sources.yaml"
    data = read_yaml(path, problems)
    if data is None:
        return None
    top = Fields(data, path, "", problems)
    if not top.ok:
        return None
    sources: dict[str, Source] = {}
    for key, entry in top.data.items():
        if not isinstance(key, str) or not SOURCE_KEY_RE.match(key):
            problems.add(path, str(key), "source keys are lower-case letters, digits, - or _")
            continue
        fields = Fields(entry, path, key, problems, SOURCE_FIELDS)
        title, year, url = fields.get("title", str), fields.get("year", int), fields.get("url", str)
        if url and not url.startswith(("https://", "http://")):
            fields.fail("url", f"must be an http(s) link, got {url!r}")
            url = None
        if year and not 1800 <= year <= 2100:
            fields.fail("year", f"is not a plausible year: {year}")
            year = None
        if title and year and url:
            sources[key] = Source(
                key=key,
                title=title,
                year=year,
                url=url,
                authors=fields.get("authors", str, required=False, default=""),
                publication=fields.get("publication", str, required=False, default=""),
                short=fields.get("short", str, required=False, default=""),
            )
    return sources


def source_list(
    fields: Fields, bibliography_: dict[str, Source], *, required: bool
) -> tuple[list[str], tuple[Source, ...]]:
    """A `sources` list: its keys as written and the sources they name (each unknown key named)."""
    keys = fields.get("sources", list, required=required, default=[])
    resolved: list[Source] = []
    for i, key in enumerate(keys):
        if isinstance(key, str) and key in bibliography_:
            resolved.append(bibliography_[key])
        else:
            fields.fail(f"sources[{i}]", f"{key!r} is not a key in sources.yaml")
    if len(set(map(str, keys))) != len(keys):
        fields.fail("sources", "lists a source twice")
    return [str(k) for k in keys], tuple(resolved)
