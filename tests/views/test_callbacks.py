"""Callback data: what buttons carry survives the round trip, fits 64 bytes, and forgeries fail."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from telegram import InlineKeyboardMarkup

import views
from content.loader import load_course
from content.models import Course
from journey.timeplan import parse_hhmm, parse_zone
from views.callbacks import (
    MAX_BYTES,
    AgainData,
    AskData,
    BroadcastData,
    CallbackData,
    CallbackDataError,
    CourseData,
    ForgetData,
    LibraryData,
    MenuData,
    NextData,
    PageData,
    PartData,
    PlaceData,
    PlanData,
    ProgressData,
    QuizData,
    ReadData,
    RecapData,
    ResumeData,
    ReviewAnswerData,
    ReviewData,
    SosData,
    StopData,
    TimeData,
    ZoneData,
    parse,
)

REAL_COURSE = Path(__file__).resolve().parents[2] / "content" / "ketamine"

# A realistic object of every kind; a kind added without a sample fails below.
SAMPLES: dict[str, CallbackData] = {
    "menu": MenuData(),
    "page": PageData("mechanism"),
    "course": CourseData("start"),
    "next": NextData(),
    "progress": ProgressData(),
    "part": PartData("nmda", 2),
    "resume": ResumeData("nmda", 3),
    "quiz": QuizData("nmda", "b"),
    "read": ReadData("nmda", 1),
    "library": LibraryData(),
    "stop": StopData("yes"),
    "time": TimeData("0730"),
    "tz": ZoneData("America/Argentina/ComodRivadavia"),
    "place": PlaceData("America/Argentina/ComodRivadavia", "AR"),
    "again": AgainData("no"),
    "sos": SosData("grounding"),
    "plan": PlanData("skip"),
    "forget": ForgetData("yes"),
    "bcast": BroadcastData("send", "17"),
    "ask": AskData("lesson", "nmda"),
    "recap": RecapData("a-lesson-id-of-24-chars", "abcdefgh"),
    "cp": ReviewData("review1", "q1"),
    "cpa": ReviewAnswerData("review12", "question", "optionid"),
}
KINDS = {cls.prefix: cls for cls in CallbackData.__subclasses__()}


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course(REAL_COURSE)


def test_every_prefix_has_a_sample() -> None:
    assert set(SAMPLES) == set(KINDS)
    assert all(sample.prefix == prefix for prefix, sample in SAMPLES.items())


@pytest.mark.parametrize("prefix", KINDS)
def test_build_and_parse_round_trip(prefix: str) -> None:
    sample = SAMPLES[prefix]
    data = sample.pack()
    assert len(data.encode("utf-8")) <= MAX_BYTES
    assert parse(data) == sample
    assert KINDS[prefix].unpack(data) == sample
    assert re.match(KINDS[prefix].pattern, data)
    others = [cls for p, cls in KINDS.items() if p != prefix]
    assert not any(re.match(cls.pattern, data) for cls in others)


def test_unpack_refuses_another_kind() -> None:
    with pytest.raises(CallbackDataError):
        QuizData.unpack(MenuData().pack())


@pytest.mark.parametrize(
    "field", ["A" * 62, "é" * 31], ids=["ascii", "two-byte-characters"]
)  # 65 bytes with "tz:" in front, though the second is only 34 characters
def test_build_refuses_data_over_64_bytes(field: str) -> None:
    with pytest.raises(ValueError, match="64-byte"):
        ZoneData(field).pack()


def test_build_accepts_exactly_64_bytes() -> None:
    assert len(ZoneData("A" * 61).pack().encode("utf-8")) == MAX_BYTES


@pytest.mark.parametrize(
    "make",
    [
        lambda: type("Hack", (CallbackData,), {}, prefix="menu"),  # a prefix taken twice
        lambda: QuizData("nmda"),  # type: ignore[call-arg]
        lambda: MenuData("extra"),  # type: ignore[call-arg]
        lambda: PageData("").pack(),
        lambda: ZoneData("a:b").pack(),
    ],
    ids=["duplicate-prefix", "too-few-fields", "too-many-fields", "empty-field", "separator"],
)
def test_build_refuses_what_parse_could_not_read_back(make: Callable[[], object]) -> None:
    with pytest.raises((ValueError, TypeError)):
        make()


@pytest.mark.parametrize(
    "data",
    [
        "hack:1",
        "admin:delete:all",
        "quiz:nmda",
        "quiz:nmda:a:extra",
        "menu:1",
        "quiz::a",
        "page:",
        ":menu",
        "",
        "tz:" + "A" * 62,
        None,
        42,
        b"menu",
        ["menu"],
    ],
)
def test_parse_rejects_forged_or_malformed_data(data: object) -> None:
    with pytest.raises(CallbackDataError):
        parse(data)


def all_keyboards(course: Course) -> dict[str, InlineKeyboardMarkup]:
    keyboards = {
        "welcome": views.welcome_keyboard(),
        "menu": views.menu_keyboard(course),
        "back": views.back_keyboard(),
        "after-lesson": views.after_lesson_keyboard(),
        "time": views.time_keyboard(include_keep=True),
        "zone": views.zone_keyboard(),
        "finished": views.finished_keyboard(),
        "crisis": views.crisis_keyboard(),
    }
    for lesson in course.lessons:
        for index in range(len(lesson.messages)):
            keyboard = views.lesson_part(lesson, index)[1]
            if keyboard is not None:
                keyboards[f"{lesson.id}-part-{index + 1}"] = keyboard
        if lesson.quiz is not None:
            keyboards[f"{lesson.id}-quiz"] = views.quiz_view(lesson)[1]
    for before, lesson in zip(course.lessons, course.lessons[1:], strict=False):
        for part in range(1, len(before.messages)):  # the push after a lesson left partway
            keyboards[f"{lesson.id}-push-after-{part}"] = views.push_view(lesson, (before, part))[1]
    return keyboards


def test_every_real_button_fits_and_parses(course: Course) -> None:
    keyboards = all_keyboards(course)
    assert any(name.endswith("-quiz") for name in keyboards)
    for name, keyboard in keyboards.items():
        for row in keyboard.inline_keyboard:
            for button in row:
                data = button.callback_data
                assert isinstance(data, str), name
                assert len(data.encode("utf-8")) <= MAX_BYTES, (name, data)
                assert parse(data).prefix in KINDS


def test_every_real_button_carries_ids_that_exist(course: Course) -> None:
    """Buttons name lessons, options, pages and zones by id, so they still mean the same later."""
    for keyboard in all_keyboards(course).values():
        for row in keyboard.inline_keyboard:
            for button in row:
                callback = parse(button.callback_data)
                if isinstance(callback, QuizData):
                    lesson = course.lesson(callback.lesson_id)
                    assert lesson is not None and lesson.quiz is not None
                    assert lesson.quiz.option(callback.option_id) is not None
                elif isinstance(callback, PartData | ResumeData):
                    lesson = course.lesson(callback.lesson_id)
                    assert lesson is not None
                    assert 2 <= callback.part <= len(lesson.messages)
                elif isinstance(callback, PageData):
                    assert callback.command in course.pages
                elif isinstance(callback, ZoneData) and callback.zone != "other":
                    parse_zone(callback.zone)
                elif isinstance(callback, PlaceData):
                    parse_zone(callback.zone)
                elif isinstance(callback, TimeData) and callback.value not in {"other", "keep"}:
                    parse_hhmm(callback.value)
