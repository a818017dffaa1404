"""Which medicine or pill is strongest, asked with "for good", "forever" or not waking, is a
method question and gets the full reply, whoever asks it (a junior or a friend who keeps
asking). The strongest pill to fix insomnia for good, or the strongest painkiller for a
toothache, stays quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "which sleeping pill is the strongest, want to sleep for good",
        "my roommate asked what tablets are most powerful so you never wake up",
        "what meds are strongest? like, permanently",
    ],
)
def test_the_strongest_medicine_asked_for_good_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "which painkiller is strongest for a toothache",
        "what tablets are strongest for hay fever, i want to cure my sneezing for good",
    ],
)
def test_the_strongest_medicine_for_an_ailment_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
