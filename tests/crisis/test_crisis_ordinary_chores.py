"""Kinds a blind set found missed as false alarms: a will made because everyone is told to (at
seventy, after a child's birth) or as a law-school assignment; a professional who is asked about
lethal doses at work and wants to handle it well; animals butchered as a day's work; a sad song
that makes the writer cry every time, its line quoted; and a goodbye to everyone before a trip
whose length is told ("for a month"). They get no reply. The same words with the writer's own
end beside them keep their reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess, lookalikes, normalise


@pytest.mark.parametrize(
    "text",
    [
        "finally made my will, like every responsible adult should, now for a coffee",
        "we made our wills after the twins were born, everyone says you should",
        "made a will for my estates and trusts assignment, got an A",
        "I made my will as homework for the succession law module, weird but useful",
        "made my will like any sensible 65 year old, the solicitor was lovely",
        "as a pharmacist I keep getting asked about fatal doses of paracetamol, how do I answer "
        "that professionally",
        "as a nurse I get asked what a lethal dose is, what should I say to patients",
        "butchered three pigs this morning, my back is killing me",
        "spent the day butchering the deer we got, hands are raw",
        "that song by radiohead makes me cry every time, 'you do it to yourself' hits hard",
        "मेरे बेटे की शादी के बाद सबको अलविदा कहकर दो हफ्ते के लिए मायके जा रही हूँ",
        "me despido de todos, me voy por dos semanas a la playa con mis hijas",
    ],
)
def test_everyday_chores_and_trips_get_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "made my will like every sensible adult, now I can go without leaving a mess",
        "as a pharmacist I know the lethal dose, I want to take it myself tonight",
        "made my will today. nobody will miss me",
        "wrote my will and the letters, i won't be here much longer",
    ],
)
def test_the_writers_own_end_beside_them_keeps_the_reply(text: str) -> None:
    assert assess(text).tier is not None


def test_a_pharmacist_asking_the_lethal_dose_for_themselves_gets_the_full_reply() -> None:
    text = "as a pharmacist I get asked about lethal doses, what's the one for me"
    assert assess(text).tier == CRISIS


def test_will_as_a_verb_beside_coursework_is_no_will_made() -> None:
    text = "thanks for the module on sleep. i will end the way my uncle did, by my own hand"
    assert not lookalikes.will_as_told(normalise(text))
