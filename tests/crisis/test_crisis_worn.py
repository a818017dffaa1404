"""Kinds a blind set found missed: distress in the words of service life and of the young online
(``crisis/worn.py``): funerals piling up and comrades lost from one's old unit, nobody at work or
home who gets it, a message that opens with being overwhelmed or "running on spite", not able to
look at oneself in the mirror, a friend who ghosted the writer and old chats reread. Each gets
the caring reply from the rules alone; the lookalikes (players lost in a raid, a joke nobody got,
overwhelmed with the support, a bad haircut, being left on read, laughing) do not."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS
from tests.crisis.silent import rules

CARING = (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "fourth funeral this year. i'm running out of ways to say sorry to the wives",
        "we lost two brothers from our old platoon since march, can barely sleep",
        "too many funerals, all of them young",
        "funeral after funeral this year. third one from my old unit",
        "no one in this house gets me",
        "lowkey overwhelmed rn. school, work, my parents fighting",
        "my bf stopped texting me and idk what i did wrong",
        "no one at home gets it. i come back from a call and just stare",
        "nobody in my unit understands me any more",
        "burnt out. third night shift in a row and the baby won't settle",
        "running on fumes, haven't had a day off in a month",
        "after that call i could not look at myself in the mirror for a week",
        "my bestie blocked me everywhere and won't say why",
        "i keep scrolling through our old dms every night since she stopped talking to me",
    ],
)
def test_service_and_online_distress_gets_the_caring_reply(text: str) -> None:
    assert rules(text) in CARING


@pytest.mark.parametrize(
    "text",
    [
        "lost three guys from my squad in the raid, gg",
        "nobody gets the joke in lesson 3, can you explain it",
        "nobody in my guild gets it, the raid strat is simple",
        "funeral season in the show this year, they killed off everyone",
        "lost three guys from my squad to the other team, gg",
        "overwhelmed with the support after the charity run, thank you all",
        "cant look at myself in the mirror after this haircut lol",
        "my friend left me on read lol",
        "my mutual ghosted the group chat",
        "overwhelmed with calls tonight, busy shift at dispatch",
        "running on empty, gotta fill the truck before shift",
        "can't look at myself in the mirror with this sunburn",
        "the streamer ghosted me in game lol",
    ],
)
def test_everyday_lookalikes_get_no_caring_reply(text: str) -> None:
    assert rules(text) is None
