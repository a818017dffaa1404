"""Kinds a blind set found missed: a farmer losing the farm who said he would take the gun out
to the back paddock "and sort it", told by a worried relative far away. Someone else's gun taken
out to a field, the barn or the creek "to sort it", "to finish it" or "to end it" gets the reply
for helpers; the writer's own gets the check-in. Their lookalikes (a gun taken out for a fox,
the rabbits or the wild dogs, to the range for the season) get no alarm. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my dad lost the farm last month. mum says he's going to take the rifle out to the top "
        "paddock and sort it. what do we do",
        "My brother told his wife he's taking the shotgun down to the creek to end it, I'm three "
        "hours away",
        "Grandad said he'd take the old twelve gauge out behind the barn and finish it, the "
        "bank's taking everything",
    ],
)
def test_someone_elses_gun_taken_out_to_sort_it_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


def test_the_writers_own_gun_taken_out_to_sort_it_asks() -> None:
    text = "I'm going to take the gun out to the back field tonight and sort it"
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "taking the gun out to the back field to sort the fox that got the hens",
        "dad's taking the rifle up to the top paddock to deal with the wild dogs again",
        "he took the shotgun out to the range to sort his aim before the season",
        "my uncle's taking the gun out to the bottom field to take care of the rabbits",
    ],
)
def test_a_gun_taken_out_for_a_pest_or_the_range_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
