"""Typed time zones: only places and real offsets are accepted.

The zone database also holds names that are no place ('localtime' is whatever the server is set
to, 'Factory' reads '-00', 'posixrules' is a build file), and Etc/GMT+5 means UTC-05:00. Real
offsets run from UTC-12:00 to UTC+14:00.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from journey.timeplan import TimeInputError, next_due, parse_zone, zone_name

REFUSED = [
    "localtime",
    "Factory",
    "factory",
    "posixrules",
    "Etc/GMT+5",
    "etc/gmt-3",
    "UTC-14",
    "UTC-12:30",
    "UTC+14:59",
    "UTC+14:01",
    "GMT+15",
    "UTC+05:60",
]


@pytest.mark.parametrize("typed", REFUSED)
def test_a_name_that_is_no_place_or_an_offset_beyond_the_real_ones_is_refused(typed: str) -> None:
    with pytest.raises(TimeInputError):
        parse_zone(typed)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("UTC-12", "UTC-12:00"),
        ("UTC-12:00", "UTC-12:00"),
        ("UTC+14", "UTC+14:00"),
        ("UTC+14:00", "UTC+14:00"),
        ("UTC+13:45", "UTC+13:45"),
        ("UTC+5:30", "UTC+05:30"),
        ("Europe/London", "Europe/London"),
        ("europe/amsterdam", "Europe/Amsterdam"),
        ("America/New York", "America/New_York"),
        ("Asia/Kolkata", "Asia/Kolkata"),
        ("US/Eastern", "US/Eastern"),
        ("Etc/UTC", "Etc/UTC"),
        ("UTC", "UTC"),
    ],
)
def test_places_and_real_offsets_are_accepted(typed: str, stored: str) -> None:
    zone = parse_zone(typed)
    assert zone_name(zone) == stored
    after = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    due = next_due("08:00", stored, after)
    assert after < due <= after + timedelta(days=1)
