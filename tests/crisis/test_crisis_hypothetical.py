"""Kinds a blind set found missed: an amount of the writer's own medicine asked about as a
hypothetical, with no question mark ("hypothetically if i did the whole device in one go would
that do it"). A hypothetical is a question; the lookalikes ask about a course, a dose skipped or
a side effect."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "hypothetically if i took all my sertraline at once would that do it",
        "theoretically, a whole box of my zopiclone with vodka. would that be enough",
        "say i took every one of my lithium tablets in one night, would it do the job",
        "in theory if someone swallowed all their insulin pens would it kill them",
        "what if i did the whole spravato box plus my other meds, would that do it",
    ],
)
def test_a_hypothetical_amount_of_a_means_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "hypothetically if i did the whole course in a weekend would that do it for the cert",
        "theoretically could i skip one esketamine session and still finish the course",
        "in theory, if I take my meds with food would the side effects be less",
        "say i forgot my tablets for a day, is that bad",
        "what if i read all the lessons in one go, would that do it for the quiz",
    ],
)
def test_a_hypothetical_about_a_course_or_a_missed_dose_stays_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS
