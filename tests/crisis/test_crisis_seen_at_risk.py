"""Someone else at risk, seen or heard in plain words, gets the reply for helpers: a person on
the outside of a bridge's railing, a cellmate or a mate who keeps talking about ending it, and
a farewell posted by someone nobody can now find. A worker in a harness over the railing, a kid on
the outside of a skate park's fence filming, and "see you on the other side" posted before a
flight with the phone off till landing do not get it."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess
from tests.crisis.silent import rules

THEIRS = (
    "a girl is standing on the wrong side of the barrier on the motorway bridge",
    "some bloke climbed over on the other side of the railings at the river",
    "my padmate keeps going on about topping himself, asked me for my laces",
    "my bro has been talking about not being here any more",
    "my old cellmate put see you all on the other side on his story and his phone is off",
    "a lad off my wing wrote sorry for everything on facebook and nobody has heard from him",
)
QUIET = (
    "a workman in a harness was standing on the outside of the railing painting the bridge",
    "my cousin posted see you all on the other side, off to thailand, phone off till i land",
    "a kid was sat on the outside of the fence at the skate park filming his mates",
)


@pytest.mark.parametrize("text", THEIRS)
def test_someone_seen_or_heard_at_risk_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_a_job_a_film_and_a_flight_are_no_one_at_risk(text: str) -> None:
    assert rules(text) != HELPER
