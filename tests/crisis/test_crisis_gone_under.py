"""Kinds a blind set found missed: not caring to come back from a drug's hole ("dont care if i
come back from this ket session", "if i k-hole forever thats fine by me", "hoping the
dissociation just takes me away"), a river said to call with an answer thought of, and harm
reduction refused as the aim ("im not trying to reduce harm. im trying to get it over with").
They get the check-in at least. Their lookalikes (coming back from a holiday, a rave chant, a
kayak on the river, an exam got over with, a lie-in) get no alarm. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, gone_under, normalise


@pytest.mark.parametrize(
    "text",
    [
        "tbh wouldnt mind if i never come back from this k hole",
        "if i stay under forever thats fine, not fussed",
        "hoping this trip just takes me away for good",
        "the sea keeps calling me at night. might just answer it",
        "not here to stay safe mate. here to get it over with",
        "i dont care if i wake up from this one",
    ],
)
def test_not_caring_to_come_back_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "dont care if i come back from holiday with a tan",
        "the sea is calling me, might answer it with a week in cornwall",
        "the river is calling me, gonna take the kayak out and answer it",
        "k hole forever is a chant at that rave lol",
        "not trying to be safe with my exam answers, just want to get it over with",
        "dont care if i come back from the pub late, its friday",
    ],
)
def test_trips_rivers_and_exams_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
    assert not gone_under.check(normalise(text))


def test_the_naloxone_kit_binned_gets_at_least_the_check_in() -> None:
    assert assess("binned the narcan spray they gave me. no one needs to save me").tier in (
        CHECK,
        CRISIS,
    )


@pytest.mark.parametrize(
    "text",
    [
        "threw my naloxone kit in the bin, it was expired, got a new one from the pharmacy",
        "left my narcan at home by accident, going back for it",
    ],
)
def test_an_expired_or_forgotten_kit_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
    assert not gone_under.check(normalise(text))


def test_safety_refused_in_the_stock_market_is_no_end() -> None:
    text = "not trying to stay safe in the stock market, here to go big"
    assert not gone_under.check(normalise(text))
