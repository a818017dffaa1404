"""Kinds a blind set found misread: a song's title typed in Title Case, named by where it comes
from or by being stuck in the head ("got Suicide Is Painless from M*A*S*H stuck in my head"),
is a tune, not a method asked, and stays quiet. A thought of dying that is "stuck in my head",
with no song, tune or title around it, is the writer's own and gets the full reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "got Suicide Is Painless from M*A*S*H stuck in my head. used to watch it with my grandpa "
        "every sunday",
        "Everybody Wants To Rule The World by Tears for Fears on repeat today, what a tune",
        "this song about wanting to die is stuck in my head lol",
        "is 'Suicide Is Painless' the M*A*S*H theme? randomly got it stuck in my head lol",
    ],
)
def test_a_title_or_a_tune_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "the thought of killing myself is stuck in my head all day",
        "i want to die, it's stuck in my head and won't leave",
        "I Want To Die Tonight, that's all i can think, stuck in my head like a loop",
    ],
)
def test_a_thought_stuck_in_the_head_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
