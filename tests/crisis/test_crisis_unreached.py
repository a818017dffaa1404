"""Someone else's farewell posted or sent, and nobody able to reach them, and someone else on a
roof with staff or neighbours shouting to them to come back: the helpers' reply. A friend's
farewell before a trip, a game's "see you on the other side" and a roofer on a roof stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess

HELPERS = (
    "my sister wrote 'goodbye everyone' on her instagram and her phone is off",
    "our son texted the family group 'sorry for everything' and nobody can reach him",
    "my mate posted see you all on the other side last night and he isnt answering",
    "there is a woman on the roof of the hospital car park, the guards are begging her to come "
    "down",
    "a lad on the ledge of the flats, people yelling at him to come back in",
)
QUIET = (
    "my brother posted 'goodbye everyone, off to thailand for a gap year!' and his phone is off",
    "my brother posted goodbye everyone, off on holiday and his phone is off",
    "there is a man on the roof of the care home fixing the gutters",
)


@pytest.mark.parametrize("text", HELPERS)
def test_someone_elses_signs_get_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_trips_games_and_roofers_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
