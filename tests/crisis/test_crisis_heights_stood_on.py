"""Kinds a blind set found missed: a railway trestle, a viaduct, an overpass or a water tower
stood on now, by the writer ("im up on the water tower, just wanted to tell somebody") or by a
friend with a train due ("my friend is standing on the railroad trestle texting me that the
train's due at 10"). The writer's own gets the full reply, a friend's the reply for helpers.
Their lookalikes (photos of a steam train from a trestle, a crew painting a water tower, a
survey of a viaduct, a climb as teenagers told as past) get no alarm. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my friend is standing on the railway trestle and says the freight comes at midnight",
        "my sister is sitting on the viaduct and says the 6 oclock train will do it",
        "my brother is up on the water tower and wont answer his phone",
    ],
)
def test_someone_on_a_trestle_or_tower_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i am standing on the overpass again tonight",
        "up on the water tower. wanted somebody to know",
        "sitting on the train trestle, the next one is due in twenty minutes",
    ],
)
def test_the_writer_on_a_trestle_or_tower_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "we are standing on the trestle taking photos of the old steam train",
        "im on the water tower crew this summer, painting it",
        "we climbed up on the water tower as teenagers, good times",
        "the kids were sitting on the trestle with a coffee watching the sunset",
        "i am on the trestle restoration crew, we replace the old timbers",
    ],
)
def test_trestles_and_towers_at_work_or_play_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
