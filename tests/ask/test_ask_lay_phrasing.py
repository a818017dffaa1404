"""How new writers put a question the course answers in words it never uses: chat shorthand
and where they read something ("ur", "btw", "a thread", "a headline", "my textbook"), a misheard
"glutamine burst", who first found or tried ketamine, what is in the pipeline, why people sit
there after the spray, "what's the catch", "the science behind it", "a pill", "in ur head",
and the same in other languages ("Wundermittel", "erforscht", "sormalıyım"); whether it
works on serotonin, and how often and how long it is given. Lookalikes the course
doesn't cover stay declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask import CourseIndex, compose
from ask.reply import PRESCRIBER_LINE
from content.markup import plain_text
from tests.ask.answers import shown

REAL_COURSE = Path(__file__).resolve().parents[2] / "content" / "ketamine"


@pytest.mark.parametrize(
    ("question", "lessons"),
    [
        # Chat shorthand and where the writer read it are how it is put, not what it asks.
        ("what goes on in the brain when ur depressed", {"depression", "mechanism"}),
        ("btw is ketamine secretly an opioid? saw a thread on that", {"future"}),
        ("read on reddit that ketamine is brain fertilizer, what does that mean", {"plasticity"}),
        ("my textbook says uncompetitive open channel blocker, what does that mean", {"nmda"}),
        # A misheard "glutamate burst".
        ("what is the glutamine burst people talk about with ketamine", {"glutamate"}),
        # Who found it and when, as a history question.
        ("who discovered ketamine", {"origins"}),
        ("what's the timeline of ketamine from surgery to depression", {"origins", "speed"}),
        # What comes next.
        ("are there new drugs like ketamine in the pipeline", {"future"}),
        ("next generation rapid antidepressants", {"future", "speed"}),
        # The time at the clinic after the spray is the monitoring.
        ("why do they keep you sitting there after the spray", {"cautions"}),
        # "What's the catch" asks for the downsides.
        ("esketamine spray, what's the catch", {"cautions", "off-label", "myths"}),
        ("whats the science behind ketamine", {"mechanism", "glutamate", "nmda"}),
        # "A pill" is an antidepressant, "in ur head" the brain, a leaflet where it was read.
        ("why does ketamine work in hours when every pill takes weeks", {"speed", "depression"}),
        ("wat does ketamine do in ur head", {"mechanism", "depression", "plasticity"}),
        ("the leaflet says n-methyl-d-aspartate antagonist, what is that", {"nmda"}),
        # Other languages: a "miracle drug", research going on, asking the doctor, receptors.
        ("Ketamin Wundermittel? stimmt das", {"myths"}),
        ("Was wird bei Ketamin noch erforscht?", {"future"}),
        ("¿qué se está investigando todavía sobre la ketamina?", {"future"}),
        ("doktoruma ketamin hakkında ne sormalıyım?", {"doctor"}),
        ("le glutamate c'est quoi le rapport avec la kétamine", {"glutamate"}),
        # Whether it is a serotonin drug: the lesson on what it blocks says glutamate, not that.
        ("is ketamine a serotonin drug like the usual pills", {"nmda", "mechanism", "glutamate"}),
        ("so does it work on serotonin or not", {"nmda", "mechanism", "glutamate"}),
        # "The drug" is the medicine the question is about.
        ("why does the effect last longer than the drug is in your body", {"plasticity", "speed"}),
    ],
)
def test_lay_phrasing_finds_the_lesson_that_answers(
    index: CourseIndex, question: str, lessons: set[str]
) -> None:
    assert shown(index, question) in lessons


@pytest.mark.parametrize(
    "question",
    [
        # The same framing around what the course doesn't cover.
        "btw how much does ketamine cost",
        "saw a thread about ketamine for ocd, does it work",
        "what's the catch with lithium",
        "glutamine supplements for gym gains",
        "who discovered penicillin",
        "what's in the pipeline for alzheimer's drugs",
        "ur opinion on the best antidepressant",
        "which pill is best for sleep",
        "is ketamine a wundermittel for weight loss",
        "what research is going on about lithium",
        "the leaflet mentions lithium, what is that",
        "is lithium a serotonin drug",
        "does mdma work on serotonin",
        "how long should antibiotics be given",
        "is the drug legal in canada",
    ],
)
def test_lookalikes_the_course_does_not_cover_stay_declined(
    index: CourseIndex, question: str
) -> None:
    assert shown(index, question) is None


def test_how_often_and_how_long_it_is_given_is_what_research_is_still_working_out(
    index: CourseIndex,
) -> None:
    reply = compose(index, "how often should ketamine be given and for how long, is that known")
    assert reply.answered and reply.docs[0].target == "future"
    # It asks about amounts of treatment: the dosing line comes with it.
    assert PRESCRIBER_LINE in plain_text(reply.html)
