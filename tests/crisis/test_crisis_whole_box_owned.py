"""An overdose told as done in a few words, with no verb for the taking: the act owned up to ("did
it", "went through with it") beside a whole box, bottle or strip of a medicine named, often with a
goodbye. It gets the full reply with the medical emergency first. A whole box of chocolates, a
bottle of wine, a box of tablets flushed away or a prescription finished stay out of it."""

from __future__ import annotations

import pytest

from crisis import CRISIS, OVERDOSE_REASONS, assess


@pytest.mark.parametrize(
    "text",
    [
        "did it. whole strip of paracetamol. bye",
        "i went through with it. the entire bottle of quetiapine. sorry",
        "right, done it. whole pack of zopiclone",
        "ok i did it. full box of my propranolol. just wanted someone to know",
    ],
)
def test_a_whole_box_owned_up_to_gets_the_overdose_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS, text
    assert verdict.reason in OVERDOSE_REASONS, text


@pytest.mark.parametrize(
    "text",
    [
        "i did it! whole box of chocolates gone",
        "i did it, flushed the whole box of tramadol down the toilet",
        "i did it. whole month off my sertraline and i feel great",
        "i did it! finished my whole prescription of antibiotics",
    ],
)
def test_a_whole_box_got_rid_of_or_not_a_medicine_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
