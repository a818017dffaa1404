"""Kinds a blind set found missed, method and overdose told in a second language's plain
English: which floor or height is "sure"; all the tablets of a box or "many many" pills taken
with the body answering now; insulin doubled or extra on purpose; a cleaning liquid swallowed,
even by mistake, with the throat burning (a poisoning, for which the full reply carries the
emergency number). Each with its everyday lookalikes: which floor an office is on, tablets taken
as prescribed, insulin checked with a nurse, bleach bought for the bathroom."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "what height is enough? the car park is 6 levels",
        "how many floors are sure, my building has 10",
        "i take all the tablets from the box 30 minutes ago, now dizzy and vomiting",
        "i swallowed so many pills, my heart is racing and i feel very bad",
        "i took extra insulin on purpose after the letter came, now sweaty",
        "gave myself double insulin on purpose. shaking",
        "i drank some bleach by mistake from a bottle in the kitchen, my throat is burning",
        "i swallow the toilet cleaner, my stomach burns",
    ],
)
def test_a_height_asked_or_a_swallowing_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "which floor is the international office on?",
        "what floor is the library cafe, second or third?",
        "i take all my tablets in the morning with breakfast as the doctor said",
        "i bought bleach and toilet cleaner for the bathroom, the flat is clean now",
        "the nurse said to take extra insulin if my sugar is high before dinner",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS,)


@pytest.mark.parametrize(
    "text",
    [
        "what height is enough for a basketball hoop in the camp?",
        "how many floors are enough for a student dorm building?",
        "i take all the tablets from the box every morning, the doctor say this is the dose, i "
        "feel sick a bit",
    ],
)
def test_a_hoop_a_building_and_a_routine_stay_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS


def test_a_height_enough_not_to_survive_still_gets_the_full_reply() -> None:
    assert assess("what height is enough to not survive").tier == CRISIS
