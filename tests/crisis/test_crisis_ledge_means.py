"""Kinds a blind set found missed: sitting at a height with the legs over the drop; a fall from a
height announced with its time ("going off the multi storey tonight"); sitting alone with a means;
a bath run with a blade laid beside it; drugs gathered and the person "working up to it". Each
with the everyday lookalikes a person would be put off by a crisis reply to: a pier with chips,
fireworks with mates, a short bed, a motorway exit plan, a knife sharpened for a barbecue, pills
for a headache, a party."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "on the roof of the flats now, legs dangling over the side",
        "on the bridge, feet hanging over the railing, cant do this",
        "level 7 of the car park, my feet are over the ledge",
        "im going off the bridge tomorrow, sorted",
        "everyone can stop worrying, i'm going off the top floor tonight",
        "lying here with my pills, nobody knows",
        "sitting in the car with the rope on the seat",
        "the bath is filling up, blade beside the taps",
        "got the tablets and a bottle of gin out. building up to it",
        "xanax and the vodka on the side, psyching myself up to it",
    ],
)
def test_a_height_or_a_means_at_hand_gets_the_crisis_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "sat on the pier with my legs over the edge eating chips",
        "sat on the roof terrace with my legs over the edge watching fireworks with mates",
        "my legs hang off the side of the bed, its too short",
        "we're going off the top floor plan for the new office today",
        "sat here with the knife sharpening it for the bbq",
        "lying in bed with pills for my headache",
        "sitting with my pills organiser doing the week",
        "baths running, kids shoes by the door",
        "got the vodka in for the party, working up to it",
        "new running shoes, working up to it",
    ],
)
def test_everyday_heights_and_errands_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
