"""A hurt told plainly with no risk beside it gets the caring reply: a death this morning or
last week with the writer still looking at the empty bed or never having said goodbye, a group
chat made without the writer, being looked at like scum, and a child who will not speak to the
writer or calls someone else mum, with the writer gutted. A plant that died this morning, a
group chat made for a surprise party, and a son who won't speak to me until he gets his phone
back stay quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess

DISTRESSED = (
    "my cat was put down yesterday and i keep expecting her at the door",
    "nan passed away on sunday and i never got to say goodbye",
    "the girls from my class have a secret chat without me",
    "my probation officer treats me like im a piece of dirt",
    "my daughter refuses to talk to me since i got out. it kills me",
    "my boy calls her new fella dad now, breaks my heart",
)
QUIET = (
    "my basil plant died this morning, i keep forgetting to water it",
    "my friends made a group chat without me to plan my surprise birthday",
    "my son wont speak to me until he gets his phone back lol",
)


@pytest.mark.parametrize("text", DISTRESSED)
def test_a_hurt_told_plainly_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_a_plant_a_surprise_and_a_sulk_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
