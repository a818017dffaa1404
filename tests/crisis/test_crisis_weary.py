"""Kinds a blind set found missed: distress told in everyday or internet words
(``crisis/weary.py``): a mood in one word, no spoons, losses one after another, not knowing what
to do with oneself, a brain listing why everyone hates you, the radio on "just to hear a voice",
stuck like this for good, everything too loud, a family missed that hurts more than a sentence,
a mental state "in shambles", an image one can't shake, staring at the ceiling, a partner who
says one doesn't talk any more, "do we all just pretend", "this week can go to hell", postnatal
depression named. Each gets the caring reply from the rules alone; the lookalikes (cutlery, a
cold, a music mix, a boring day off) do not."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, normalise, weary
from tests.crisis.silent import rules

CARING = (DISTRESS, CHECK, CRISIS)
ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "feeling rough",
        "so flat",
        "zero spoons left today, skipping the lesson",
        "lost my job, lost the flat, sleeping on my brother's sofa",
        "she left with the kids and I don't know what to do with myself",
        "my brain keeps listing reasons everyone hates me",
        "I feel like such a failure lately",
        "I ring the speaking clock just to hear a voice some nights",
        "the clinic said no again. I'm stuck like this forever",
        "home a fortnight and everything is too bright and too fast",
        "missed my son growing up. him calling me mister hurts more than anything",
        "my head is in tatters this month",
        "pulled a man out of a car today. can't shake the images",
        "most mornings I lie in bed staring at the wall",
        "my missus says I don't laugh anymore",
        "are we all just pretending to be fine",
        "this year can go to hell",
        "I think I have postnatal depression and nobody's noticed",
        "three more years inside, my daughter will have forgotten who I am",
        "so tired from everything, every day the same",
        "haven't left my room for three weeks",
        "my heart feels so heavy since the funeral",
        "don't want to get out of bed, what's the point of the day",
        "I've been going through the motions since spring",
        "since he died I sit by the window waiting for the days to pass",
    ],
)
def test_distress_in_everyday_words_gets_the_caring_reply(text: str) -> None:
    assert rules(text) in CARING


@pytest.mark.parametrize(
    "text",
    [
        "we ran out of spoons, can you buy plastic ones for the picnic",
        "no spoons in the drawer, the dishwasher is still running",
        "lost my keys, lost my phone, what a day",
        "first day of retirement and I don't know what to do with myself lol",
        "can't shake this cold, third week of it",
        "everything is too loud in this mix, turn the bass down",
        "what is postnatal depression and how is it treated?",
        "the kids will forget about me once the new puppy arrives lol",
        "haven't left the house in 4 days, this flu is brutal",
        "don't want to get up, it's sunday and raining",
        "the team was going through the motions in the second half",
        "waiting for the day to end, this shift is endless",
    ],
)
def test_lookalikes_get_no_caring_rule(text: str) -> None:
    assert not weary.distress(normalise(text))
    assert rules(text) not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "i'm so lonely i've started talking to the villagers in minecraft",
        "i feel so alone, even my fortnite squad stopped inviting me",
        "been so isolated, roblox is the only place anyone talks to me",
    ],
)
def test_loneliness_told_beside_a_game_gets_the_caring_reply(text: str) -> None:
    assert rules(text) == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my minecraft villager is so lonely lol",
        "i am so sad my minecraft dog died lol",
        "this fortnite update makes me want to die 😂",
    ],
)
def test_a_game_joked_about_stays_quiet(text: str) -> None:
    assert rules(text) is None
