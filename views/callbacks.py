"""Callback data: one frozen dataclass per prefix, packed and parsed in this one module.

Each kind of button press is a class, as aiogram's CallbackData does it: ``PartData("a1", 2)``
packs to ``"part:a1:2"``, ``PartData.unpack("part:a1:2")`` gives the object back with its fields
typed, and ``PartData.pattern`` is the regex a CallbackQueryHandler routes on. Telegram limits
callback_data to 64 bytes; ``pack`` checks it here, once for every button.

Fields are ids (lesson ids, option ids, zone names), never list positions, so a button keeps its
meaning after the content changes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from typing import Any, ClassVar, Self

MAX_BYTES = 64
SEPARATOR = ":"


class CallbackDataError(ValueError):
    """Callback data that this bot did not make (forged, stale or malformed)."""


class CallbackData:
    """Base of every callback data class; subclasses are frozen dataclasses with a prefix."""

    prefix: ClassVar[str]
    pattern: ClassVar[re.Pattern[str]]
    # Every kind by its prefix, filled as each class is defined: parsing a tap looks it up
    # rather than walking the subclasses each time.
    _by_prefix: ClassVar[dict[str, type[CallbackData]]] = {}

    def __init_subclass__(cls, *, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if prefix in CallbackData._by_prefix or not prefix or SEPARATOR in prefix:
            raise TypeError(f"callback prefix {prefix!r} is taken or malformed")
        cls.prefix = prefix
        cls.pattern = re.compile(rf"^{re.escape(prefix)}(:|$)")
        CallbackData._by_prefix[prefix] = cls

    def pack(self) -> str:
        """The callback_data string; raises ValueError if it would not fit in 64 bytes."""
        parts = [str(getattr(self, f.name)) for f in dataclasses.fields(self)]  # type: ignore[arg-type]
        if any(SEPARATOR in part or not part for part in parts):
            raise ValueError(f"callback fields must be non-empty, free of {SEPARATOR!r}: {parts}")
        data = SEPARATOR.join([self.prefix, *parts])
        if len(data.encode("utf-8")) > MAX_BYTES:
            raise ValueError(f"callback data {data!r} is over Telegram's {MAX_BYTES}-byte limit")
        return data

    @classmethod
    def unpack(cls, data: object) -> Self:
        """Parse data made by `pack`; raise CallbackDataError for anything else."""
        parsed = parse(data)
        if not isinstance(parsed, cls):
            raise CallbackDataError(f"not {cls.prefix!r} callback data")
        return parsed


def prefixes() -> tuple[str, ...]:
    """Every prefix a button of this bot may carry."""
    return tuple(CallbackData._by_prefix)


@functools.cache
def _layout(cls: type[CallbackData]) -> tuple[tuple[str, bool], ...]:
    """Each field's name and whether it is an int, resolved once per class (not per tap)."""
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    return tuple((field.name, hints[field.name] is int) for field in fields)


def parse(data: object) -> CallbackData:
    """Parse any callback data this bot makes into its object; CallbackDataError otherwise."""
    if not isinstance(data, str) or not data or len(data.encode("utf-8")) > MAX_BYTES:
        raise CallbackDataError("not callback data from this bot")
    prefix, *values = data.split(SEPARATOR)
    cls = CallbackData._by_prefix.get(prefix)
    if cls is None:
        raise CallbackDataError(f"unknown callback data {data[:20]!r}")
    layout = _layout(cls)
    if len(values) != len(layout) or not all(values):
        raise CallbackDataError(f"malformed callback data {data[:20]!r}")
    typed: list[object] = []
    for (_, is_int), value in zip(layout, values, strict=True):
        if is_int:
            if not value.isdecimal():
                raise CallbackDataError(f"malformed callback data {data[:20]!r}")
            typed.append(int(value))
        else:
            typed.append(value)
    return cls(*typed)


@dataclasses.dataclass(frozen=True)
class MenuData(CallbackData, prefix="menu"):
    """Open the menu (edits the message in place)."""


