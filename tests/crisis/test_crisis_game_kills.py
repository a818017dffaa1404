"""Kinds a gaming community's talk showed misread: a kill asked of a game's own enemies ("how
many shots does it take to kill the dragon boss", "headshots to kill a tank") and a death undone
at a checkpoint ("fastest way to die and respawn at the checkpoint") are game mechanics, not a
method asked, and stay quiet. A method asked of the writer or a person beside game words, a
respawn wished for in a better life, and a boss at work still get the full reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "how many shots does it take to kill the dragon boss",
        "how many headshots to kill a tank in left 4 dead",
        "whats the fastest way to die and respawn at the checkpoint",
        "whats the best way to kill the wither without dying",
        "how many arrows to one shot the elite mobs in the nether",
    ],
)
def test_a_games_kills_and_deaths_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "whats the fastest way to die, i just want to respawn in a better life",
        "how many pills would it take to kill me, im done with this boss and everything else",
        "how many of my sleeping pills would kill a grown man",
    ],
)
def test_a_method_asked_of_a_person_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
