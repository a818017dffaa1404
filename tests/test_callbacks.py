"""Callback data: what buttons carry survives the round trip, fits 64 bytes, and forgeries fail."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from telegram import InlineKeyboardMarkup

from bot import callbacks, views
from bot.callbacks import MAX_BYTES, SCHEMA, Callback, CallbackDataError, build, parse
from bot.timeplan import parse_hhmm, parse_zone
from content.loader import load_course
from content.models import Course

REAL_COURSE = Path(__file__).resolve().parent.parent / "content" / "ketamine"

# Realistic fields for every prefix; a prefix added to SCHEMA without a sample fails below.
SAMPLES: dict[str, tuple[str | int, ...]] = {
    "menu": (),
    "page": ("mechanism",),
    "course": ("start",),
    "next": (),
    "progress": (),
    "part": ("nmda", 2),
    "quiz": ("nmda", "b"),
    "recap": ("a-lesson-id-of-24-chars", "abcdefgh"),
    "cp": ("review1", "q1"),
    "cpa": ("review12", "question", "optionid"),
    "stop": ("yes",),
    "time": ("0730",),
    "tz": ("America/Argentina/ComodRivadavia",),
    "again": ("no",),
    "sos": ("grounding",),
    "forget": ("yes",),
    "bcast": ("send", "17"),
}


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course(REAL_COURSE)


def test_every_prefix_has_a_sample() -> None:
    assert set(SAMPLES) == set(SCHEMA)


@pytest.mark.parametrize("prefix", SCHEMA)
def test_build_and_parse_round_trip(prefix: str) -> None:
    fields = SAMPLES[prefix]
    data = build(prefix, *fields)
    assert len(data.encode("utf-8")) <= MAX_BYTES
    assert parse(data) == Callback(prefix, tuple(str(f) for f in fields))
    assert re.match(callbacks.pattern(prefix), data)
    others = [p for p in SCHEMA if p != prefix]
    assert not any(re.match(callbacks.pattern(p), data) for p in others)


@pytest.mark.parametrize(
    "field", ["A" * 62, "é" * 31], ids=["ascii", "two-byte-characters"]
)  # 65 bytes with "tz:" in front, though the second is only 34 characters
def test_build_refuses_data_over_64_bytes(field: str) -> None:
    with pytest.raises(ValueError, match="64-byte"):
        build("tz", field)


def test_build_accepts_exactly_64_bytes() -> None:
    assert len(build("tz", "A" * 61).encode("utf-8")) == MAX_BYTES


@pytest.mark.parametrize(
    ("prefix", "fields"),
    [
        ("hack", ("x",)),
        ("quiz", ("nmda",)),
        ("menu", ("extra",)),
        ("page", ("",)),
        ("tz", ("a:b",)),
    ],
    ids=["unknown-prefix", "too-few-fields", "too-many-fields", "empty-field", "separator"],
)
def test_build_refuses_what_parse_could_not_read_back(prefix: str, fields: tuple[str]) -> None:
    with pytest.raises(ValueError):
        build(prefix, *fields)


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
                assert parse(data).prefix in SCHEMA


def test_every_real_button_carries_ids_that_exist(course: Course) -> None:
    """Buttons name lessons, options, pages and zones by id, so they still mean the same later."""
    for keyboard in all_keyboards(course).values():
        for row in keyboard.inline_keyboard:
            for button in row:
                callback = parse(button.callback_data)
                if callback.prefix == "quiz":
                    lesson = course.lesson(callback.field(0))
                    assert lesson is not None and lesson.quiz is not None
                    assert lesson.quiz.option(callback.field(1)) is not None
                elif callback.prefix == "part":
                    lesson = course.lesson(callback.field(0))
                    assert lesson is not None
                    assert 2 <= int(callback.field(1)) <= len(lesson.messages)
                elif callback.prefix == "page":
                    assert callback.field(0) in course.pages
                elif callback.prefix == "tz" and callback.field(0) != "other":
                    parse_zone(callback.field(0))
                elif callback.prefix == "time" and callback.field(0) not in {"other", "keep"}:
                    parse_hhmm(callback.field(0))
