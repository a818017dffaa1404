"""Kinds a blind set found missed: no reason left to stay, told without a word of dying: nothing
will fix the writer "so why stay", no way forward "except out", a life-sustaining treatment to be
skipped "and let it happen", and what becomes of one's things "when someone isn't around anymore",
asked for oneself.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "tried everything on me, three meds and ect. nothing helps me so why stick around",
        "i'm beyond fixing at this point, so why keep going",
        "lost the house, lost the kids. i can't see any future but out",
        "no options left except the exit",
        "thinking of skipping dialysis next week and just letting it happen",
        "might stop taking my insulin and let nature take its course",
        "what happens to my account when i'm not around anymore? asking for me",
        "who gets the points on the app if someone isn't around any longer. asking for myself",
    ],
)
def test_no_reason_left_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "the pay at that warehouse is awful and nothing will change it, so why stay there",
        "nothing will fix this printer so why keep trying with it",
        "tried everything to get the stain out of the carpet, so why keep trying",
        "no way forward except out of this job and into retraining",
        "skipped dialysis once when the bus didn't come, the nurses rang me straight away",
        "the lesson says why stay on ketamine if nothing helps after six infusions, is that right?",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text
