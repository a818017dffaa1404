"""Kinds a blind set found missed (a lonely student far from the family, Indonesian; loneliness,
Nepali), told in more of the languages of people who study or work far from home: loneliness
felt, nobody here to talk to, missing home to tears (Hinglish, Punjabi, Nepali, Chinese,
Swahili). Nobody free for cricket, a song that sounds lonely and missing home while having fun
stay quiet or get no more than the caring reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "mujhe bahut akelapan mehsoos hota hai, yahan koi dost nahi",
        "ghar se door hoon, koi baat karne wala nahi",
        "ਮੈਨੂੰ ਇੱਥੇ ਕੋਈ ਦੋਸਤ ਨਹੀਂ, ਬਹੁਤ ਇਕੱਲਾਪਣ ਆ",
        "मलाई घरको धेरै याद आउँछ, रुन मन लाग्छ",
        "在这边一个人都不认识，好孤单",
        "Najihisi mpweke sana hapa ugandani",
    ],
)
def test_loneliness_far_from_home_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "yahan koi dost nahi hai jo cricket khele, koi aayega?",
        "koi dost nahi aaya party me, sab busy the",
        "这首歌听起来好寂寞",
        "घरको याद आयो तर यहाँ रमाइलो छ",
    ],
)
def test_nobody_for_cricket_and_a_lonely_song_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER, DISTRESS)
