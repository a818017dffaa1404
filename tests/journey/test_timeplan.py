"""Push times and zones: what people type, and when the next lesson is due across clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from journey.timeplan import (
    TimeInputError,
    due_at,
    looks_like_question,
    mentions_a_time,
    next_due,
    offset_from_local_time,
    parse_hhmm,
    parse_zone,
    zone_name,
)

LONDON, NEW_YORK = "Europe/London", "America/New_York"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7", "07:00"),
        ("7:30", "07:30"),
        ("07.30", "07:30"),
        ("0730", "07:30"),
        ("7pm", "19:00"),
        ("7 PM", "19:00"),
        ("7:15 a.m.", "07:15"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
        ("19:30", "19:30"),
        (" 00:00 ", "00:00"),
        ("19h30", "19:30"),
        ("19h", "19:00"),  # as much of Europe writes an hour
        ("8H", "08:00"),
    ],
)
def test_parse_hhmm_reads_what_people_type(typed: str, expected: str) -> None:
    assert parse_hhmm(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("half past seven", "07:30"),
        ("Half past seven.", "07:30"),
        ("quarter to 8", "07:45"),
        ("a quarter past nine pm", "21:15"),
        ("seven pm", "19:00"),
        ("9 o'clock", "09:00"),
        ("nine o’clock in the evening", "21:00"),
        ("10 past 9", "09:10"),
        ("noon", "12:00"),
        ("midnight", "00:00"),
        ("twelve am", "00:00"),
        ("half past twelve", "12:30"),
    ],
)
def test_parse_hhmm_reads_times_said_in_words(typed: str, expected: str) -> None:
    assert parse_hhmm(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["25:00", "7:60", "13pm", "0am", "abc", "", "7:3", "19:30:00", "thirteen pm", "half past 30",
     "99 o'clock", "tomorrow morning", "Berlin"],
)  # fmt: skip
def test_parse_hhmm_rejects_what_is_not_a_time(typed: str) -> None:
    with pytest.raises(TimeInputError):
        parse_hhmm(typed)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Europe/London", LONDON),
        ("europe/london", LONDON),
        ("AMERICA/NEW_YORK", NEW_YORK),
        ("America/New York", NEW_YORK),
        ("asia/kathmandu", "Asia/Kathmandu"),
    ],
)
def test_parse_zone_accepts_iana_names_in_any_case(typed: str, key: str) -> None:
    zone = parse_zone(typed)
    assert isinstance(zone, ZoneInfo) and zone.key == key
    assert zone_name(zone) == key


@pytest.mark.parametrize(
    ("typed", "offset", "stored"),
    [
        ("UTC+05:30", timedelta(hours=5, minutes=30), "UTC+05:30"),
        ("utc-3", timedelta(hours=-3), "UTC-03:00"),
        ("GMT+0545", timedelta(hours=5, minutes=45), "UTC+05:45"),
        ("+13", timedelta(hours=13), "UTC+13:00"),
        ("utc", timedelta(0), "UTC"),
    ],
)
def test_parse_zone_accepts_fixed_offsets(typed: str, offset: timedelta, stored: str) -> None:
    zone = parse_zone(typed)
    assert zone.utcoffset(None) == offset
    assert zone_name(zone) == stored
    assert parse_zone(zone_name(zone)).utcoffset(None) == offset  # what we store reads back


@pytest.mark.parametrize("typed", ["Mars/Olympus_Mons", "London", "UTC+15", "UTC+05:75", ""])
def test_parse_zone_rejects_unknown_zones(typed: str) -> None:
    with pytest.raises(TimeInputError):
        parse_zone(typed)


NOON_UTC = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("local", "now", "offset"),
    [
        ("12:00", NOON_UTC, "UTC"),
        ("12:02", NOON_UTC, "UTC"),  # a minute or two of typing does not make a new zone
        ("17:30", NOON_UTC, "UTC+05:30"),  # India
        ("17:45", NOON_UTC, "UTC+05:45"),  # Nepal
        ("7am", NOON_UTC, "UTC-05:00"),  # New York in winter
        ("01:00", NOON_UTC, "UTC+13:00"),  # New Zealand in summer, Tonga, not UTC-11
        ("00:00", NOON_UTC, "UTC+12:00"),
        ("02:00", NOON_UTC, "UTC-10:00"),  # Hawaii, not UTC+14
        ("18:20", NOON_UTC.replace(minute=50), "UTC+05:30"),
        ("23:30", datetime(2026, 1, 15, 10, 30, tzinfo=ZoneInfo(NEW_YORK)), "UTC+08:00"),
        # A clock a quarter of an hour off reads as the nearest offset some place keeps, never
        # UTC+01:15 or UTC+00:45; a tie goes to the whole hour.
        ("13:15", NOON_UTC, "UTC+01:00"),
        ("12:50", NOON_UTC, "UTC+01:00"),
        ("15:15", NOON_UTC, "UTC+03:00"),
        ("06:45", NOON_UTC, "UTC-05:00"),
    ],
)
def test_offset_from_local_time_infers_the_zone(local: str, now: datetime, offset: str) -> None:
    assert offset_from_local_time(local, now) == offset


def daily(push_time: str, zone: str, start: datetime, days: int) -> list[datetime]:
    """The next `days` due instants, each computed from the one before (as the scheduler does)."""
    instants, after = [], start
    for _ in range(days):
        after = next_due(push_time, zone, after)
        instants.append(after)
    return instants


def test_next_due_is_strictly_after() -> None:
    at_eight = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)  # 08:00 in London (BST)
    assert next_due("08:00", LONDON, at_eight) == at_eight + timedelta(days=1)
    assert next_due("08:00", LONDON, at_eight - timedelta(seconds=1)) == at_eight
    assert next_due("08:00", LONDON, at_eight + timedelta(seconds=1)) == at_eight + timedelta(
        days=1
    )
    assert next_due("08:00", LONDON, at_eight).tzinfo == UTC


@pytest.mark.parametrize(
    ("zone", "change_day", "hours_between"),
    [
        (LONDON, date(2026, 3, 29), 23),  # clocks go forward
        (LONDON, date(2026, 10, 25), 25),  # clocks go back
        (NEW_YORK, date(2026, 3, 8), 23),
        (NEW_YORK, date(2026, 11, 1), 25),
    ],
)
def test_next_due_stays_at_eight_local_across_clock_changes(
    zone: str, change_day: date, hours_between: int
) -> None:
    start = datetime.combine(change_day - timedelta(days=3), time(23), tzinfo=UTC)
    instants = daily("08:00", zone, start, 5)
    local = [instant.astimezone(ZoneInfo(zone)) for instant in instants]
    assert [moment.time() for moment in local] == [time(8, 0)] * 5
    assert [moment.date() for moment in local] == [
        change_day + timedelta(days=n) for n in range(-2, 3)
    ]
    gaps = [(b - a) / timedelta(hours=1) for a, b in pairwise(instants)]
    assert gaps == [24, hours_between, 24, 24]


def test_a_time_inside_the_spring_gap_lands_once_that_day() -> None:
    # 02:00-03:00 does not exist in New York on 2026-03-08.
    start = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    local = [
        instant.astimezone(ZoneInfo(NEW_YORK)) for instant in daily("02:30", NEW_YORK, start, 5)
    ]
    assert [moment.date() for moment in local] == [date(2026, 3, d) for d in range(6, 11)]
    on_the_day = local[2]
    assert time(3, 0) <= on_the_day.time() < time(4, 0)  # just after the clocks jump
    assert [moment.time() for moment in local[:2] + local[3:]] == [time(2, 30)] * 4


def test_a_repeated_autumn_time_is_due_once() -> None:
    # 01:30 happens twice in New York on 2026-11-01; the lesson goes out at the first.
    start = datetime(2026, 10, 30, 12, 0, tzinfo=UTC)
    local = [
        instant.astimezone(ZoneInfo(NEW_YORK)) for instant in daily("01:30", NEW_YORK, start, 4)
    ]
    assert [moment.date() for moment in local] == [date(2026, 10, 31)] + [
        date(2026, 11, d) for d in range(1, 4)
    ]
    assert local[1].utcoffset() == timedelta(hours=-4)  # the first 01:30, still daylight time


def test_next_due_in_a_fixed_offset_zone() -> None:
    after = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)
    assert next_due("08:00", "UTC+05:45", after) == datetime(2026, 3, 29, 2, 15, tzinfo=UTC)


def test_due_at_is_the_one_answer_for_handlers_and_the_push() -> None:
    after = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert due_at("08:00", "Europe/London", after) == int(
        datetime(2026, 3, 3, 8, 0, tzinfo=UTC).timestamp()
    )
    assert due_at(None, "Europe/London", after) is None  # no time yet: nothing is due
    assert due_at("08:00", None, after) is None
    # A stored zone that no longer reads (dropped from tzdata, say) stops the pushes quietly
    # instead of failing every tick; /time sets it again.
    assert due_at("08:00", "Mars/Olympus_Mons", after) is None


@pytest.mark.parametrize(
    ("text", "tries_a_time"),
    [
        ("tomorrow morning", True),
        ("7ish", True),
        ("around eight", True),
        ("hello there", False),
        ("my phone died", False),
        ("Berlin", False),
    ],
)
def test_mentions_a_time_tells_a_try_at_a_time_from_small_talk(
    text: str, tries_a_time: bool
) -> None:
    assert mentions_a_time(text) is tries_a_time


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("What is esketamine?", True),
        ("how does it work", True),
        ("is it safe", True),
        ("I read a long article about ketamine and I would like to know more", True),
        ("7pm", False),
        ("half past seven", False),
        ("New York", False),
        ("it's 3pm here", False),
    ],
)
def test_looks_like_question_tells_a_question_from_an_answer(text: str, question: bool) -> None:
    assert looks_like_question(text) is question
