"""Kinds a blind set found missed: a drop stood at with the step thought of ("Sometimes I stand
over the well and think - just one step"; "I end up at the same overpass. Today's the day. I'm
standing on it"), the full reply when told as now and the check-in as a habit; and a local
structure's height looked up with the rest left unsaid ("I looked up how tall the grain
elevator is. Not going to say more"), the check-in. Their lookalikes (a height for a school
project, a bridge for its view, a well stood over to fix the pump) get no alarm from these
rules. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, edge_stood, normalise


@pytest.mark.parametrize(
    "text",
    [
        "i keep ending up at the old viaduct. tonight's the night. i'm standing on it",
        "im sat on the railing of the car park roof right now, just one step",
    ],
)
def test_a_drop_stood_at_now_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "some nights i stand at the quarry edge and think one little step",
        "the debts keep coming. i always end up on the flyover looking down and thinking",
        "googled how high the water tower in our town is. dont ask",
        "checked which car park in town has the tallest drop. then did the laundry like a normal "
        "person",
    ],
)
def test_a_drop_thought_of_or_its_height_looked_up_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i stand over the well to fix the pump, one step at a time down the ladder",
        "looked up how tall the grain elevator is for my kid's school project",
        "looked up which bridge in the city is highest for our sightseeing trip, dont ask why",
        "standing on the overpass for the fireworks tonight, one step from the best view",
        "I stand on the bridge every morning and think one step at a time, one day at a time",
    ],
)
def test_views_jobs_and_projects_stay_quiet_here(text: str) -> None:
    assert edge_stood.read(normalise(text)) is None
