"""A crisis told from a safe place now: an overdose or a wish to die years past, and the life the
writer has since (a nursing course, a flat of one's own and a job, a wish to help others, plain
gratitude). No reply. The same story that turns back to now ("but it's back", "the pills again",
"I still want to", "can't go on") keeps its reply. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "when i was 19 i swallowed a bottle of pills. six years later i am a paramedic and i want "
        "to help people like me",
        "back in 2017 i wanted to kill myself every night. now i have my own place and a cat. "
        "feeling grateful",
        "in 2015 i overdosed and woke up in hospital. years later i'm a social work student and "
        "hoping to help others",
        "left that job 3 years ago, back then i wanted to die every morning. today i have my own "
        "apartment and friends. so thankful",
    ],
)
def test_a_crisis_told_from_a_safe_place_now_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "in 2020 i overdosed and nearly died. years later i'm a nurse, but now it's back and i "
        "have the pills again",
        "back then i wanted to die every day. today i have my own flat and a job but i want to "
        "die again tonight",
        "back then i wanted to die. today i have a job and a flat but i can not go on",
        "back in 2017 i wanted to kill myself. now i have my own place but i still want to kill "
        "myself",
    ],
)
def test_the_story_that_turns_back_to_now_keeps_its_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "3 years ago i was suicidal. today i got my first pay cheque and my own flat. so proud",
        "back in 2019 i wanted to end it all. now i have a job, a cat and friends who care",
        "in 2016 i was in hospital after trying to kill myself. this year i qualified. grateful",
        "i overdosed at 16. i'm 34 now with a family and so thankful i'm here",
        "do saal pehle main marna chahta tha, ab sab theek hai, job bhi mil gayi",
    ],
)
def test_more_ways_of_telling_a_crisis_long_over_are_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "back in 2019 i wanted to end it all. now i have a job but lately i want to end it all "
        "again",
        "i overdosed at 16. i'm 34 now and i've got the pills ready again",
        "years ago i was suicidal. now i am doing well but i'm trying to kill myself tonight",
        "do saal pehle marna chahta tha, ab theek hoon lekin ab phir se marna chahta hoon",
    ],
)
def test_more_ways_of_it_being_back_keep_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK, HELPER)