@dataclasses.dataclass(frozen=True)
class PageData(CallbackData, prefix="page"):
    """A topic page from the menu."""

    command: str


@dataclasses.dataclass(frozen=True)
class CourseData(CallbackData, prefix="course"):
    """start (welcome) | next (carry on where you are) | skip (the next lesson, explicitly)."""

    action: str


@dataclasses.dataclass(frozen=True)
class NextData(CallbackData, prefix="next"):
    """The next lesson, after one is finished."""


@dataclasses.dataclass(frozen=True)
class ProgressData(CallbackData, prefix="progress"):
    """Show progress (edits the menu in place)."""


@dataclasses.dataclass(frozen=True)
class PartData(CallbackData, prefix="part"):
    """A lesson's part, counted from 1; one past the last is its check-in."""

    lesson_id: str
    part: int


@dataclasses.dataclass(frozen=True)
class ResumeData(CallbackData, prefix="resume"):
    """Under a daily push: the next unread part (from 1) of a lesson left partway."""

    lesson_id: str
    part: int


@dataclasses.dataclass(frozen=True)
class QuizData(CallbackData, prefix="quiz"):
    """An answer to a lesson's check-in."""

    lesson_id: str
    option_id: str


@dataclasses.dataclass(frozen=True)
class ReadData(CallbackData, prefix="read"):
    """Re-read a lesson's part (from 1) from the library; progress never changes."""

    lesson_id: str
    part: int


@dataclasses.dataclass(frozen=True)
class LibraryData(CallbackData, prefix="library"):
    """The list of lessons had so far."""


@dataclasses.dataclass(frozen=True)
class StopData(CallbackData, prefix="stop"):
    """yes | no: unsubscribe."""

    choice: str


@dataclasses.dataclass(frozen=True)
class TimeData(CallbackData, prefix="time"):
    """HHMM | other | keep."""

    value: str


@dataclasses.dataclass(frozen=True)
class ZoneData(CallbackData, prefix="tz"):
    """An IANA zone name, or other."""

    zone: str


@dataclasses.dataclass(frozen=True)
class PlaceData(CallbackData, prefix="place"):
    """A zone confirmed for a place the person typed, with that place's ISO country code."""

    zone: str
    country: str


@dataclasses.dataclass(frozen=True)
class AgainData(CallbackData, prefix="again"):
    """ask | yes | no: start the course over (ask first)."""

    choice: str


@dataclasses.dataclass(frozen=True)
class SosData(CallbackData, prefix="sos"):
    """grounding | plan | unsafe | struggling | ok: the buttons under the crisis replies."""

    what: str


@dataclasses.dataclass(frozen=True)
class ForgetData(CallbackData, prefix="forget"):
    """yes | no: erase everything."""

    choice: str


@dataclasses.dataclass(frozen=True)
class BroadcastData(CallbackData, prefix="bcast"):
    """send | cancel a prepared broadcast."""

    action: str
    key: str


@dataclasses.dataclass(frozen=True)
class AskData(CallbackData, prefix="ask"):
    """Open what answered a question: kind is lesson | page, target its id or command."""

    kind: str
    target: str


@dataclasses.dataclass(frozen=True)
class RecapData(CallbackData, prefix="recap"):
    """An answer to the recap question atop a lesson's first part."""

    lesson_id: str
    option_id: str


@dataclasses.dataclass(frozen=True)
class ReviewData(CallbackData, prefix="cp"):
    """Show a review checkpoint's question."""

    checkpoint_id: str
    question_id: str


@dataclasses.dataclass(frozen=True)
class ReviewAnswerData(CallbackData, prefix="cpa"):
    """An answer to a review checkpoint's question."""

    checkpoint_id: str
    question_id: str
    option_id: str


@dataclasses.dataclass(frozen=True)
class PlanData(CallbackData, prefix="plan"):
    """skip | stop: the buttons under a step of the safety plan."""

    action: str
