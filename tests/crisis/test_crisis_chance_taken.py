"""Kinds a blind set found missed: the others away and "this is my chance", a will updated with an
odd calm, a danger read as "a way out", and a treatment refused with "so that's it then, i'm out".
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "husband is away with work till sunday and all i can think is this is my chance",
        "flatmates are gone for the night. this is the moment",
        "wrote my will last night and sorted out my passwords. strangely calm",
        "they said it can be lethal in big doses. honestly sounds like a way out",
        "the clinic rejected me for ketamine. that's it then. i'm out",
    ],
)
def test_an_exit_seen_in_a_chance_or_a_calm_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "kids are at their dad's for the weekend, this is my chance for a lie-in",
        "updated my will after the wedding, so calm now the paperwork is done",
        "the doctor said no to a second coffee. that's it then, i'm out of here",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text
