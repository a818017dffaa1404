"""Kinds a blind set found missed: a wish for the heart to stop; a way out "picked" when only one
is left; a gaze that keeps going back to the railway line; the insurance as the last thing to
give, paid out "if I'm gone". Each with the everyday lookalikes a person would be put off by a
check-in: a racing heart, an escape room, a train app, insurance abroad. Some lookalikes are
already read by the classifier on its own; for those, the rule itself must stay silent."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, plainly
from crisis.normalise import normalise


@pytest.mark.parametrize(
    "text",
    [
        "not eating much, lying awake wishing my heart would just stop",
        "some nights i pray my heart just gives out",
        "only one way out left for me and i've chosen it",
        "skint again after the machines. i keep staring at the railway line behind the flats",
        "wife gets the insurance, it pays out if i'm dead. that's the only thing i can give now",
    ],
)
def test_a_wish_or_a_way_out_chosen_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i keep looking at the train line app, trains are late again",
        "my phone insurance covers it if i am gone abroad for a month?",
    ],
)
def test_everyday_rails_and_insurance_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "i wish my heart would stop racing before the exam",
        "i wish my heart would stop skipping, booked an ecg",
        "escape room: only one way out and we picked it in 40 mins",
        "there was only one way out of the car park and i chose it",
        "i keep looking at the bridge, its beautiful lit up at night",
        "does travel insurance pay out if i am gone longer than 30 days",
        "our life insurance pays out when i die, which policy is best for the kids?",
    ],
)
def test_the_rule_passes_over_everyday_lookalikes(text: str) -> None:
    assert plainly.CHECK.search(normalise(text)) is None
