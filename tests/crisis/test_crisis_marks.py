"""Kinds a blind set found missed: self-harm told in its own words (``crisis/marks.py``): a
habit of cutting that will not stop, the custody slang "cut up", skin scratched till it bleeds
beside a crying baby, blades found and replaced, strips torn off a blanket, harm to get out of a
cell that is to be worse next time. Each read by the rules alone; the same words about a rash,
onions, a quilt, a shave or an exam stay quiet, and someone else's habit gets the helpers'
reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, marks, normalise
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # a habit that will not stop
        "I can't stop cutting lately, even on the good days",
        "cant stop burning myself since the divorce",
        # custody slang
        "cut up again last night, the officers didn't notice",
        "been cutting up behind my door most nights",
        # skin torn until it bleeds, with someone else in the sentence
        "when he shouts I dig at my wrists till they bleed",
        "I pick at my arms until the skin breaks whenever the twins scream",
        # blades found and replaced
        "my dad binned my razor blades so I ordered new ones",
        "the nurse confiscated my sharps, already got more today",
        # blades hidden where no one looks
        "there are razor blades tucked in my phone case",
        "keep a couple of blades inside my sock at school",
        # a ligature made from bedding
        "tearing strips off my bed sheet at night while the wing is quiet",
        "made strips out of the towel, they're under the mattress",
        "shredding my towel into strips tonight",
        "I've made a ligature and hidden it behind the radiator",
        "keep cutting up more since they moved me to the new wing",
        # harm to get out, to be worse and hidden
        "burned my arm to get sent to healthcare. I'll do worse next time and not tell anyone",
    ],
)
def test_self_harm_told_in_its_own_words_gets_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my daughter can't stop cutting since the move",
        "my cellmate's been cutting up again, what do I tell the officers",
    ],
)
def test_someone_elses_habit_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "I can't stop cutting corners at work, my boss noticed",
        "can't stop cutting my own hair during lockdown haha",
        "I'm so cut up about the result, we played well",
        "cut up the onions again, the recipe needs twice as many",
        "that driver cut up everyone on the motorway again",
        "the mosquito bites on my legs, I scratched till they bled",
        "found my old razors in a drawer and bought new ones for shaving",
        "mum threw away my skate blades so I bought new ones for the rink",
        "tearing strips off the old sheet for the dog's rag toy",
        "ripping strips off an old t-shirt to tie up the tomato plants",
        "the surgeon tied a ligature around the bleeding vessel",
        "the blades in the pencil case sharpener keep breaking, need a new one",
        "the vet put a ligature on the lamb's tail",
        "ward audit today: ligature points checked in every room",
        "I'll do worse next time if I don't revise for the exam",
        "we'll do worse next quarter, the sales team says",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    # the rules' own guards; the classifier may still ask about a few of them
    assert rules(text) not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "the kitten scratches my arms till they bleed, she's so playful",
        "the baby scratched my face until it bled, need to cut her nails",
        "the dog bit my hand till it bled, vet says he's scared",
    ],
)
def test_skin_torn_by_an_animal_or_a_baby_is_no_mark_of_ones_own(text: str) -> None:
    assert marks.find(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        # "cut up" by a driver
        "got cut up badly on the M6 by a lorry this morning",
        "some idiot cut me up again at the roundabout, cut up again by the same van",
        "a taxi cut me up at the junction and didn't even indicate",
        # cutting up a thing
        "i have been cutting up cardboard for the recycling all morning",
        "I keep cutting up carrots for the kids lunches",
        "been cutting up old jeans for a patchwork bag",
        # blades taken at an airport, replaced
        "airport security confiscated my razors so I bought new ones at boots",
        "customs took my razors at the border so i bought new ones at the hotel shop",
        # a new kitchen knife enjoyed
        "now that I've got the new japanese knife I can't stop cutting",
        "got a santoku knife for my birthday and can't stop cutting things",
        # a pet's nails
        "our kitten keeps scratching my arms until they bleed",
        "my kitten keeps scratching my arms till they bleed, any training tips",
    ],
)
def test_everyday_cutting_and_a_pets_nails_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "got a new blade and i can't stop cutting",
        "i keep cutting up and nobody notices",
        "been cutting up my thighs again",
        "cut up bad last night in my cell",
    ],
)
def test_cutting_beside_those_lookalikes_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
