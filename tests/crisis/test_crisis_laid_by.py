"""Kinds a blind set found missed: means and an end made ready, told as a worker tells it: a gun,
a rope or pills where the writer keeps them (the sleeper, the cab, the shed) beside an end said;
the leftovers of one's own painkillers kept back and counted; things left neat, or an apology,
for whoever finds the writer or the place; accounts deleted and debts paid back called a tidy
exit. They get the check-in. Their lookalikes (a rifle in the truck for opening day, pills in the
glovebox for a long haul, a rope in the van for a scaffold job, a shotgun locked away for the
season, a tidy exit from a firm) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "load's dropped, the rifle's under the bunk. no more pretending",
        "the rope's in the shed. i am done. had enough",
        "been stashing my co codamol since the knee op, over 50 of them now",
        "saved the oxy from my back injury, about 80 so far",
        "left the keys on the table and a note for whoever finds me",
        "cab's cleaned out, sorry in advance for the person who finds the truck",
        "closed my accounts, gave away the dog, paid off the mates. clean exit",
    ],
)
def test_means_and_an_end_made_ready_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "rifle's in the truck for opening day, im done for the week",
        "the pills are in the glovebox for the long haul, im ready to roll",
        "the rope is in the van for the scaffold job, im done by 4",
        "shotgun's in the cabinet, locked, that's it for the season",
        "handed my notice in, paid back the van loan, tidy exit from the firm",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
