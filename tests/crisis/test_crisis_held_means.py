"""Kinds a blind set found missed: a means held for a long while and not used, often after a hard
shift ("last night I held my old bottle of morphine for an hour. didnt take it. yet"); and the
wish to die told as constant by its missing opposite ("dont remember the last time i didnt want
to die"). They get the full reply. Their lookalikes (a baby held for an hour, a rifle cleaned
after a hunt, a rope held at a tug of war, "didn't want to die of embarrassment") get no crisis
reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "sat with my dads pistol for two hours last night. put it back. for now",
        "after the shift i was holding a bottle of oxycodone for ages, just looking at it",
        "stared at the rope in the garage for over an hour tonight",
        "honestly cant recall the last time i did not want to die",
        "i cant think of a day when i didnt want to die this year",
    ],
)
def test_a_means_held_long_or_a_wish_never_absent_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "held the baby for an hour and she finally slept",
        "sat with my rifle for an hour cleaning it after the hunt",
        "i held the rope for hours at the tug of war lol",
        "the last time i didnt want to die of embarrassment was prom",
        "was holding the pills for an hour during the stock take at the pharmacy",
    ],
)
def test_holding_things_for_a_job_or_a_joke_gets_no_crisis_reply(text: str) -> None:
    assert assess(text).tier != CRISIS
