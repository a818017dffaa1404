"""Rules for what authors write on buttons: answer options and the menu's page buttons.

A button shows plain text on one line, and a phone shows about 40 columns of it before cutting
it off with "…"; an emoji or a CJK character takes two columns. So a label is short, has no
markup (a button would show `<b>` or `&amp;` as typed) and no line break, and the options of one
question differ (two alike cannot be told apart). Telegram publishes no limit of its own for a
button's text; these are what fits on the screen. Used by content/lint.py, so `check-content`
and the tests run them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from content.models import Course, Quiz

MAX_COLUMNS = 40  # what a phone shows of a one-button row before "…"
QUESTION_OPTIONS = (3, 4)  # a check-in, recap or review question: 3 or 4 plausible answers
MARKUP_RE = re.compile(r"<[^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.IGNORECASE)
_ZERO_WIDTH = {"\u200d", "\ufe0e", "\ufe0f"}  # joiner and variation selectors


def columns(label: str) -> int:
    """How wide a label is on screen: wide characters (emoji, CJK) two, marks none."""
    width = 0
    for char in label:
        if char in _ZERO_WIDTH or unicodedata.combining(char):
            continue
        is_wide = unicodedata.east_asian_width(char) in ("W", "F")
        width += 2 if is_wide or ord(char) >= 0x1F000 else 1
    return width


def label_problems(label: str) -> Iterator[str]:
    """What is wrong with one button label, if anything."""
    if "\n" in label or "\r" in label:
        yield "has a line break; a button shows one line"
    if MARKUP_RE.search(label):
        yield "has HTML; a button shows it as typed, so write plain text (& not &amp;)"
    width = columns(label)
    if width > MAX_COLUMNS:
        yield (
            f"is {width} columns wide (an emoji counts two); a phone cuts a button off after "
            f"about {MAX_COLUMNS}, so shorten it"
        )


def _question_rules(quiz: Quiz, kind: str, field: str) -> Iterator[tuple[str, str]]:
    low, high = QUESTION_OPTIONS
    if not low <= len(quiz.options) <= high:
        yield (
            f"{field}.options",
            f"has {len(quiz.options)} options; a {kind} has {low} or {high} plausible ones",
        )
    seen: set[str] = set()
    for i, option in enumerate(quiz.options):
        for problem in label_problems(option.text):
            yield f"{field}.options[{i}].text", problem
        same = " ".join(option.text.casefold().split())
        if same in seen:
            yield f"{field}.options[{i}].text", "is the same as another option's; make each differ"
        seen.add(same)


def button_rules(course: Course) -> Iterator[tuple[Path, str, str]]:
    """Every problem with a course's button labels, as (file, field, problem)."""
    for lesson in course.lessons:
        # The check-in's own count is a teaching rule in content/lint.py, said there already.
        if lesson.quiz is not None:
            for field, problem in _question_rules(lesson.quiz, "check-in", "quiz"):
                if field != "quiz.options":
                    yield lesson.path, field, problem
        if lesson.recap is not None:
            for field, problem in _question_rules(lesson.recap.quiz, "recap", "recap"):
                yield lesson.path, field, problem
    for checkpoint in course.checkpoints:
        for i, question in enumerate(checkpoint.questions):
            where = f"{checkpoint.id}.questions[{i}]"
            for field, problem in _question_rules(question.quiz, "review question", where):
                yield checkpoint.path, field, problem
    for page in course.pages.values():
        for problem in label_problems(page.button):
            yield course.directory / "pages.yaml", f"{page.command}.button", problem
