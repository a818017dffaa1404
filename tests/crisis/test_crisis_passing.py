"""Kinds a blind set found answered though harmless: a song or a film that gets to the writer
every time it plays; a beer or a glass of wine on a treatment day asked about; an attempt years
ago told with the help got and a long good stretch since. They stay quiet. Their risky twins (a
song that is not just a song any more, drinks mixed with the treatment to not wake up, an
attempt years ago with the thoughts back again) keep their reply. The sentences here were written
for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "that nirvana song about the gun gets me every time. anyway",
        "tried to kill myself years ago, in 2015. got help, been good a long time now",
        "i took an overdose years ago. got help, been fine for years. why does the course "
        "mention it",
        "years ago i tried to end it. got help and been stable ever since, just interested in "
        "spravato",
        "that old dolly parton track always gets me every time it comes on the radio in the cab",
        "the last song in that film makes me well up every single time. anyway, lesson 3?",
        "springsteen's the river gets to me without fail on a long haul",
        "can i have a pint on spravato days or is that daft",
        "is it ok to have a glass of wine the day after my ketamine session? just checking",
        "how long after the treatment can i have a couple of cans with the lads",
        "tried to end it years ago, back in 2009. got proper help, been well for years now",
        "when i was 19 i took an overdose. got help and been steady ever since, just curious how "
        "esketamine works",
    ],
)
def test_a_song_a_drink_asked_about_and_a_past_attempt_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "that song gets me every time now, it's not just a song any more. i want to be gone",
        "can i have a few beers on ketamine days, enough to not wake up",
        "tried to end it years ago, got help, but the thoughts are back again and i want to die",
    ],
)
def test_the_same_with_risk_of_ones_own_keeps_a_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
