"""Kinds a blind set found missed: means kept close and harm done on purpose, told by the deed
(``crisis/kept.py``): a rope or a gun kept near and checked on, a loaded weapon "not for work
reasons", pills squirrelled away, the means as all one has left, the drug box "calling my name",
weights dropped on one's own hand on purpose, arms scraped with a knife night after night. Each
gets at least the check-in from the rules alone; the lookalikes (a climbing rope that was stolen,
deer season, a weekly pill organiser, a game's inventory, a pistol in a shop, a kitchen slip)
stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, kept, normalise
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "the cord's been coiled under my bunk for a week now. i keep checking it's still there",
        "there's a shotgun in the hall closet and i keep going back to it at night",
        "my pistol sits on the kitchen table, I keep staring at it",
        "service revolver stays loaded on the nightstand now, and not for protection",
        "i carry the glock into the bathroom, one in the chamber, not for work",
        "been hoarding my tramadol since the knee op, got a good stack in a sock",
        "stockpiling my sleepers for a couple of months now",
        "i been saving up my xanax, every second night i skip one",
        "lost the job and the apartment. only thing i have left is my rifle",
        "paramedic 8 years. the narcotics box in the rig keeps calling to me on night shift",
        "my duty weapon has been calling my name since the inquiry",
        "slammed my hand in the truck door on purpose last night, twice",
        "i punch my own legs on purpose till they go purple",
        "been cutting into my thighs with a razor every night since the breakup",
        "keep scratching my wrists with a pin, can't stop",
        "keep checking the belt is still on the hook in my closet",
        "been picking at my wrists with a safety pin since school started",
        "loaded my dad's revolver and put it on the desk. sat here staring at it for an hour",
        "bought a length of hose and tape, the car's in the garage",
        "saved up way more than enough of my sleepers, just not decided when",
    ],
)
def test_means_kept_close_or_harm_on_purpose_gets_asked(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "climbing rope is in the car, i keep checking it's still there since it got stolen once",
        "gun safe in the garage, I keep checking it's locked when the kids visit",
        "rifle's loaded for deer season, not for protection, just for hunting",
        "range day: one in the chamber, not for work, just practice with the new glock",
        "my sidearm keeps calling my name at the range lol",
        "been saving up my vbucks for the new skin",
        "keep checking my seat belt is still buckled lol",
        "loaded the rifle for the range, sitting here looking at it proud",
        "fixed the garden hose leak with duct tape in the garage",
        "our narcotics box keeps calling me for restock reminders, annoying app",
        "my gun keeps calling my name since i bought the new optic, range sunday",
        "squirreling away my vbucks and my potions for the boss",
        "stockpiling ammo for hunting season",
        "i keep checking the rifle is still in the safe before the hunting trip",
        "picking at my skin with a needle to get a splinter out",
        "putting aside my pills for the week in the organiser every sunday",
        "stashing away my meds in the carry-on for the flight",
        "putting away my pills in the weekly organiser",
        "only thing i've got left in my inventory is a pistol and two medkits",
        "that new pistol at the gun store keeps calling my name, payday can't come soon enough",
        "the river is calling my name, kayak trip this weekend",
        "the pizza in the fridge is calling my name",
        "dropped a plate on my hand at the gym, not on purpose, just clumsy",
        "scraped my arm with a knife while chopping onions again, can't stop being clumsy",
        "this boss fight killed me, only thing left in my loadout is a sidearm",
    ],
)
def test_everyday_means_stay_quiet(text: str) -> None:
    assert rules(text) not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "been collecting my meds from the pharmacy every month",
        "my mum has been saving up her pain pills, what do i do",
        "my husband keeps stockpiling opioids in his sock drawer",
    ],
)
def test_pills_fetched_or_hoarded_by_another_are_not_the_writers_hoard(text: str) -> None:
    # whatever other rules make of them, this one does not read the writer's own hoard here
    assert kept.check(normalise(text)) is False


def test_a_means_checked_on_is_read_in_normalised_text() -> None:
    assert kept.check(normalise("the rope's in the truck. i keep checking it's still there"))
