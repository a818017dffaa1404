"""Distress with no sign of risk, told by disabled writers: shame after a meltdown or shutdown
in public with the wish to hide for days, and an assistance dog that died with the house gone
quiet, get the caring reply. A laugh over a toddler's meltdown in the shop, a guide dog that
passed its assessment and a pet's death (left to the pet rules) stay quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess

CARING = (
    "had a shutdown on the bus, people filming. so ashamed i want to hide in my room for days",
    "full meltdown in the doctors waiting room. mortified, i want to disappear",
    "my guide dog died on friday. the flat feels so empty",
    "my hearing dog had to be put down yesterday and the house is so silent",
)
QUIET = (
    "my toddler had a meltdown in tesco lol so embarrassed i want to hide",
    "my hearing dog passed her assessment today, the house is so quiet while she naps",
    "our old cat was put to sleep yesterday and the house is so silent",
)


@pytest.mark.parametrize("text", CARING)
def test_shame_and_a_companion_lost_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_a_laugh_and_a_passed_assessment_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
