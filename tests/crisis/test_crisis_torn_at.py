"""Kinds a blind set found missed: an urge to tear at one's own body told out of hating it ("i
hate my body so much i want to rip it apart"), or wanting one's skin off with no itch behind it.
They get the check-in. Their lookalikes (an essay hated and ripped apart, eczema or sunburn that
itches, a cringe, a face cut out of a photo) stay quiet. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "i loathe my body, some nights i want to tear it to pieces",
        "hate my thighs so much i want to claw them off",
        "i just want to peel my skin off and be someone else",
        "i can't stand my stomach, i want to cut it off",
    ],
)
def test_the_body_hated_and_torn_at_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i hate my essay so much i want to rip it apart and start again",
        "this sunburn makes me want to rip my skin off",
        "my eczema is so itchy i want to tear my skin off",
        "that presentation was so cringe i want to peel my skin off lol",
        "hate my face in that photo, want to cut it off the group picture",
    ],
)
def test_an_itch_a_cringe_or_a_photo_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CHECK, CRISIS)
