"""Local push times and time zones: parsing what people type, and the next due instant.

A zone is either an IANA name (daylight saving handled by zoneinfo) or a fixed offset written
`UTC+05:30`, for people who would rather say what time it is where they are.
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

logger = logging.getLogger(__name__)

_HHMM_RE = re.compile(r"^\s*(\d{1,2})(?:[:.h ]?(\d{2}))?h?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.I)
_OFFSET_RE = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)


class TimeInputError(ValueError):
    """Text that is not a time or zone we understand; the message says what to type."""


# Times as people say them: "half past seven", "quarter to 8", "seven pm", "9 o'clock".
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
_SPOKEN_RE = re.compile(
    r"^(?:(half|quarter|\d{1,2}|a quarter)\s+(past|after|to)\s+)?(\w+)(\s+o'?clock)?"
    r"(?:\s*(am|pm|a\.m\.|p\.m\.|in the morning|in the afternoon|in the evening|at night))?$"
)
_NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
_LATER_HALF = ("pm", "p.m.", "in the afternoon", "in the evening", "at night")
NOT_A_TIME = "I couldn't read that as a time. Please type one like 07:30, 7pm or half past seven."
# Words that open a question rather than answer one ("what time is best?").
_QUESTION_RE = re.compile(
    r"^(?:what|what's|whats|how|why|who|which|where|can|could|should|would|will|is|are|does|do"
    r"|did|may|tell me|explain)\b",
    re.IGNORECASE,
)
ANSWER_WORDS = 8  # a typed time or place is short; a longer text is something else


# What a try at a time of day holds: a digit, or a word for the hour or the part of the day.
_TIME_WORDS_RE = re.compile(
    r"\d|\b(?:am|pm|a\.m|p\.m|o'?clock|half|quarter|noon|midday|midnight|morning|afternoon"
    r"|evening|night|tonight|" + "|".join(_NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)


def mentions_a_time(text: str) -> bool:
    """Whether a text tries to say a time of day ("7ish", "tomorrow morning"), read or not."""
    return bool(_TIME_WORDS_RE.search(text))


def looks_like_question(text: str) -> bool:
    """Whether a text asks something, rather than answering "what time?" or "where are you?"."""
    text = text.strip()
    return (
        "?" in text
        or "？" in text
        or bool(_QUESTION_RE.match(text))
        or (len(text.split()) > ANSWER_WORDS)
    )


def _spoken(text: str) -> str | None:
    """'half past seven' -> '07:30', 'quarter to 8 pm' -> '19:45'; None if it is not one."""
    said = " ".join(text.lower().replace("’", "'").strip(" .!").split())
    if said in _NAMED_TIMES:
        return _NAMED_TIMES[said]
    match = _SPOKEN_RE.match(said)
    if not match:
        return None
    part, direction, hour_word, oclock, meridiem = match.groups()
    hour = _NUMBER_WORDS.get(hour_word) or (int(hour_word) if hour_word.isdigit() else 0)
    if not 1 <= hour <= 12 and not (hour_word.isdigit() and hour <= 23 and not meridiem):
        return None
    if part is None and hour_word.isdigit() and not (oclock or meridiem):
        return None  # a bare number is the clock format's to read
    minutes = {"half": 30, "quarter": 15, "a quarter": 15, None: 0}.get(part)
    if minutes is None:
        minutes = int(part)
        if minutes > 59:
            return None
    total = hour * 60 + (minutes if direction != "to" else -minutes)
    if meridiem in _LATER_HALF and hour < 12:
        total += 12 * 60
    elif meridiem and hour == 12 and meridiem not in _LATER_HALF:
        total -= 12 * 60  # 12 am is midnight
    total %= 24 * 60
    return f"{total // 60:02d}:{total % 60:02d}"


def parse_hhmm(text: str) -> str:
    """'7', '7:30', '07.30', '7pm', '19:30', 'half past seven' -> 'HH:MM' (24-hour)."""
    match = _HHMM_RE.match(text or "")
    if not match:
        spoken = _spoken(text or "")
        if spoken is not None:
            return spoken
        raise TimeInputError(NOT_A_TIME)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise TimeInputError("With am or pm, the hour goes from 1 to 12, like 7pm.")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise TimeInputError("That isn't a time of day. Please send something like 07:30.")
    return f"{hour:02d}:{minute:02d}"


_BARE_HOUR = re.compile(r"^\s*(\d{1,2})\s*$")
SMALL_HOURS = 6  # a bare hour up to this, with no am or pm, may mean the night or the afternoon


def split_time(text: str) -> tuple[str, str] | None:
    """A time said first or last beside something else ("7pm Tokyo", "Lagos 19:30"): (the time
    as HH:MM, the rest); None when no such split reads."""
    words = text.split()
    for size in (2, 1):  # "7 pm" before "7"
        if len(words) <= size:
            continue
        for said, rest in ((words[:size], words[size:]), (words[-size:], words[:-size])):
            try:
                return parse_hhmm(" ".join(said)), " ".join(rest)
            except TimeInputError:
                continue
    return None


def night_or_day(text: str) -> tuple[str, str] | None:
    """'3' -> ('03:00', '15:00'), '0' -> ('00:00', '12:00'): a bare hour that may mean either.

    None for anything else, which parse_hhmm reads: '7' is 07:00, '3am' and '15' say which.
    """
    match = _BARE_HOUR.match(text or "")
    if match is None or int(match.group(1)) > SMALL_HOURS:
        return None
    hour = int(match.group(1))
    return f"{hour:02d}:00", f"{hour + 12:02d}:00"


@functools.lru_cache(maxsize=1024)
def parse_zone(name: str) -> tzinfo:
    """An IANA zone name or 'UTC+05:30' -> tzinfo; raises TimeInputError.

    Cached: the push reads every subscriber's zone to set their next lesson, and a few hundred
    names serve everyone (a name that raises is not cached)."""
    name = (name or "").strip()
    match = _OFFSET_RE.match(name.replace(" ", ""))
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if minutes >= 60:
            raise TimeInputError(OFFSETS_IN_USE)
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(offset_in_use(-delta if sign == "-" else delta))
    if name.upper() in {"UTC", "GMT", "Z"}:
        return UTC
    canonical = canonical_zone(name)
    if canonical is None:
        raise TimeInputError(
            "I don't know that time zone. Try a name like Europe/London or America/New_York, "
            "or tell me what time it is for you now, like 14:05."
        )
    return ZoneInfo(canonical)


# Real offsets in use run from UTC-12:00 (Baker Island) to UTC+14:00 (Line Islands).
_WEST_MOST = timedelta(hours=-12)
_EAST_MOST = timedelta(hours=14)
OFFSETS_IN_USE = "UTC offsets go from UTC-12:00 to UTC+14:00."


def offset_in_use(offset: timedelta) -> timedelta:
    """`offset` if some place on Earth keeps it; raises TimeInputError otherwise."""
    if not _WEST_MOST <= offset <= _EAST_MOST:
        raise TimeInputError(OFFSETS_IN_USE)
    return offset


# Names the zone database holds that are no place: the host's own setting ('localtime'),
# a placeholder that reads '-00' ('Factory'), files of the database's build, and the POSIX-style
# Etc/GMT+5 whose sign is the reverse of what it reads (it is UTC-05:00).
_NOT_PLACES = frozenset({"localtime", "factory", "posixrules", "leapseconds", "tzdata.zi"})
_NOT_PLACE_FOLDERS = ("posix/", "right/", "systemv/")
_POSIX_OFFSET_RE = re.compile(r"^etc/gmt[+-]\d+$")


def _is_place(zone: str) -> bool:
    key = zone.lower()
    if key in _NOT_PLACES or key.startswith(_NOT_PLACE_FOLDERS) or key.endswith(".tab"):
        return False
    return not (_POSIX_OFFSET_RE.match(key) and key[-2:] not in {"+0", "-0"})


@functools.cache
def _zones_by_lower() -> dict[str, str]:
    return {zone.lower(): zone for zone in available_timezones() if _is_place(zone)}


def canonical_zone(name: str) -> str | None:
    """The IANA spelling of `name` (case and spaces forgiven), or None."""
    key = name.strip().replace(" ", "_").lower()
    zone = _zones_by_lower().get(key)
    if zone is None:
        return None
    try:
        ZoneInfo(zone)
    except ZoneInfoNotFoundError:
        return None
    return zone


def zone_name(tz: tzinfo) -> str:
    """How a zone is stored: its IANA key, or 'UTC+05:30' for a fixed offset."""
    key = getattr(tz, "key", None)
    if key:
        return key
    offset = tz.utcoffset(None) or timedelta(0)
    if offset == timedelta(0):
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def offset_from_local_time(local_hhmm: str, now: datetime) -> str:
    """Infer a fixed UTC offset from the time someone says it is for them now.

    Offsets are rounded to the nearest 15 minutes, since real zones use whole quarters of an hour.
    """
    hour, minute = map(int, parse_hhmm(local_hhmm).split(":"))
    utc_now = now.astimezone(UTC)
    diff = (hour * 60 + minute) - (utc_now.hour * 60 + utc_now.minute)
    quarters = round(diff / 15) * 15
    # A time of day fits two offsets 24 hours apart (UTC+13 and UTC-11 read the same clock).
    # Keep the one people live in: -10:00 (Hawaii) up to +13:45 (New Zealand's summer, Tonga,
    # Samoa, Chatham), since west of Hawaii only a few islands keep UTC-11 or -12.
    quarters = (quarters + 10 * 60) % (24 * 60) - 10 * 60
    # Snapped to an offset some place keeps: a clock a quarter of an hour off from ours read
    # UTC+01:15, which no place keeps. A tie goes to the whole hour, which far more places keep.
    kept = offsets_kept(utc_now.year)
    nearest = min(kept, key=lambda minutes: (abs(minutes - quarters), minutes % 60 != 0))
    return zone_name(timezone(timedelta(minutes=nearest)))


@functools.cache
def offsets_kept(year: int) -> tuple[int, ...]:
    """The UTC offsets, in minutes, that some place keeps in January or July of `year`, from
    UTC-10:00 to UTC+13:45 (the window `offset_from_local_time` reads a clock in)."""
    kept: set[int] = set()
    for zone in _zones_by_lower().values():
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        for month in (1, 7):
            offset = datetime(year, month, 15, 12, tzinfo=tz).utcoffset()
            if offset is not None:
                kept.add(int(offset.total_seconds()) // 60)
    return tuple(sorted(m for m in kept if -10 * 60 <= m < 14 * 60 and m % 15 == 0))


def due_at(push_time: str | None, zone: str | None, now: datetime) -> int | None:
    """A subscriber's next push instant as Unix seconds, strictly after `now`.

    None when there is no time or zone yet, or when the stored ones cannot be read (a zone
    dropped from tzdata, say): such a subscriber gets no pushes until /time sets them again.
    The handlers and the daily push both ask this one function.
    """
    if not (push_time and zone):
        return None
    try:
        return int(next_due(push_time, zone, now).timestamp())
    except (TimeInputError, ValueError):
        logger.warning("Unreadable schedule for a subscriber; pushes stop until /time")
        return None


def next_due(push_time: str, zone: str, after: datetime) -> datetime:
    """The first instant strictly after `after` when it is `push_time` in `zone` (UTC result).

    Uses wall-clock arithmetic in the zone so a lesson stays at 08:00 local across daylight
    saving changes; a time that does not exist on a spring-forward day falls just after the gap.
    """
    tz = parse_zone(zone)
    hour, minute = map(int, push_time.split(":"))
    local_now = after.astimezone(tz)
    candidate_day = local_now.date()
    for _ in range(3):
        local = datetime.combine(candidate_day, time(hour, minute), tzinfo=tz)
        # Round-trip through UTC to normalise times inside a DST gap.
        instant = local.astimezone(UTC)
        if instant > after.astimezone(UTC):
            return instant
        candidate_day += timedelta(days=1)
    raise AssertionError("unreachable: a local time recurs every day")  # pragma: no cover
