"""The shipped course: it loads, fits the limits, cites its sources and teaches the key facts."""

from __future__ import annotations

import re

import pytest

import views
from content.loader import MESSAGE_LIMIT, PART_LIMIT, load_course
from content.markup import plain_text, telegram_length
from content.models import TOPIC_COMMANDS, Course
from settings.config import DEFAULT_CONTENT_DIR


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course(DEFAULT_CONTENT_DIR)


def test_course_size_and_order(course: Course) -> None:
    assert 8 <= len(course.lessons) <= 12
    assert [lesson.number for lesson in course.lessons] == list(range(1, len(course.lessons) + 1))
    assert set(course.pages) == set(TOPIC_COMMANDS)


def test_every_part_is_bite_sized(course: Course) -> None:
    too_long = {
        f"{lesson.id} part {i + 1}": telegram_length(text)
        for lesson in course.lessons
        for i, text in enumerate(lesson.messages)
        if telegram_length(text) > PART_LIMIT
    }
    assert too_long == {}


def test_every_page_fits_one_message(course: Course) -> None:
    for page in course.pages.values():
        assert 0 < telegram_length(page.html) <= MESSAGE_LIMIT, page.command


def test_every_lesson_cites_sources_that_resolve(course: Course) -> None:
    for lesson in course.lessons:
        assert lesson.sources, lesson.id
        numbers = {int(n) for text in lesson.messages for n in re.findall(r"\[(\d+)\]", text)}
        assert numbers, f"{lesson.id} has no citation markers"
        assert numbers <= set(range(1, len(lesson.sources) + 1)), lesson.id
        assert "Sources:" in lesson.messages[-1]
    for source in course.sources.values():
        assert source.title and source.year and source.url.startswith("https://")


def test_every_lesson_ends_with_a_valid_check_in(course: Course) -> None:
    for lesson in course.lessons:
        quiz = lesson.quiz
        assert quiz is not None, lesson.id
        assert 2 <= len(quiz.options) <= 4
        assert quiz.option(quiz.answer) is not None
        assert plain_text(quiz.explanation).strip()
        _text, keyboard = views.quiz_view(lesson)
        assert len(keyboard.inline_keyboard) == len(quiz.options)


def _all_text(course: Course) -> str:
    parts = [m for lesson in course.lessons for m in lesson.messages]
    parts += [page.html for page in course.pages.values()]
    return plain_text("\n".join(parts))


@pytest.mark.parametrize(
    "fact",
    [
        r"72 hours",  # Berman 2000
        r"2 hours",  # Zarate 2006 onset; also the REMS monitoring time
        r"one week",
        r"March 2019",  # esketamine approval
        r"Spravato",
        r"REMS|restricted program",
        r"next day",  # no driving
        r"blood pressure",
        r"cystitis",
        r"Schedule III|controlled",
        r"BDNF",
        r"mTOR",
        r"AMPA",
        r"NMDA",
        r"glutamate",
        r"treatment-resistant",
    ],
)
def test_key_facts_are_taught(course: Course, fact: str) -> None:
    assert re.search(fact, _all_text(course), re.I), fact


def test_cautions_page_is_the_most_careful(course: Course) -> None:
    text = plain_text(course.pages["cautions"].html)
    for needle in ("blood pressure", "next day", "2 hours", "/sos"):
        assert needle.lower() in text.lower(), needle
    assert re.search(r"doctor|professional|clinician", text, re.I)


CRISIS_LINES = ("988", "116 123", "911", "112", "findahelpline.com")


@pytest.mark.parametrize("reply", ["html", "someone_else_html"])
def test_crisis_resources_are_real(course: Course, reply: str) -> None:
    html = getattr(course.crisis, reply)
    text = plain_text(html)
    for needle in CRISIS_LINES:
        assert needle in text or needle in html, needle
    assert plain_text(course.crisis.grounding_html).strip()


def test_the_reply_for_someone_worried_about_another_person_says_what_helps(
    course: Course,
) -> None:
    text = plain_text(course.crisis.someone_else_html).lower()
    for needle in (
        "immediate danger",
        "stay with them",
        "ask them directly",
        "does not put the idea in their head",
        "without judging",
        "professional",
        "look after yourself",
    ):
        assert needle in text, needle
    assert text.index("emergency") < text.index("988"), "danger comes before the list"
    assert len(text) < 1500, "a helper should take it in at a glance"


CARE = re.compile(r"doctor|psychiatrist|health professional", re.I)


def test_every_page_and_lesson_points_to_professional_care(course: Course) -> None:
    for page in course.pages.values():
        assert CARE.search(plain_text(page.html)), page.command
    for lesson in course.lessons:
        feedback = views.quiz_feedback(
            lesson, lesson.quiz.answer, first_answer_correct=None, disclaimer=course.disclaimer
        )
        assert CARE.search(plain_text(feedback)), lesson.id
