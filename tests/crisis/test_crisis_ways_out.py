"""Kinds a blind set found missed: a wish for the heart to stop; a way out "picked" when only one
is left; a gaze that keeps going back to the railway line; the insurance as the last thing to
give, paid out "if I'm gone"; a past attempt told and the same feeling back now; needs renounced
("won't be needing a flat"); going away "for good" wished with no move to explain it. Each with
the everyday lookalikes a person would be put off by a check-in: a racing heart, an escape room,
a train app, insurance abroad, a recipe's first attempt, a move in with a partner, a new job
abroad. Some lookalikes are already read by the classifier on its own; for those, the rule itself
must stay silent."""

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
        "they pumped my stomach two years ago and im feeling just like i did back then, again",
        "after my last attempt i swore never again, but im feeling how i felt back then now",
        "wont be needing my winter coat where i am going",
        "gave the keys back. won't need the room anymore",
        "i just want to slip away for good",
    ],
)
def test_a_wish_or_a_way_out_chosen_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i keep looking at the train line app, trains are late again",
        "my phone insurance covers it if i am gone abroad for a month?",
        "my first attempt at the recipe flopped, feeling like i did then again lol",
        "feeling exactly like i did that night at the festival again, buzzing",
        "won't be needing a flat, moving in with my girlfriend",
        "want to go far away for good, moving to canada next spring",
        "i want to go away for good from this job",
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
