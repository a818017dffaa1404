"""Kinds found missed while writing new sentences of the kinds a blind set missed: pills put in a
jar "instead of taking them"; a gun moved from its safe to under the bed; an appointment
cancelled because there is "no point now". They get the check-in. Their lookalikes (a weekly
organiser, a rifle moved to the truck for opening day or to the nightstand after a break-in, a
shotgun taken out to be cleaned, the dentist cancelled for a cold, a gym membership with no point
now one works from home) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "i've been putting my pills in a jar instead of taking them. nearly full",
        "keeping my sleepers in a sock instead of taking them, about a month's worth",
        "moved the shotgun from the safe to under the bed",
        "took my pistol out of the gun safe and put it in the bedside drawer. not sure why",
        "cancelled the dentist, no point now",
        "cancelled my follow up scan. whats the point",
    ],
)
def test_means_put_by_or_moved_close_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "putting my pills in a weekly organiser instead of taking them from the box",
        "moved the rifle from the safe to the truck for opening day",
        "moved the pistol from the safe to the nightstand after the break in next door",
        "took the shotgun out of the safe to clean it on the bed",
        "cancelled the dentist, no point going with this cold",
        "cancelled my gym membership, no point now i work from home all week",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
