"""Callback data: a short prefix plus fields, built and parsed in this one module.

Telegram limits callback_data to 64 bytes. Fields are ids (lesson ids, option ids, zone names),
never list positions, so a button keeps its meaning after the content changes.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64
SEPARATOR = ":"


class CallbackDataError(ValueError):
    """Callback data that this bot did not make (forged, stale or malformed)."""


@dataclass(frozen=True)
class Callback:
    """A parsed button press: `prefix` says what to do, `fields` carry the ids."""

    prefix: str
    fields: tuple[str, ...] = ()

    def field(self, index: int) -> str:
        return self.fields[index]


# prefix -> number of fields it carries
SCHEMA: dict[str, int] = {
    "menu": 0,  # open the menu (edits the message in place)
    "page": 1,  # page:<command>
    "course": 1,  # course:start (welcome) | course:next (menu)
    "next": 0,  # send the next lesson
    "progress": 0,  # show progress (edits the menu in place)
    "part": 2,  # part:<lesson_id>:<part number from 1>
    "quiz": 2,  # quiz:<lesson_id>:<option_id>
    "recap": 2,  # recap:<lesson_id>:<option_id> (the recap question atop a lesson's first part)
    "cp": 2,  # cp:<checkpoint_id>:<question_id> (show a checkpoint question)
    "cpa": 3,  # cpa:<checkpoint_id>:<question_id>:<option_id> (answer it)
    "stop": 1,  # stop:yes|no
    "time": 1,  # time:<HH:MM>|other|keep
    "tz": 1,  # tz:<IANA zone>|other
    "again": 1,  # again:yes|no (start the course over)
    "sos": 1,  # sos:grounding
    "forget": 1,  # forget:yes|no
    "bcast": 2,  # bcast:send|cancel:<broadcast id>
}


def build(prefix: str, *fields: str | int) -> str:
    """Make callback data; raises ValueError if it would not fit Telegram's 64 bytes."""
    if prefix not in SCHEMA:
        raise ValueError(f"unknown callback prefix {prefix!r}")
    if len(fields) != SCHEMA[prefix]:
        raise ValueError(f"{prefix!r} takes {SCHEMA[prefix]} fields, got {len(fields)}")
    parts = [str(f) for f in fields]
    if any(SEPARATOR in part or not part for part in parts):
        raise ValueError(f"callback fields must be non-empty and free of {SEPARATOR!r}: {parts}")
    data = SEPARATOR.join([prefix, *parts])
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"callback data {data!r} is over Telegram's {MAX_BYTES}-byte limit")
    return data


def parse(data: object) -> Callback:
    """Parse callback data made by `build`; raise CallbackDataError for anything else."""
    if not isinstance(data, str) or not data or len(data.encode("utf-8")) > MAX_BYTES:
        raise CallbackDataError("not callback data from this bot")
    prefix, *fields = data.split(SEPARATOR)
    if prefix not in SCHEMA or len(fields) != SCHEMA[prefix] or not all(fields):
        raise CallbackDataError(f"unknown callback data {data[:20]!r}")
    return Callback(prefix, tuple(fields))


def pattern(prefix: str) -> str:
    """A regex for CallbackQueryHandler that matches this prefix."""
    return rf"^{prefix}(:|$)"
