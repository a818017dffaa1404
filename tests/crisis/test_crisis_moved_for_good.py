"""Kinds a blind set found alarmed: a happy move for good to a new job in a place named, with
goodbyes said and things given away ("leaving on friday for good! goodbye to everyone ... new job
in Scotland, giving away my bike"). "For good" is then a move; it stays quiet. A goodbye "for
good" with no new place, a new job "in heaven", all one's things given away, "won't need them
where i'm going" or "sorry for everything" keep the full reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess

QUIET = (
    "leaving for good on sunday, new job in Dublin! giving away my desk and plants, bye everyone",
    "moving to canada for good next month for my wife's job, giving away my sofa, goodbye everyone",
    "off to a new post in Aberdeen for good, giving away my barbecue and my bike, bye all!",
)
CRISIS_KEPT = (
    "leaving for good, goodbye everyone, giving away my bike and my books",
    "leaving for good, new job in leeds, giving away all my things, won't need them anymore",
    "leaving for good on friday, new job in heaven, giving away my guitar, goodbye all",
    "moving to leeds for good next month, giving away my things, sorry for everything",
    "leaving for good on friday, new life in spain, giving away my things, don't look for me",
    "leaving for good, new job in london, giving away my cat, you won't hear from me again",
)


@pytest.mark.parametrize("text", QUIET)
def test_a_move_for_good_to_a_new_place_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", CRISIS_KEPT)
def test_a_goodbye_for_good_with_no_new_place_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
