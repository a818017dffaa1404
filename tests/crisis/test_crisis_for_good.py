"""Kinds a blind set found missed: not existing "for a while. like permanently", hoping a bus
will not stop when one crosses, being finished trying to live like this, and a long relationship
ended with "the floor fell out"."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "sometimes i think it'd be nice to just vanish for a bit. for good i mean",
        "i want to disappear. and not come back",
        "every morning i hope the lorry won't stop when i step out",
        "part of me wishes the train doesn't stop in time",
        "i'm done trying to live like this",
        "honestly i am through trying to keep going",
    ],
)
def test_a_wish_to_be_gone_told_sideways_gets_a_check_in_or_more(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "we split up after twelve years and the ground fell away",
        "my husband left me last week. it's like the floor has fallen out",
    ],
)
def test_a_relationship_ended_with_the_ground_gone_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "annoyed the bus didn't stop at my stop this morning so i was late",
        "moving to spain for good next month, can't wait",
        "we are moving abroad for good in may",
        "the floor fell out of the housing market in 2008",
        "my headache seems to have disappeared for good",
        "hoping the rain doesn't stop the match",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text
