"""Kinds a blind set found missed: a wish to be dead told as being buried, the way the bush, the
boat and the barracks say it: rather "six foot under" than face the bank, "better off in a pine
box", "better off in the ground", rather be "pushing up daisies" than go on. They get the full
reply. Their lookalikes (the same words as a joke about a meeting or a jumper, a band's name, a
wish about one's burial, bulbs or an old ute better off in the ground) get no full reply. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "rather be six feet under than face another season like this one",
        "honestly i'd rather be pushing up daisies than go on like this",
        "reckon i'm better off in a pine box, the way things are",
        "the family'd be right, i'm better off in the ground",
        "id rather be in a coffin than keep living like this",
        "some days i think i'd be better off six foot under",
    ],
)
def test_a_wish_told_as_being_buried_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather be six feet under than sit through another budget meeting lol",
        "i'd rather be in a coffin than wear that jumper haha",
        "the band Six Feet Under is playing the pub on friday",
        "grandad wanted to be in the ground next to nan, not cremated",
        "the bulbs are better off in the ground before winter",
        "my old ute is better off in the ground at this point",
        "we sang at the graveside and laid him in the ground beside his father",
    ],
)
def test_their_lookalikes_get_no_full_reply(text: str) -> None:
    assert assess(text).tier != CRISIS
