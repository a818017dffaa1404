"""Insects that "eat one alive" (midges on a walk, mosquitoes at the campsite, sandflies on the
beach): no reply. Guilt, thoughts or loneliness eating one alive are the writer's own and keep
their reply, and so does a wish to die told beside the bites. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "the midges have been eating us alive at the loch all evening",
        "sandflies are eating me alive on this beach",
        "mozzies were eating the kids alive at the campsite",
        "these gnats are eating me for breakfast on my run",
    ],
)
def test_insects_eating_one_alive_are_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "the guilt is eating me alive since the accident",
        "the loneliness is eating me alive every night",
    ],
)
def test_the_writers_own_weight_keeps_a_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK, DISTRESS)


@pytest.mark.parametrize(
    "text",
    [
        "midges eating me alive and honestly i want to die",
        "the mosquitoes are eating me alive, whatever, i won't be here next week anyway",
    ],
)
def test_a_wish_to_die_beside_the_bites_keeps_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
