"""Kinds a blind set found missed: effort felt as pointless, said casually: "why do I even
bother", "nothing I do matters". They get a caring reply. Their lookalikes (eyeliner bothered
with as a joke, ironing nobody sees, a game decided by chance) get none from this rule. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess, normalise, weary


@pytest.mark.parametrize(
    "text",
    [
        "why do i even try anymore",
        "whats the point, why should i even bother. nothing i say matters",
        "ngl nothing i ever do makes any difference",
    ],
)
def test_effort_felt_pointless_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "why do i even bother with eyeliner lol",
        "nothing i do matters in this game, rng decides everything",
        "why do i bother ironing shirts nobody sees them",
        "no point i try to explain the offside rule to him",
    ],
)
def test_chores_games_and_jokes_are_no_distress_here(text: str) -> None:
    assert not weary.distress(normalise(text))
