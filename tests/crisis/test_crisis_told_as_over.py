"""Kinds a blind set found alarmed on wrongly: a crisis long past told with a milestone reached
since ("years ago i tried to end my life; today i graduated as a nurse"), in English and in
Ukrainian ("once I had depression and thoughts of death, now all is well"), and a named artist's
song said to be about self-harm. They stay quiet. A wish told now beside the milestone keeps the
full reply, and a song by someone the writer knows keeps the reply for helpers. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "8 years ago i tried to end my life. today i graduated as a paramedic 💛",
        "six years ago i tried to kill myself, this year i qualified as a teacher",
        "in 2016 i attempted suicide. last week i got married",
        "that track by the smiths on repeat, he really wrote about cutting himself huh",
        "that album by elliott smith, he basically sings about wanting to die on every track",
        "колись у мене була депресія, але тепер мені краще, дякую за уроки",
        "колись я мала думки про смерть, зараз все добре",
    ],
)
def test_a_past_crisis_or_an_artists_song_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "years ago i tried to end my life. today i graduated, but i still want to die",
        "today i graduated and i want to end my life",
    ],
)
def test_a_milestone_beside_a_wish_now_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my son played me a song by his band, he wrote about cutting himself",
        "my daughter wrote a song, she sings about cutting herself",
    ],
)
def test_a_song_by_someone_known_still_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


def test_depression_told_now_in_ukrainian_still_gets_the_caring_reply() -> None:
    assert assess("у мене депресія і думки про смерть").tier == DISTRESS
