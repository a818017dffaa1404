"""Words people use that the course never does find the lesson that explains them: another
name for a medicine or receptor, the pedals people picture for the brain's signals, and a
"combo" of medicines, a claim called marketing, a study's weak points, a drug's backstory;
what the course doesn't cover stays declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask import CourseIndex
from tests.ask.answers import shown

REAL_COURSE = Path(__file__).resolve().parents[2] / "content" / "ketamine"


@pytest.mark.parametrize(
    ("question", "lessons"),
    [
        # Ketalar is ketamine's brand name in anaesthesia; "NDMA" is how NMDA is often typed.
        ("is ketalar the same drug as ketamine", {"origins", "off-label"}),
        ("what is Ketalar and who makes it", {"origins", "off-label"}),
        ("how does an NDMA antagonist work", {"nmda"}),
        ("what do NDMA receptors do", {"nmda"}),
    ],
)
def test_another_name_for_the_medicine_or_receptor_finds_its_lesson(
    index: CourseIndex, question: str, lessons: set[str]
) -> None:
    assert shown(index, question) in lessons


@pytest.mark.parametrize(
    "question",
    ["is glutamate the accelerator of the brain", "which cells act as the brake"],
)
def test_the_pedals_people_picture_for_brain_signals_find_the_glutamate_lesson(
    index: CourseIndex, question: str
) -> None:
    assert shown(index, question) == "glutamate"


@pytest.mark.parametrize(
    "question",
    [
        "is the ketamine and alcohol combo risky",
        "combination of ketamine and opioids, is that dangerous",
    ],
)
def test_a_combo_of_medicines_finds_whom_it_does_not_suit(
    index: CourseIndex, question: str
) -> None:
    assert shown(index, question) == "who-not"


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # How people read a claim: marketing, clickbait, testimonials are the myths page's claims.
        ("is ketamine for depression just clickbait", "myths"),
        ("is the ketamine hype just marketing", "myths"),
        # Where a study falls short is what its critics say, in the evidence lesson.
        ("what are the weaknesses of the ketamine trials", "evidence"),
        ("any caveats to the ketamine studies", "evidence"),
        # A story's beginning is the history lesson; a mechanism asked as an adverb is the page.
        ("what's the backstory of ketamine", "origins"),
        ("ketamine's origin story please", "origins"),
        ("how does ketamine act mechanistically", "mechanism"),
    ],
)
def test_how_people_frame_claims_flaws_history_and_mechanism_finds_the_page(
    index: CourseIndex, question: str, target: str
) -> None:
    assert shown(index, question) == target


@pytest.mark.parametrize(
    "question",
    [
        "what is the best combo of vitamins for mood",
        # Antidepressants by name are about those drugs, which the course doesn't compare.
        "zoloft or prozac which is better",
        "sertraline or fluoxetine, which one has less side effects",
    ],
)
def test_what_the_course_does_not_cover_stays_declined(index: CourseIndex, question: str) -> None:
    assert shown(index, question) is None
