"""Reading a time zone the way people say it: a city, a country, an abbreviation, an offset.

The names are looked up in the zone index (journey/placenames.py: GeoNames cities, CLDR country
and metazone names, tzdata's zones and abbreviations), and in journey/regions.py, kept by hand:
Canada's provinces and Australia's states, which none of those sources names. One name at a time
is read by journey/named_zones.py.

``read_zone`` answers with one zone to take, one to confirm (an abbreviation, a near-miss
spelling, a place picked out of a sentence), or a few to choose from (a country with several
zones, or a name towns in different zones share, like Springfield, or a US state shares with a
country or a city elsewhere, like Georgia and Washington, while towns of one name that keep one
clock are taken at once). A town typed with its state ("Atlanta, Georgia") is that town. A
near-miss spelling is never offered for an everyday English word clearly more common than the
place name it is near ("banana" is not "Banan").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta, timezone
from itertools import product

from journey.named_zones import Certainty, ZoneReading, clock_of, read_name
from journey.placenames import EVERYDAY_ZIPF, STATE, ZoneIndex, normalise, zone_index
from journey.regions import CONTINENTS, REGION_ALIASES, REGIONS
from journey.timeplan import canonical_zone, offset_in_use, zone_name

FUZZY_CUTOFF = 0.8  # Damerau-Levenshtein similarity
EVERYDAY_MARGIN = 0.3  # Zipf: a place name "clearly rarer" than a word is this much below it
REGION_POPULATION = 1_000_000  # a name after a comma this big is taken for a state, not a town

_OFFSET_RE = re.compile(
    r"^(?:utc|gmt)?\s*([+\-−–])\s*(\d{1,2})(?:(?::|\.|h)?(\d{2})|\.(\d))?$", re.IGNORECASE
)


def read_zone(text: str, index: ZoneIndex | None = None) -> ZoneReading | None:
    """Read a time zone from what someone typed; None if it is not one we can tell.

    Raises TimeInputError (saying which offsets exist) for an offset no place keeps, such as
    UTC-13 or UTC+14:30: it is plainly an offset, just not a real one.
    """
    raw = (text or "").strip()
    if not raw or raw.startswith("/") or len(raw) > 80 or normalise(raw) in CONTINENTS:
        return None
    index = index or zone_index()
    return (
        _offset(raw)
        or _iana(raw)
        or read_name(normalise(raw), index, whole=True, raw=raw)
        or _place_in_country(normalise(raw), index)
        or _place_in_region(normalise(raw), index)
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


def _place_in_country(key: str, index: ZoneIndex) -> ZoneReading | None:
    """A place and its country ("Toronto, Canada"): the place, when it is in that country.

    Read as a sentence, the country outweighed the city, and someone who had said Toronto was
    asked which of Canada's zones was nearest.
    """
    words = key.split()
    for size, regions in product(range(min(3, len(words) - 1), 0, -1), (False, True)):
        code = index.countries.get(" ".join(words[-size:]))
        if code is None:
            continue
        # A town of that name first ("Victoria, Seychelles"), then a province ("Ontario, Canada")
        reading = read_name(" ".join(words[:-size]), index, whole=True, regions=regions)
        if reading is None:
            continue
        in_country = set(index.country_zones.get(code, ()))
        if reading.certainty == Certainty.CHOICE:  # towns of one name: those in that country
            kept = [pair for pair in zip(reading.zones, reading.labels, strict=True)
                    if pair[0] in in_country]  # fmt: skip
            if len(kept) == 1:
                label = f"{reading.label}, {index.country_names.get(code, code)}"
                return ZoneReading((kept[0][0],), label, Certainty.SURE, country=code)
            if kept:
                zones, labels = zip(*kept, strict=True)
                return replace(reading, zones=zones, labels=labels, country=code)
        elif reading.country == code or reading.zones[0] in in_country:
            # The country confirms the place ("New York, USA"), so there is nothing to ask.
            return replace(reading, certainty=Certainty.SURE, country=code)
    return None


def _place_in_region(key: str, index: ZoneIndex) -> ZoneReading | None:
    """A town and its state ("Atlanta, Georgia"), or a state called so ("Washington state").

    The town is taken when the region keeps its clock: read as a sentence, the state, the
    bigger name, outweighed the town, and Georgia the state was taken for the country.
    """
    words = key.split()
    if len(words) >= 2 and words[-1] == "state":
        towns = index.homonyms.get(" ".join(words[:-1]), ())
        state = next((place for place, region in towns if region == STATE), None)
        if state is not None:
            label = f"{state.name} state"
            return ZoneReading((state.zone,), label, Certainty.SURE, country=state.country)
    for size in range(min(3, len(words) - 1), 0, -1):
        region = read_name(" ".join(words[-size:]), index, whole=True)
        if region is None:
            continue
        # The town first ("Ontario, California"), then a region of its name ("Victoria, BC")
        towns = [
            read_name(" ".join(words[:-size]), index, whole=True, regions=r) for r in (False, True)
        ]
        found = [reading for town in towns if town and (reading := _in_region(town, region))]
        if found:
            return found[0]
        named = " ".join(words[-size:])
        if any(towns) and len(region.zones) == 1 and _a_region(named, index):
            if any(_in_country(town, region.country) for town in towns if town):
                continue  # "El Paso, Texas": a town of the state's country on another clock
            # A town of that name lies elsewhere ("Victoria, Texas"; the index knows Hong Kong's):
            # the state's clock, to be confirmed, rather than a choice of far-off Victorias.
            return replace(region, certainty=Certainty.GUESS)
    return None


def _a_region(name: str, index: ZoneIndex) -> bool:
    """A state or province by that name (not a town called "Wa" or "Vic"). The place index
    marks a state only where a town shares its name, so a big one (Texas) counts too."""
    if name in REGIONS or any(kind == STATE for _, kind in index.homonyms.get(name, ())):
        return True
    place = index.places.get(name)
    return place is not None and place.population >= REGION_POPULATION


def _in_country(town: ZoneReading, country: str) -> bool:
    return bool(country) and any(town.country_of(n) == country for n in range(len(town.zones)))


def _in_region(town: ZoneReading, region: ZoneReading) -> ZoneReading | None:
    """Of towns of one name, the one in that region (its clock and its country), if just one."""
    clocks = {clock_of(zone) for zone in region.zones}
    # In that region's country too: Hong Kong keeps Perth's clock, yet is not in Australia.
    countries = {region.country_of(n) for n in range(len(region.zones))} - {""}
    kept = [
        n
        for n, zone in enumerate(town.zones)
        if clock_of(zone) in clocks and (not countries or town.country_of(n) in countries)
    ]
    if len(kept) != 1:
        return None
    zone, country = town.zones[kept[0]], town.country_of(kept[0])
    label = town.label if town.certainty != Certainty.CHOICE else town.labels[kept[0]]
    return ZoneReading((zone,), label, Certainty.SURE, country=country)


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
            reading = read_name(phrase, index, whole=False)
            if reading is not None:
                found.append((_weight(phrase, index), reading))
        if found:
            return max(found, key=lambda pair: pair[0])[1]
    return None


def _weight(phrase: str, index: ZoneIndex) -> int:
    if phrase in index.countries or phrase in index.metazones or phrase in REGION_ALIASES:
        return 10**10
    if phrase in REGIONS:
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
        if match is None or _everyday(phrase, match[0], index):
            continue
        if best is None or match[1] > best[1]:
            best = (match[0], match[1])
    if best is None:
        return None
    reading = read_name(best[0], index, whole=False)
    if reading is None or reading.certainty == Certainty.CHOICE:
        return reading
    return ZoneReading(
        reading.zones, reading.label, Certainty.GUESS, reading.labels, country=reading.country
    )


def _everyday(phrase: str, key: str, index: ZoneIndex) -> bool:
    """An everyday English word, clearly more common than the place name it is near."""
    frequency = index.english.get(phrase, 0)
    if frequency < EVERYDAY_ZIPF * 10:
        return False
    return frequency > index.english.get(key, 0) + EVERYDAY_MARGIN * 10
