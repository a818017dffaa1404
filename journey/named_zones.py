"""One name read as a time zone: a country, a province or state, a metazone, an abbreviation,
a town, or towns of one name on different clocks; and what such a reading holds.

journey/zones.py reads whole texts with it: a name with its country or state, a name inside a
sentence, a near-miss spelling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from journey.placenames import STATE, Place, ZoneIndex
from journey.regions import REGION_ALIASES, REGIONS

MAX_PLACE_CHOICES = 3  # towns of one name offered, the biggest first
SINGLE_ZONE_SHARE = 0.9  # a country whose one zone holds this share of its people needs no choice
MAX_CHOICES = 8


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
    places: bool = False  # the choice is between towns of one name, not a country's zones
    # The ISO code of the city or country named; "" for an offset, a zone name, a metazone or an
    # abbreviation, which several countries share.
    country: str = ""
    # A choice between places in different countries (Georgia the country, Georgia the US
    # state): each option's own ISO code, beside `labels`; empty when `country` says it.
    countries: tuple[str, ...] = ()

    def country_of(self, option: int) -> str:
        """The ISO code of the `option`-th zone's place, or "" when no one country is known."""
        return self.countries[option] if self.countries else self.country


def read_name(
    key: str, index: ZoneIndex, *, whole: bool, raw: str = "", regions: bool = True
) -> ZoneReading | None:
    """An exact name: abbreviation, metazone, country, region or city (a town only, without
    ``regions``: "Ontario" before "California" is the town, not the province)."""
    sure = Certainty.SURE if whole else Certainty.GUESS
    if key in index.countries:  # "Japan" the country before "Japan Time" the metazone
        reading = _country(index.countries[key], index, sure)
        return _or_the_state(reading, index.homonyms.get(key, ()), index) or reading
    if regions and key in REGIONS:
        return _region(REGIONS[key], sure)
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
    if key in index.homonyms:
        choice = _homonym_choice(index.homonyms[key], index)
        if choice is not None:
            return choice
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
    for zone in zones:
        groups[clock_of(zone)].append(zone)
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


def _region(places: tuple[tuple[str, str, str], ...], certainty: Certainty) -> ZoneReading:
    """A province or state from REGIONS: taken, or, for a name two share, a choice."""
    if len(places) == 1:
        zone, country, label = places[0]
        return ZoneReading((zone,), label, certainty, country=country)
    zones, countries, labels = zip(*places, strict=True)
    name = labels[0].split(",")[0]
    return ZoneReading(zones, name, Certainty.CHOICE, labels, places=True, countries=countries)


def _or_the_state(
    reading: ZoneReading | None, towns: Iterable[tuple[Place, str]], index: ZoneIndex
) -> ZoneReading | None:
    """A country that shares its name with a US state on another clock (Georgia): which one.

    None when there is no such state, or its clock is the country's.
    """
    state = next((place for place, region in towns if region == STATE), None)
    if reading is None or state is None or reading.certainty == Certainty.CHOICE:
        return None
    if clock_of(state.zone) == clock_of(reading.zones[0]):
        return None
    country_zone = reading.zones[0]
    zone_label = index.zone_names.get(state.zone) or _city_label(state.zone, index)
    labels = (
        f"{state.name}, the country ({_city_label(country_zone, index)})",
        f"{state.name}, the US state ({zone_label})",
    )
    return ZoneReading(
        (country_zone, state.zone),
        state.name,
        Certainty.CHOICE,
        labels,
        places=True,
        countries=(reading.country, state.country),
    )


def clock_of(zone: str) -> tuple[timedelta | None, ...]:
    """What the clocks say in January and in July: zones alike in both are one choice."""
    year = datetime.now(UTC).year
    tz = ZoneInfo(zone)
    return tuple(datetime(year, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 7))


def _homonym_choice(towns: list[tuple[Place, str]], index: ZoneIndex) -> ZoneReading | None:
    """Towns of one name whose clocks differ, as a choice; None when they all keep one time."""
    groups: dict[tuple[timedelta | None, ...], list[tuple[Place, str]]] = {}
    for place, region in towns:  # biggest first, so each group's first town is its biggest
        groups.setdefault(clock_of(place.zone), []).append((place, region))
    if len(groups) < 2:
        return None
    shown = list(groups.values())[:MAX_PLACE_CHOICES]
    countries = [group[0][0].country for group in shown]
    labels = []
    for group in shown:
        where = []
        for place, region in group:
            name = region or index.country_names.get(place.country, place.country)
            if name not in where:
                where.append(name)
        if where[0] == STATE:  # the state itself: "Washington state", not "Washington, (state)"
            label = f"{group[0][0].name} state"
        else:
            label = f"{group[0][0].name}, {' or '.join(where[:2])}"
        if countries.count(group[0][0].country) > 1:  # the country alone does not tell them apart
            zone = group[0][0].zone
            label += f" ({index.zone_names.get(zone) or _city_label(zone, index)})"
        labels.append(label)
    zones = tuple(group[0][0].zone for group in shown)
    country = countries[0] if len(set(countries)) == 1 else ""  # Springfields: all in the US
    each = tuple(countries) if not country else ()  # Birmingham: the UK's, or Alabama's
    return ZoneReading(
        zones,
        shown[0][0][0].name,
        Certainty.CHOICE,
        tuple(labels),
        places=True,
        country=country,
        countries=each,
    )


def _group_of(zone: str, groups: dict[tuple[timedelta | None, ...], list[str]]) -> list[str]:
    return next(group for group in groups.values() if zone in group)


def _city_label(zone: str, index: ZoneIndex) -> str:
    place = index.zone_city.get(zone)
    return place.name if place else zone.rsplit("/", 1)[-1].replace("_", " ")


def _place_label(place: Place, index: ZoneIndex) -> str:
    country = index.country_names.get(place.country, "")
    return f"{place.name}, {country}" if country and country != place.name else place.name
