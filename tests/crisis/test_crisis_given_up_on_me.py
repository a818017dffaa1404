"""A treatment tried and the writer giving up on it "and on myself" gets the check-in, as
other treatments that failed do. Not giving up on oneself, and a diet or a course given up,
stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, assess


@pytest.mark.parametrize(
    "text",
    [
        "12 rounds of ECT and the fog came back in a week. done on therapy, done on myself",
        "tried lithium for a year, the thoughts never left. gave up on the meds and on my life",
        "spravato did nothing after the first month. i've given up on it and on me",
    ],
)
def test_a_treatment_and_oneself_given_up_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize(
    "text",
    [
        "therapy is slow but i'm never giving up on myself",
        "gave up on the keto diet after a week",
        "quit the pottery course, gave up on it",
    ],
)
def test_giving_up_on_a_diet_or_not_on_oneself_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
