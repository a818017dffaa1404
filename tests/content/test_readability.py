"""Content-quality checks for the course text, through `content.lint`.

`python -m bot check-content` runs the same rules, so an author sees the same problems before a
commit: reading grade 9 or lower per part and per page, no hype, no dosing language, citations
numbered in order, and the teaching structure (feedback, recaps, takeaways, checkpoints).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from content import lint
from content.loader import load_course
from content.models import Course

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content" / "ketamine"


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course(CONTENT_DIR)


def test_course_has_lessons_and_pages(course: Course) -> None:
    assert course.lessons
    assert all(lint.lesson_body(lesson) for lesson in course.lessons)
    assert all(lint.page_body(page) for page in course.pages.values())


def test_the_course_passes_every_writing_rule(course: Course) -> None:
    assert lint.lint(course) == []


def test_each_lesson_reads_at_grade_nine_or_lower(course: Course) -> None:
    grades = {lesson.id: lint.fk_grade(lint.lesson_body(lesson)) for lesson in course.lessons}
    assert max(grades.values()) <= lint.MAX_GRADE, grades


@pytest.mark.parametrize(
    "sample",
    [
        "a miracle cure",
        "Magical thinking",
        "no silver bullet",
        "50 mg",
        "0.5 mg per kg",
        "a dose of 40",
        "two milligrams",
    ],
)
def test_filters_catch_known_bad_phrases(sample: str) -> None:
    assert lint.HYPE_RE.search(sample) or any(regex.search(sample) for regex in lint.DOSING_RES)


@pytest.mark.parametrize("sample", ["its darker side", "a street drug", "overgrown roads"])
def test_tone_filter_catches_sensational_wording(sample: str) -> None:
    assert lint.TONE_RE.search(sample)


@pytest.mark.parametrize("sample", ["the messenger you met yesterday", "Tomorrow you'll see"])
def test_timing_filter_catches_day_references(sample: str) -> None:
    assert lint.TIMING_RE.search(sample)
