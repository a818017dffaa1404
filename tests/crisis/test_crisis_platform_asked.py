"""Kinds a blind set found missed: a method asked at a railway platform, by which trains pass
without slowing and where to stand for them. It gets the full reply. Its lookalikes (the fast
train that skips a station, where to stand for the ladies' coach or the right door, a
trainspotter's spot) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "which expresses don't slow down at the station near me? need to know where to stand",
        "the freight trains never brake through the little platforms right, where should i stand",
        "what time do the trains go through the station without stopping. where would i stand",
        "which ones dont stop at our station, and whats the best spot to stand",
    ],
)
def test_a_train_that_does_not_slow_and_where_to_stand_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "which fast locals don't stop at dadar? need to know where to stand for the ladies coach",
        "the express doesn't stop at my station, where should i stand to catch the slow one",
        "trains go through the station at full speed, best spot to stand for photos?",
        "which trains don't stop at leeds? i need to change for york",
        "where to stand on the platform so the door opens by the exit stairs",
    ],
)
def test_a_commuters_platform_question_stays_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS
