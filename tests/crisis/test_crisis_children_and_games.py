"""Kinds a blind set found missed: a child who plays a video game and told a parent they want to
die (the reply for helpers, even beside the game's name), and a child heard shouting "kill
yourself" at mates over a game, asked about by a parent (quiet), and a game played to get through
a wish of the writer's own ("because i want to die"). A game joke of the writer's
own stays quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

THEIRS = (
    "my son plays fortnite all day and told me he wants to kill himself",
    "my daughter plays roblox and said she wants to die",
    "my best friend is always on minecraft and keeps saying he wants to end it",
    "my son yells kys at his friends on fortnite, and yesterday he said he might hurt himself. "
    "how do i talk to him?",
    "my little brother lives on roblox and texted me that he doesn't want to live anymore",
)
QUIET = (
    "my teenage son plays call of duty all night and shouts 'kill yourself' at his mates, how do "
    "i talk to him?",
    "my daughter keeps typing kys to other players in roblox, is this normal?",
    "my daughter plays roblox and said she wants a new skin",
    "in minecraft i said i'd die if i lost this match lol",
    "in minecraft i killed myself with tnt lol",
)


@pytest.mark.parametrize("text", THEIRS)
def test_a_child_who_said_it_beside_a_game_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_a_game_insult_or_joke_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


OWN = (
    "playing minecraft all night because i want to die and nothing helps",
    "i play fortnite to forget that i want to kill myself",
    "been on roblox for hours so i don't think about wanting to end it",
)
GAME_CAUSED = (
    "this minecraft level makes me want to die lol",
    "nothing helps me beat this elden ring boss lol",
    "tried every strategy on this final boss, nothing helps lol",
)


@pytest.mark.parametrize("text", OWN)
def test_a_game_played_to_get_through_a_wish_is_the_writers_risk(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize("text", GAME_CAUSED)
def test_a_game_that_caused_the_words_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
