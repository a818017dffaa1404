"""Self-harm told by its tool or as a relapse gets the full reply: a blade snapped out of a
shaving razor or a sharpener, a razor kept "for emergencies" in a pencil case or a wallet with
the emergency come, and "cut again" told as a streak ended. Plasters kept for emergencies, a
razor blade swapped in a shaver, a fringe or a lawn cut again for the first time in years and a
finger cut again while cooking stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess
from tests.crisis.silent import rules

FULL = (
    "broke the blade out of my pencil sharpener in maths",
    "prised the blades out of a disposable razor last night",
    "always carry a blade in my phone case just in case. used it at lunch",
    "keep razors in my make up bag for bad days. tonight was one",
    "i cut myself again yesterday after 8 months clean",
    "cut again. relapsed after a year",
)
QUIET = (
    "i keep plasters in my pencil case for emergencies, today was an emergency lol",
    "changed the razor blade in my shaver, so much smoother",
    "got my fringe cut again, first time in 2 years",
    "cut the lawn again first time since may",
    "cut again from the squad, first time in 3 years i didnt make it",
)


@pytest.mark.parametrize("text", FULL)
def test_a_blade_kept_or_a_cut_relapse_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_a_friends_blade_gets_the_reply_for_helpers() -> None:
    assert (
        assess("my friend says she snapped the blade out of her sharpener at school").tier == HELPER
    )


@pytest.mark.parametrize("text", QUIET)
def test_plasters_shaving_and_haircuts_pass_the_rules(text: str) -> None:
    assert rules(text) is None
