"""Someone under 18 asking, or asked about: the prescriber line, and that the approved
treatment is for adults only, with its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask import CourseIndex, compose, read_question
from ask.reply import PRESCRIBER_LINE
from content.loader import load_course
from content.markup import plain_text
from tests.coursefiles import edit_yaml, load_errors

ADULTS_ONLY = "approved for adults only"


@pytest.mark.parametrize(
    "question",
    [
        "I'm 16, can I get Spravato?",
        "im 17 and depressed, would ketamine help me",
        "my son is 15, would ketamine help him?",
        "my daughter's 14, can she have the nasal spray",
        "my 13-year-old has treatment-resistant depression, is esketamine an option",
        "I am only 15, is spravato safe for me",
        "can a teen take spravato",
        "is spravato ok for teenagers",
        "I'm a minor, can I get esketamine",
        "should my child try ketamine for depression",
        "can my kid have ketamine infusions",
        "mi hijo es menor de edad, ¿puede usar Spravato?",
    ],
)
def test_a_personal_question_about_someone_under_18_says_it_is_for_adults_only(
    index: CourseIndex, question: str
) -> None:
    reply = compose(index, question)
    text = plain_text(reply.html)
    assert PRESCRIBER_LINE in text, question
    assert ADULTS_ONLY in text and "under 18" in text, question
    assert "Spravato label" in text, question  # its source, by name
    # The sentence comes just before the prescriber line, whether the course answered or not.
    assert text.index(ADULTS_ONLY) < text.index(PRESCRIBER_LINE), question


@pytest.mark.parametrize(
    "question",
    [
        "what are the minor side effects of spravato",  # "minor", not a minor
        "I've been depressed for 15 years, should I try spravato",  # a duration, not an age
        "im 16 weeks pregnant can i have spravato",
        "I'm 45, can I get Spravato?",
        "I have two kids, is esketamine safe for me",
        "can I take ketamine at 9 am",
    ],
)
def test_an_adult_or_a_number_that_is_no_age_gets_no_such_sentence(
    index: CourseIndex, question: str
) -> None:
    assert not read_question(question).minor, question
    assert ADULTS_ONLY not in plain_text(compose(index, question).html), question


def test_a_general_question_about_children_is_answered_by_the_course_itself(
    index: CourseIndex,
) -> None:
    """Not personal: the course's own passage says it, without the care lines."""
    reply = compose(index, "can kids have ketamine infusions")
    text = plain_text(reply.html)
    assert reply.answered and "not approved for anyone under 18" in text
    assert PRESCRIBER_LINE not in text


def test_a_course_without_the_sentence_still_gives_the_prescriber_line(course_dir: Path) -> None:
    edit_yaml(course_dir / "course.yaml", lambda course: course.pop("minors"))
    index = CourseIndex.build(load_course(course_dir))
    text = plain_text(compose(index, "I'm 16, can I get Spravato?").html)
    assert PRESCRIBER_LINE in text and ADULTS_ONLY not in text


def test_the_sentence_must_cite_a_source_from_the_bibliography(course_dir: Path) -> None:
    edit_yaml(course_dir / "course.yaml", lambda course: course["minors"].update(sources=["nope"]))
    errors = load_errors(course_dir)
    assert any(e.startswith("course.yaml: minors.sources[0]") and "nope" in e for e in errors)
    edit_yaml(course_dir / "course.yaml", lambda course: course["minors"].pop("sources"))
    assert any(
        "course.yaml: minors.sources" in e and "missing" in e for e in load_errors(course_dir)
    )
