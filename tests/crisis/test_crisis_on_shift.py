"""Kinds a blind set found missed or misread: an overdose told as a call at work by the people
who attend them ("we had an overdose on the block last week, inmate is fine now"), which is a
work story and stays quiet; and ketamine by its one letter taken "way too much" with drink, the
body answering now ("way too much k plus alcohol at the rave, can't stand up, everything
spinning"), which is an overdose and gets the full reply even with friends named who left. The
writer's own overdose beside a call still gets the full reply; money in thousands ("too much k
on the new rig") and a use long past stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "we had an overdose on the block last week (inmate is fine now, narcan works). do prisons "
        "ever use ketamine clinics for inmates?",
        "we had two overdoses on shift last night, both pts walked out of the ER",
        "we ran an OD call at 3am, the kid was fine after narcan. does ketamine help people in "
        "recovery?",
        "we got a fentanyl overdose on the unit, resident is stable now",
    ],
)
def test_an_overdose_attended_at_work_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "we had an overdose together and i cant stand up",
        "we had an overdose on the block and then i took all my pills",
        "i had an overdose last week and nobody knows",
        "way too much k plus alcohol at the rave, cant stand up, everything spinning and my "
        "friends left",
        "too much k with vodka at the afters, room keeps spinning and i cant stand up",
        "way too much k and tequila, everything spinning, where am i",
    ],
)
def test_the_writers_own_overdose_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "spent too much k on the new rig, my head is spinning from the bill",
        "took k at a festival years ago, clean for 5 years now",
    ],
)
def test_money_and_a_use_long_past_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
