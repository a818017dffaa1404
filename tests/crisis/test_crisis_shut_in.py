"""Kinds a blind set found missed: someone else's risk told by where they are shut in or what
they asked. A worker or a son who has not come out of a shed or a room for hours, locked in,
with a poison or a means open beside them; a partner gone quiet who asks where the insurance
papers are and whether the writer would be all right alone. They get the reply for helpers.
Their lookalikes (a teenager gaming behind a locked door, papers asked after before an
operation or a trip) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "my brother hasnt come out of the garage in three hours, door bolted from the inside and "
        "the hose is gone from the garden",
        "shearer hasn't come out of the shed since lunch, locked from inside, the weedkiller is "
        "open on the floor",
        "my flatmate hasn't come out of her room all day, locked herself in, her pills are gone "
        "from the kitchen",
        "he's barely spoken in weeks. last night he asked where the life insurance papers are and "
        "whether i would manage on my own",
        "my dad asked where his will is kept and if i'd be alright without him. he never talks "
        "like that",
    ],
)
def test_someone_shut_in_with_a_means_or_asking_after_the_papers_gets_the_helpers_reply(
    text: str,
) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "my son hasn't come out of his room in 3 hours, door locked from inside, gaming with the "
        "headphones on",
        "before his surgery he asked where the insurance papers are and if i'd be ok on my own",
        "he asked where the insurance papers are since the flood, and if i'd be fine on my own "
        "while he's away on the work trip",
    ],
)
def test_a_door_locked_for_a_game_or_papers_asked_before_a_trip_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
