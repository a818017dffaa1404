"""Crisis lines by country (content/ketamine/helplines.yaml), and which country a time zone is in.

Someone in crisis should see their own country's line first, then its emergency number and
findahelpline.com for everywhere else. Which country that is, when it can be known at all, is
decided in one place, ``whose_lines`` (a city typed for the time zone, else the zone's offset with
Telegram's language code). Otherwise, and for a country the file does not list, the international
set is used.

A wrong entry (an unknown or missing field, a key that is not an ISO 3166-1 alpha-2 code) is an
error for ``python -m bot check-content``; at run time it is left out and logged, and every other
entry still works.

Each country entry carries the date it was last verified; ``stale`` lists the ones older than
180 days, for ``python -m bot check-content``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from content import whose_lines
from content.fields import Fields, Problems, safe_load, unknown_field_message, yaml_problem

logger = logging.getLogger(__name__)

FILE_NAME = "helplines.yaml"
MAX_AGE_DAYS = 180
FIND_A_HELPLINE = "https://findahelpline.com"
ISO_CODE = re.compile(r"[A-Z]{2}")


class HelplinesError(ValueError):
    """helplines.yaml cannot be used at all; the message names what is wrong."""


COUNTRY_FIELDS = ("name", "emergency", "lines", "source", "verified", "poison", "poison_source")
COUNTRY_REQUIRED = ("name", "emergency", "source", "verified")  # `verified: null`: never checked
LINE_FIELDS = ("name", "contact", "hours", "url")
FILE_FIELDS = ("countries", "international")


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
    # One line per entry left out because it is wrong, naming the file, the entry and the field.
    problems: tuple[str, ...] = ()

    def for_zone(self, zone: str | None) -> Country | None:
        """The listed country an IANA zone is in, or None."""
        code = zone_country(zone) if zone else None
        return self.countries.get(code) if code else None

    def for_person(
        self,
        *,
        place: str | None,
        zone: str | None,
        offset: dt.timedelta | None,
        language_code: str | None,
        now: dt.datetime,
    ) -> Country | None:
        """The listed country whose lines this person should see, or None: see whose_lines."""
        code = whose_lines.country_code(
            place=place,
            zone_country=zone_country(zone) if zone else None,
            offset=offset,
            language_code=language_code,
            now=now,
        )
        return self.countries.get(code) if code else None


def _entry(raw: Any, where: str, problems: Problems, allowed: tuple[str, ...]) -> Fields:
    """The fields of one entry; an unknown one is recorded in `problems`, with a suggestion."""
    return Fields(raw, Path(FILE_NAME), where, problems, allowed)


def _line(raw: Any, where: str, problems: Problems) -> Line | None:
    """One line, or None (with the reason in `problems`)."""
    before = len(problems.errors)
    fields = _entry(raw, where, problems, LINE_FIELDS)
    name, contact = fields.get("name", str), fields.get("contact", str)
    hours = fields.get("hours", str, required=False, default="")
    url = fields.get("url", str, required=False, default="")
    if len(problems.errors) > before or name is None or contact is None:
        return None
    return Line(name, contact, hours, url)


def _date(fields: Fields) -> dt.date | None:
    value = fields.data.get("verified")
    if "verified" not in fields.data:
        fields.fail("verified", "is missing (the date the lines were checked, or null)")
        return None
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        fields.fail("verified", f"is not a date (YYYY-MM-DD): {value!r}")
        return None


def _country(code: Any, raw: Any, problems: Problems) -> Country | None:
    """One country, or None (with each reason in `problems`)."""
    before = len(problems.errors)
    if not isinstance(code, str) or not ISO_CODE.fullmatch(code) or code not in iso_codes():
        hint = " (quote it: YAML reads an unquoted NO as false)" if isinstance(code, bool) else ""
        problems.add(
            Path(FILE_NAME),
            f"countries.{code}",
            f"not an ISO 3166-1 alpha-2 country code, like DE or FR{hint}",
        )
    where = f"countries.{code}"
    fields = _entry(raw, where, problems, COUNTRY_FIELDS)
    for key in COUNTRY_REQUIRED:
        if key != "verified":
            fields.get(key, str)
    verified = _date(fields)
    lines = []
    for i, item in enumerate(fields.get("lines", list, required=False, default=[])):
        line = _line(item, f"{where}.lines[{i}]", problems)
        if line is not None:
            lines.append(line)
    fields.get("poison_source", str, required=False)
    raw_poison = fields.get("poison", dict, required=False, default=None)
    poison = _line(raw_poison, f"{where}.poison", problems) if raw_poison is not None else None
    if len(problems.errors) > before:
        return None
    data = fields.data
    return Country(code, str(data["name"]), str(data["emergency"]), tuple(lines), verified, poison)


def read(data: Any) -> Helplines:
    """Every valid entry of the parsed YAML, and a problem line for each one that is not.

    Raises HelplinesError only when nothing usable is left: no `countries` mapping, or no
    international line.
    """
    problems = Problems(Path("."))
    if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
        raise HelplinesError(f"{FILE_NAME}: needs a 'countries' mapping")
    for key, value in data.items():
        if str(key) not in FILE_FIELDS:
            problems.add(
                Path(FILE_NAME), f"`{key}`", unknown_field_message(str(key), value, FILE_FIELDS)
            )
    countries = {}
    for code, raw in data["countries"].items():
        country = _country(code, raw, problems)
        if country is not None:
            countries[country.code] = country
    raw_lines = data.get("international")
    if not isinstance(raw_lines, list):
        raw_lines = []
    international = tuple(
        line
        for i, item in enumerate(raw_lines)
        if (line := _line(item, f"international[{i}]", problems)) is not None
    )
    if not international:
        raise HelplinesError(f"{FILE_NAME}: international: needs at least one line")
    return Helplines(countries, international, tuple(problems.errors))


def parse(data: Any) -> Helplines:
    """Helplines from the parsed YAML, all valid; raises HelplinesError naming each problem."""
    helplines = read(data)
    if helplines.problems:
        raise HelplinesError("\n".join(helplines.problems))
    return helplines


def load(directory: Path) -> Helplines:
    """Read helplines.yaml from a course directory, keeping every valid entry.

    A wrong entry is left out and named in the log (the file's own words, never a message's),
    so one typo costs one country its lines, not every country.
    """
    path = directory / FILE_NAME
    with path.open(encoding="utf-8") as f:
        helplines = read(safe_load(f))
    for problem in helplines.problems:
        logger.error("Crisis lines: left out, %s", problem)
    return helplines


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


def check(directory: Path, today: dt.date) -> tuple[list[str], list[str]]:
    """For check-content: (errors, warnings). An error is an entry the bot would leave out."""
    path = directory / FILE_NAME
    try:
        with path.open(encoding="utf-8") as f:
            helplines = read(safe_load(f))
    except OSError as exc:
        return [f"{FILE_NAME}: cannot be read: {exc.strerror or exc}"], []
    except yaml.YAMLError as exc:
        return [f"{FILE_NAME}: {yaml_problem(exc)}"], []
    except HelplinesError as exc:
        return [str(exc)], []
    return list(helplines.problems), stale(helplines, today)


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code, from tzdata's iso3166.tab."""
    text = resources.files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text("utf-8")
    return frozenset(
        row.split("\t")[0] for row in text.splitlines() if row.strip() and not row.startswith("#")
    )


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


def one_line(helplines: Helplines, country: Country | None) -> str:
    """The person's crisis line in one line of HTML, for the check-in."""
    if country is not None and country.lines:
        line = country.lines[0]
        emergency = escape(country.emergency)
        return f"<b>{escape(line.name)}</b>: {escape(line.contact)} (emergency: {emergency})"
    if country is not None:
        return f"Emergency: {escape(country.emergency)}; other lines: {FIND_A_HELPLINE}"
    # Nobody knows the country: the numbers that work across whole regions, then every line.
    return (
        f"Find a free, confidential line in your country: {FIND_A_HELPLINE} (in an emergency, "
        "call 112 in the EU, 911 in North America, 999 in the UK)"
    )


def poison_html(country: Country | None) -> str:
    """The country's poison-control line as one list item, or "" where none is listed."""
    return _line_html(country.poison) if country is not None and country.poison else ""
