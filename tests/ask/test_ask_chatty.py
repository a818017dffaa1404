"""Chatty questions in everyday words ("whats the real data", "ordinary antidepressants", "a
drug seeker") find the lesson that answers them, while lookalikes about what the course doesn't
cover are still declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask import CourseIndex, compose

REAL_COURSE = Path(__file__).resolve().parents[2] / "content" / "ketamine"


@pytest.mark.parametrize(
    ("question", "targets"),
    [
        ("how well does it actually work? like whats the real data", {"evidence"}),
        (
            "why do ordinary antidepressants take like 6 weeks to do anything",
            {"depression", "speed"},
        ),
        ("how do i bring up ketamine with my doctor w/o sounding like a drug seeker", {"doctor"}),
        ("why does ketamine have such a bad rep as a party drug", {"cautions", "origins"}),
        ("is the evidence strong or weak overall", {"evidence"}),
        ("which other drugs interact badly with esketamine", {"who-not"}),
        ("what is HNK, my teacher say it is metabolit of ketamine", {"future"}),
        ("was ketamine used in the vietnam war", {"origins"}),
        ("how can trials be blind when everyone knows they got ketamine lol", {"evidence"}),
        ("why do people call ketamine brain fertilizer", {"plasticity"}),
    ],
)
def test_a_covered_question_in_everyday_words_is_answered(
    index: CourseIndex, question: str, targets: set[str]
) -> None:
    reply = compose(index, question)
    assert reply.answered and reply.docs[0].target in targets, question


@pytest.mark.parametrize(
    "question",
    [
        "is the real data on lithium good",
        "does my data get sold",
        "how to lose weight gained from ordinary antidepressants",
        "lol thanks bot ur cool",
        "my teacher says lithium works badly",
        "is ketamine safe for soldiers with ptsd",
        "ketamine for vietnam war veterans with ptsd",
        "best fertilizer for tomatoes",
    ],
)
def test_a_lookalike_the_course_does_not_cover_is_still_declined(
    index: CourseIndex, question: str
) -> None:
    assert not compose(index, question).answered, question


@pytest.mark.parametrize(
    ("question", "targets"),
    [
        ("do brain circuits physically change in depression or is that a metaphor", {"depression"}),
        ("depression and brain cells dying?", {"depression"}),
    ],
)
def test_a_stray_word_beside_three_course_concepts_does_not_decline_it(
    index: CourseIndex, question: str, targets: set[str]
) -> None:
    # "metaphor" and "dying" are words the course never uses; they used to weigh most and pull
    # the question under the bar, although it names the brain, its circuits and depression.
    reply = compose(index, question)
    assert reply.answered and reply.docs[0].target in targets, question


@pytest.mark.parametrize(
    "question",
    [
        "does ketamine help chronic pain",  # one concept: "chronic pain" is what it asks
        "does esketamine nasal spray help depression with migraines",  # "help" is no concept
        "ketamine brain synapses and alzheimers",
    ],
)
def test_a_stray_word_beside_fewer_course_concepts_still_declines_it(
    index: CourseIndex, question: str
) -> None:
    assert not compose(index, question).answered, question


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Was ist dieser Glutamat-Schub, von dem alle reden?", "glutamate"),
        ("Czy ketamina naprawdę odbudowuje połączenia w mózgu?", "plasticity"),
        ("Gaano kabilis tumalab ang ketamine kumpara sa karaniwang antidepressant?", "speed"),
        ("Como a cetamina funciona no cérebro, resumindo?", "mechanism"),
    ],
)
def test_everyday_words_of_other_languages_find_their_lesson(
    index: CourseIndex, question: str, target: str
) -> None:
    reply = compose(index, question)
    assert reply.answered and reply.docs[0].target == target, question


def test_a_foreign_chat_word_beside_a_topic_the_course_lacks_still_declines(
    index: CourseIndex,
) -> None:
    assert not compose(index, "Como o lítio funciona, resumindo?").answered
