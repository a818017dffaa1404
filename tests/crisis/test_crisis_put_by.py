"""Kinds a blind set found missed: one's own medicine, named by the drug ("hoarding my
gabapentin and my trazodone"), or a parent's, put by with a supply counted in months, a hiding
place (a jar, a sock drawer, a tin) or a time ("tonight maybe is the time"); and everything in
the medicine box meant to be taken tonight. They get the full reply. Their lookalikes (magazines
hoarded, a parent's medicine collected for the pharmacy, the medicine box carried to a hike or a
recycling centre) get no crisis reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "been stashing my pregabalin and my diazepam, about 3 months worth in a shoebox",
        "stockpiling my tramadol in a tin, nobody knows",
        "collected all of my dads sleeping pills in a jar. when the time comes",
        "gonna take everything in the bathroom cabinet once my wife is asleep",
        "i will swallow all of it from the first aid kit tonight",
    ],
)
def test_medicine_put_by_or_the_whole_box_meant_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "hoarding my magazines in a box just in case",
        "collected all my mums pills in a bag to take back to the pharmacy",
        "im going to take everything in the medicine box to the recycling centre",
        "will take everything from the first aid kit on the hike",
        "i put my vitamins in a weekly organiser so i stop forgetting",
    ],
)
def test_supplies_carried_sorted_or_returned_get_no_crisis_reply(text: str) -> None:
    assert assess(text).tier != CRISIS
