"""Kinds a blind set found missed: a lethal thing at hand (a farm poison, a rope, a gun) that the
writer thinks about or looks at "more than a bloke should", "too much" or "every night", with no
word of dying. It gets at least the check-in. Its lookalikes (a chemical stored safely away from
the kids, a rifle to be sold, a hose for the garden thought about too much) get no alarm from
this rule. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, dwelt_on, normalise


@pytest.mark.parametrize(
    "text",
    [
        "there's a drum of paraquat in the shed and i think about it more than a bloke should",
        "there's rope in the barn and i think about it too much lately",
        "the weedkiller's on the top shelf and i catch myself staring at it every night",
        "dad's shotgun is still in the cupboard. i think about it more than is healthy",
    ],
)
def test_a_means_at_hand_dwelt_on_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "the paraquat is in the shed and i think about it too much, how do i store it safely",
        "the old rifle's in the safe, i think about it every night, might sell it for the price",
        "i think about the rope swing we had as kids all the time",
        "the new hose cost a fortune and i think about the water bill too much",
    ],
)
def test_their_lookalikes_are_not_read_as_dwelt_on(text: str) -> None:
    assert not dwelt_on.mine(normalise(text))
