"""Kinds a blind set found missed: upset past holding together in British and Irish words ("i'm
in bits", "in pieces since the diagnosis"), and going under as debt or work ("two jobs to pay the
loans and still drowning"). They get the caring reply (or more). Their lookalikes (a car or a
model kit in bits, in bits laughing, a sea of emails with a laugh, a swimming lesson) stay
quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

_CARED = (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "working nights and weekends to cover the overdraft and i'm still drowning",
        "honestly drowning since the redundancy, can't sleep",
        "i feel like i'm drowning and nobody notices",
        "I'm in bits, the wife found out about the credit cards",
        "i'm in bits, she left this morning and took the kids",
        "been in pieces since the diagnosis",
        "me estoy ahogando con las deudas, dos trabajos y no llego",
        "ich bin völlig am Ende, zwei Jobs und die Schulden wachsen",
    ],
)
def test_going_under_or_in_bits_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in _CARED


@pytest.mark.parametrize(
    "text",
    [
        "the car is in bits on the drive",
        "i was in bits laughing at that sketch",
        "im in bits of the airfix kit everywhere",
        "still drowning in emails after the holiday lol",
        "my son is still drowning in the pool lessons, needs armbands",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
