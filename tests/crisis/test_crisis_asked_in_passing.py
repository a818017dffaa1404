"""Method questions and plain intents that slipped past the phrase lists: a jump said as
throwing oneself from a height or under a train (the writer's, or reported of someone else for
the helpers' reply), a lethal amount asked as "what amount of it kills", two means weighed as
"is it faster with insulin or with pills", a non-stopping train asked about "for no reason", and
"no way out except one". Their lookalikes stay quiet: throwing oneself into work or under the bus
at a meeting, an amount that kills moss or a headache, insulin or pills weighed for the blood
sugar, a train question with a trip or a love of trains behind it, a building or an escape room
with one way out."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

CRISIS_REPLY = (
    "i am going to throw myself off the roof of the car park",
    "some nights i just want to throw myself in front of the tram",
    "what amount of my lithium kills, asking seriously",
    "what dose of amitriptyline kills someone my size",
    "would it be quicker with the rope or with my mums pills",
    "is it less painful with pills or with the car in the garage",
    "which expresses pass through the station without slowing? just curious",
    "which freight trains dont stop at the little platforms near me. dont ask why",
)
RISK = (
    "after everything the therapy did nothing, there is no other way out but the last one",
    "3 years of meds and still here. no way out except one really",
)
HELPERS = (
    "my sister texted that she will throw herself off the bridge if he leaves",
    "my flatmate keeps saying he wants to throw himself out of the window",
)
QUIET = (
    "i will throw myself into the new job this autumn, cant wait",
    "i'll throw myself under the bus at the meeting and take the blame for the delay",
    "what amount of weedkiller kills the moss on the patio",
    "what dose of ibuprofen kills a migraine fastest",
    "is it faster with insulin or with tablets to bring the blood sugar down?",
    "is it faster on the train or by car to get to manchester",
    "which trains dont stop at the small stations? i need to get to york by 10",
    "which fast trains dont stop at our station? just curious, im a big train fan",
    "the old mill has no way out except one narrow door, mind the step",
    "in the escape room there was no way out except one and we found it",
)


@pytest.mark.parametrize("text", CRISIS_REPLY)
def test_asked_or_said_in_passing_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", RISK)
def test_no_way_out_but_one_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", HELPERS)
def test_someone_elses_jump_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
