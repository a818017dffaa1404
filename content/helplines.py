"""Crisis lines by country (content/ketamine/helplines.yaml), and which country a time zone is in.

Someone in crisis should see their own country's line first: the IANA zone they chose for their
lessons names a country (tzdata's zone.tab and zone1970.tab, read from the ``tzdata`` package),
whose lines come first, then its emergency number and findahelpline.com for everywhere else.
Without a zone, or for a country the file does not list, the international set is used.

Each country entry carries the date it was last verified; ``stale`` lists the ones older than
180 days, for ``python -m bot check-content``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from content.fields import safe_load

logger = logging.getLogger(__name__)

FILE_NAME = "helplines.yaml"
MAX_AGE_DAYS = 180
FIND_A_HELPLINE = "https://findahelpline.com"


class HelplinesError(ValueError):
    """helplines.yaml is missing something the bot needs; the message names the entry."""


@dataclass(frozen=True)
class Line:
    name: str
    contact: str
    hours: str = ""
    url: str = ""


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    emergency: str
    lines: tuple[Line, ...]
    verified: dt.date | None
    poison: Line | None = None  # poison control, for an overdose taken


@dataclass(frozen=True)
class Helplines:
    countries: dict[str, Country]
    international: tuple[Line, ...]

    def for_zone(self, zone: str | None) -> Country | None:
        """The listed country an IANA zone is in, or None."""
        code = zone_country(zone) if zone else None
        return self.countries.get(code) if code else None


def _line(raw: Any, where: str) -> Line:
    if not isinstance(raw, dict) or not raw.get("name") or not raw.get("contact"):
        raise HelplinesError(f"{FILE_NAME}: {where}: a line needs a name and a contact")
    return Line(
        str(raw["name"]),
        str(raw["contact"]),
        str(raw.get("hours") or ""),
        str(raw.get("url") or ""),
    )


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise HelplinesError(f"{FILE_NAME}: {where}: verified: not a date: {value!r}") from exc


def parse(data: Any) -> Helplines:
    """Helplines from the parsed YAML; raises HelplinesError naming what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
        raise HelplinesError(f"{FILE_NAME}: needs a 'countries' mapping")
    countries = {}
    for code, raw in data["countries"].items():
        where = f"countries.{code}"
        if not isinstance(raw, dict) or not raw.get("name") or not raw.get("emergency"):
            raise HelplinesError(f"{FILE_NAME}: {where}: needs a name and an emergency number")
        lines = tuple(
            _line(item, f"{where}.lines[{i}]") for i, item in enumerate(raw.get("lines") or [])
        )
        poison = raw.get("poison")
        countries[str(code)] = Country(
            str(code),
            str(raw["name"]),
            str(raw["emergency"]),
            lines,
            _date(raw.get("verified"), where),
            _line(poison, f"{where}.poison") if poison is not None else None,
        )
    international = tuple(
        _line(item, f"international[{i}]") for i, item in enumerate(data.get("international") or [])
    )
    if not international:
        raise HelplinesError(f"{FILE_NAME}: international: needs at least one line")
    return Helplines(countries, international)


def load(directory: Path) -> Helplines:
    """Read helplines.yaml from a course directory."""
    path = directory / FILE_NAME
    with path.open(encoding="utf-8") as f:
        return parse(safe_load(f))


def stale(helplines: Helplines, today: dt.date, max_age_days: int = MAX_AGE_DAYS) -> list[str]:
    """A warning for each country whose lines were verified too long ago, or never."""
    warnings = []
    for code, country in sorted(helplines.countries.items()):
        if country.verified is None:
            warnings.append(f"{FILE_NAME}: {code} ({country.name}) has never been verified")
        elif (today - country.verified).days > max_age_days:
            age = (today - country.verified).days
            warnings.append(
                f"{FILE_NAME}: {code} ({country.name}) was last verified {country.verified} "
                f"({age} days ago); check its lines and update `verified`"
            )
    return warnings


def check(directory: Path, today: dt.date) -> list[str]:
    """Warnings for check-content: a file that cannot be read, and entries verified too long ago."""
    try:
        return stale(load(directory), today)
    except (OSError, yaml.YAMLError, HelplinesError) as exc:
        return [f"{FILE_NAME}: cannot be read, so the international lines are shown: {exc}"]


@lru_cache(maxsize=1)
def _zone_table() -> dict[str, str]:
    """Zone name -> country code, from tzdata's zone.tab, then zone1970.tab for the rest."""
    table: dict[str, str] = {}
    for name in ("zone1970.tab", "zone.tab"):
        try:
            text = resources.files("tzdata").joinpath("zoneinfo", name).read_text("utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            logger.warning(
                "tzdata has no %s; crisis lines fall back to the international set", name
            )
            continue
        for row in text.splitlines():
            if row.startswith("#") or not row.strip():
                continue
            fields = row.split("\t")
            if len(fields) >= 3:
                # zone.tab names one country; zone1970.tab may list several, the first is the
                # most populous. zone.tab is read last, so its single country wins.
                table[fields[2]] = fields[0].split(",")[0]
    return table


def zone_country(zone: str) -> str | None:
    """The ISO country code of an IANA zone ("Europe/London" -> "GB"), or None."""
    return _zone_table().get(zone)


def _line_html(line: Line) -> str:
    text = f"• <b>{escape(line.name)}</b>: {escape(line.contact)}"
    if line.hours and line.hours != "Not confirmed":
        text += f" ({escape(line.hours)})"
    if line.url:
        text += f"\n  {escape(line.url)}"
    return text


def lines_html(helplines: Helplines, country: Country | None) -> str:
    """The country's lines first, then its emergency number, then findahelpline.com."""
    if country is None:
        parts = [_line_html(line) for line in helplines.international]
        return "\n".join(parts)
    parts = [_line_html(line) for line in country.lines]
    parts.append(
        f"• <b>Emergency services ({escape(country.name)})</b>: call {escape(country.emergency)}"
    )
    parts.extend(_line_html(line) for line in helplines.international)
    return "\n".join(parts)


def poison_html(country: Country | None) -> str:
    """The country's poison-control line as one list item, or "" where none is listed."""
    return _line_html(country.poison) if country is not None and country.poison else ""


def one_line(helplines: Helplines, country: Country | None) -> str:
    """The person's crisis line in one line of HTML, for the check-in."""
    if country is not None and country.lines:
        line = country.lines[0]
        emergency = escape(country.emergency)
        return f"<b>{escape(line.name)}</b>: {escape(line.contact)} (emergency: {emergency})"
    if country is not None:
        return f"Emergency: {escape(country.emergency)}; other lines: {FIND_A_HELPLINE}"
    return f"Find a free, confidential line in your country: {FIND_A_HELPLINE}"
