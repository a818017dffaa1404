"""Kinds a blind set found missed: possessions given away and affairs called done "before i go",
with nowhere to go named ("gave my motorcycle to my nephew... feels good to be squared away
before I go"). They get the full reply. Their lookalikes name the going (to Spain, on
deployment, back to uni) or a move, and are not read by the rule. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess, normalise, squared


@pytest.mark.parametrize(
    "text",
    [
        "handed my guitar to my cousin and my dog to a neighbour. all in order before i go",
        "gave my fishing gear away to the lads at work. nice to have it all wrapped up before i go",
        "giving my records to my son this week. want it all taken care of before i go",
    ],
)
def test_things_given_away_before_going_nowhere_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "gave my plants to my neighbour, all sorted before i go to spain",
        "gave my bike to my brother, feels good to be squared away before i go on deployment",
        "gave my old laptop to my niece, all sorted before i go back to uni",
        "handed my keys to the landlord, all settled before i go, moving day is monday",
    ],
)
def test_things_given_away_before_a_trip_or_a_move_are_not_read_by_the_rule(text: str) -> None:
    assert not squared.before_going(normalise(text))
    assert assess(text).tier != CRISIS
