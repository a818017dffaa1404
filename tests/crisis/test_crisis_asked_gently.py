"""Kinds a blind set found missed: method questions asked in formal, older or second-language
English, naming the end by a reunion or a gentle going: an amount of medicine "sufficient to
join her", the quantity that "stops the heart", the gentlest way to go "at my age", an old gun
for which "I only need one shell", how cold before a person freezes to death, and whether
insulin works on someone not diabetic, for oneself. They get the full reply. Their lookalikes
(tablets enough to see the GP, the easiest route, a clay shoot, sheep in the cold, insulin for
bodybuilding) get no alarm from this rule. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, asked_gently, assess, normalise


@pytest.mark.parametrize(
    "text",
    [
        "Please advise what quantity of my husband's heart tablets would be enough to be with him",
        "I should like to know the amount of warfarin that stops the heart of an old woman",
        "what is the kindest way for me to pass on, I am 86 and tired",
        "the old rifle in the loft, does it still fire? I just need the one bullet",
        "how long before a person would freeze to death sitting out on the moor tonight",
        "would insulin work on a non diabetic? it is for me",
    ],
)
def test_a_method_asked_gently_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "how many tablets are enough to see my GP about the side effects",
        "how many tablets are needed to go to my mum's for the week",
        "how cold does it have to be for the sheep to freeze to death",
        "I only need one shell for the clay shoot on Saturday",
        "I only need one round of golf to qualify",
        "does insulin work on a non diabetic for bodybuilding, asking for me",
        "what is the easiest way to go to the hospital from the station",
    ],
)
def test_errands_animals_and_sport_are_no_method_here(text: str) -> None:
    assert not asked_gently.method(normalise(text))
