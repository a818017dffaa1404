"""Kinds a blind set found missed: an absence imagined (walking into the bush and not coming
back, how long until people stop missing the writer), a leaving decided with nothing to leave
named, thanks passed on with the course not to be finished, a farewell that is "not a cry for
help", a dark joke that names "if i did it", a storm or an illness wished to have taken the
writer, and pills counted with more to be bought from a different chemist; with their everyday
lookalikes quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

ABSENCE = (
    "sometimes i think if i walked off into the forest and never came back it would be easier",
    "if i swam out into the sea and didnt come back, who would even notice",
    "how long would it take my family to forget me. serious question",
    "how many weeks would it take everyone to stop missing me",
    "started the course to feel better. now i'm thinking how to go",
    "tell my sister i loved her. not going to finish this",
    "tell the group i was grateful. wont make it to the end",
    "the dark joke is nobody would find me for days if i did it haha",
    "wished the flood had taken me too. i still do",
    "i wish the cancer had killed me the first time",
    "counted my sleeping pills. 2 boxes. getting more tomorrow at another pharmacy",
)
FAREWELL = (
    "this isnt a cry for help. i want someone to know before i go",
    "not a cry for help, i just wanted you to know i tried, before i go",
)
QUIET = (
    "if i walked into the woods on a hike and didnt come back by 6, call my mum",
    "how long would it take my dog to stop missing me while im on holiday",
    "how many days does it take for the skin to forget me, asking about tattoo removal",
    "still deciding how to leave the party early without being rude",
    "we're moving next month and i'm working out how to go about it",
    "tell the course people i appreciated it, but not going to finish it, too busy with work",
    "that post is not a cry for help, it's a cry for coffee before i go to work",
    "at hide and seek nobody would find me for days if i did it properly lol",
    "lol nobody would find me for days if i did it at the cabin, no signal up there",
    "wished the storm had taken the old shed with it",
    "the waves were huge, wished the current had taken me further out on the board",
    "counted the paracetamol, 2 packs, buying more at a different chemist as ours is sold out",
)


@pytest.mark.parametrize("text", ABSENCE)
def test_an_absence_imagined_or_a_last_word_passed_on_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", FAREWELL)
def test_a_farewell_that_is_not_a_cry_for_help_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", QUIET)
def test_a_trip_a_pet_a_party_or_a_shortage_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
