"""Kinds a blind set found missed: life set against a place or a means of dying, the writer
leaning to the end ("after that its cold turkey or the river. leaning river"), which gets the
full reply; and the only thing holding the writer back said to be giving way ("the only thing
stopping me is my daughter. and lately even that isnt working"), which gets the check-in at
least. Their lookalikes (a route to work, a day out by the lake, what stops the writer quitting
a job) get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, last_hold, normalise


@pytest.mark.parametrize(
    "text",
    [
        "once the pension stops its the shelter or the bridge. leaning bridge",
        "another round of chemo or the rope, probably the rope",
        "my meds run out friday. then its withdrawal or the tracks. leaning tracks",
    ],
)
def test_an_end_chosen_over_living_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "the only thing keeping me here is my dog and even he isnt enough anymore",
        "only reason holding me back is my mum. even that is not working now",
    ],
)
def test_the_last_hold_giving_way_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "the bike or the train to work, leaning train",
        "pasta or the lake picnic, leaning lake",
        "the only thing stopping me from buying the flat is the deposit and even that isnt enough",
        "for the model railway, the viaduct or the bridge kit? leaning bridge",
    ],
)
def test_choices_of_a_day_or_a_purchase_get_no_alarm(text: str) -> None:
    assert assess(text).tier is None
    plain = normalise(text)
    assert not last_hold.leaning(plain)
    assert not last_hold.giving_way(plain)
