"""Drowning oneself "in work" or "in coffee" is being buried in something, not water: no alarm.
Drowning oneself named as a wish or a plan, or in water, keeps the full reply. The sentences
here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "i drown myself in coffee every morning",
        "i drown myself in tea and books on sundays",
        "drowned myself in perfume before the date lol",
        "been drowning myself in netflix since the breakup ended, its fine",
        "gonna drown myself in hot sauce at the wing place tonight",
    ],
)
def test_drowning_oneself_in_work_or_a_comfort_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in (CRISIS, "check", "helper")


@pytest.mark.parametrize(
    "text",
    [
        "i want to drown myself",
        "gonna drown myself in the lake tonight",
        "i will drown myself in the bath tonight",
        "thinking of drowning myself in the river after work",
    ],
)
def test_drowning_oneself_in_water_or_as_a_wish_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
