"""Kinds a blind set found missed: a will written for a property bought or on a lawyer's advice,
a song's killing sung all day, old things given away as an offer with their reason named (quiet,
unless a word of the writer's own end is beside them), and a spouse or a parent gone with the
house gone quiet, their photo talked to, their wardrobe not faced or the writer expected to be
over it (the caring reply)."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess, grieving, normalise

QUIET = (
    "I'm writing my will because I bought land, my lawyer says every adult should. nothing wrong",
    "been thinking about my will — not like that lol, i just bought a flat and my lawyer said to "
    "do one",
    "finally did my will, we bought our first house in May",
    "my solicitor advised me to write a will now that we have the farm",
    "can't stop singing bohemian rhapsody since yesterday, mama just killed a man etc 🎤",
    "can't stop humming 'I shot the sheriff' all day, send help",
    "giving away my old uniforms since i retired, anyone need size L",
    "clearing out the kids' outgrown coats, free to collect if anyone wants them",
    "getting rid of my old work boots since retirement, dm me if you need size 10",
)
ALARMED = (
    "writing my will, bought a house, won't be around much longer anyway",
    "my lawyer said i should write a will but what's the point, i won't be here",
    "my lawyer said every adult should have a will, so i bought the plot beside my husband's. "
    "i'll be using it soon",
    "bought the grave next to my son's, i think i will be using it soon",
    "giving away all my stuff since i retired, anyone want it, won't need anything soon",
    "can't stop singing this song, it makes me want to kill myself",
)
PET = (
    "our dog died last week and the house is so quiet",
    "the cat passed on sunday, she was 17, the flat feels empty without her",
)
GRIEF = (
    "since my wife passed last year the house is so quiet. i talk to her photo",
    "my husband died in march and the evenings are so lonely",
    "mum passed away in the spring, i still talk to her grave every sunday",
    "i lost my husband in june and the house feels so empty",
    "my dad passed in january and i still can't bring myself to clear out his wardrobe",
    "three years since my son died and people expect me to be over it",
    "my nan passed last spring and i still cannot face going to her house",
)
NOT_GRIEF = (
    "lost my keys again, the house is so quiet with everyone at work",
    "passed my driving test and the house is so quiet, everyone is out celebrating without me lol",
    "the funeral home was so quiet when we went to pick the flowers",
    "passed the exam but i still can't bring myself to open the results email lol",
    "everyone expects me to be over the breakup by now",
)


@pytest.mark.parametrize("text", QUIET)
def test_wills_songs_and_giveaways_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ALARMED)
def test_an_end_beside_them_still_alarms(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize("text", GRIEF)
def test_a_house_gone_quiet_after_a_death_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", NOT_GRIEF)
def test_no_death_of_someone_close_is_no_grief_rule(text: str) -> None:
    # keys lost, a test passed: the grief rule reads no death here (the classifier may still
    # hear loneliness in them, which is its own reading)
    assert not grieving.distress(normalise(text))


@pytest.mark.parametrize("text", PET)
def test_a_pet_gone_and_a_quiet_house_is_left_to_the_pet_rules(text: str) -> None:
    assert assess(text).tier is None
