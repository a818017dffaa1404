"""Kinds a blind set found missed: someone else at risk, told by a young peer in the words of
games and stories: a friend who keeps saying she wants to "log out permanently" and has given
away her account, and a peer who posted fresh cuts on a close-friends story. They get the reply
for helpers. Their lookalikes (leaving a named app or game, a barber's fresh cuts, a butcher's)
are no such report. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess, normalise, peer_told


@pytest.mark.parametrize(
    "text",
    [
        "my duo says he's logging off forever irl and just sent me all his skins",
        "bestie keeps talking about quitting for good and she gave me her login yesterday",
        "someone in my class put up new cuts on their close friends",
        "a girl from my discord shared pics of her fresh cuts in the vent channel",
    ],
)
def test_a_peer_leaving_for_good_or_posting_cuts_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "she wants to log out of instagram permanently and gave me her account to run",
        "he's quitting fortnite for good, gave me his account",
        "my barber posted fresh cuts on his story",
        "the butcher posted fresh cuts of lamb this morning",
        "the director shared new cuts of the film with the class",
    ],
)
def test_apps_games_and_trades_are_no_peer_at_risk(text: str) -> None:
    assert not peer_told.other(normalise(text))
