"""Kinds a blind set found missed: a noose kept at home ("nobody knows ive had a noose in my
wardrobe since april"), and a cord or tablets hidden under the bed beside a lie about being safe
("school counsellor asked if im safe and i said yes. i lied. the cord is under my bed").
Lookalikes: a Halloween prop, a fishing noose knot, the hangman game; a skipping rope under the
bed, a present hidden from the kids."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "tied a noose last week. its in my bedroom drawer",
        "there's a noose at the back of my closet and i look at it most nights",
        "my mum asked if i was safe and i lied, the belt is in my wardrobe",
        "nobody knows the pills are under my mattress. 40 of them",
        "told the nurse i was fine. i lied. the rope is in the boot of my car",
    ],
)
def test_a_noose_or_a_hidden_means_with_a_lie_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "the halloween noose prop is in the garage with the skeleton",
        "the western film had a noose scene, the dvd is in my drawer",
        "nobody knows the birthday present is under my bed",
        "the skipping rope is under my bed, my sister never finds it",
        "the phone charger cable is behind the bed again",
    ],
)
def test_props_games_and_gifts_stay_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS
