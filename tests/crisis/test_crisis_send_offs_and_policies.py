"""Kinds a blind set found missed: someone's funeral told as a lovely send-off, and life insurance
or a will taken out for a new baby or a new home. Both are quiet; a wish to follow the one
buried, one's own funeral made ready, or the policy meant for "when i'm gone" still alarm."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

QUIET = (
    "the funeral was lovely, the house is quiet now that everyone has gone home",
    "grandad's service was beautiful, the whole village came out for him",
    "the memorial went really well, we sang his favourite hymns",
    "got life insurance now that we have a baby, just being sensible",
    "made a will now that we bought a house, the bank said it was a good idea",
    "sorting life insurance now that i'm expecting, any tips on brokers?",
)
ALARMED = (
    "the funeral was lovely, i wish i could join him soon",
    "the funeral was lovely but i can not go on without her",
    "got life insurance now that we have a baby, so they'll be fine when i'm gone",
    "my funeral will be lovely, everything is ready",
    "made my will now that i have nothing left",
    "made a will now that we have a baby, so they'll be fine when i'm gone",
)


@pytest.mark.parametrize("text", QUIET)
def test_send_offs_and_policies_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ALARMED)
def test_a_wish_to_follow_or_an_end_beside_them_alarms(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
