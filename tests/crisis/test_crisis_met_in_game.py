"""Kinds a gaming community's moderator showed missed: someone in the writer's game group, squad
or lobby telling of their own life ("a 14yo in our roblox group said his parents would be
happier if he was gone"): the game names where they met, not a game's death, and the helpers'
reply is given. The game's own deaths told by the group ("the new update is killing them lol",
"we blew up the village and everyone died") stay quiet."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "a 14yo in our roblox group said his parents would be happier if he was gone",
        "a kid in our fortnite squad said he wishes he was dead",
        "someone in my minecraft lobby said they want to kill themselves tonight",
    ],
)
def test_someone_met_in_a_game_group_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "my roblox group said the new update is killing them lol",
        "in our minecraft group we blew up the village and everyone died lol",
    ],
)
def test_a_games_own_deaths_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
