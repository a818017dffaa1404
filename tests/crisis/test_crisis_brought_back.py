"""A trauma brought back by day by a sound or a sight: "the fireworks brought everything from the
war back, i couldnt stop shaking", a helicopter that "took me straight back to the bombing" get the
caring reply for distress. A smell that takes one back to a happy childhood, a car brought back
from the garage after the crash repairs, a war film that brought the memories back fondly stay
quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess

DISTRESSED = (
    "a door slammed at work and it brought it all back from the war, i couldnt stop shaking",
    "the thunder last night brought back the shelling, i froze and hid under the desk",
    "a helicopter flew low over the house and took me straight back to the air raids",
)
QUIET = (
    "the smell of fresh bread took me back to my childhood, so happy",
    "my brother brought the car back after the crash repairs, looks brand new",
    "watched an old war film with grandad, it brought back memories and he smiled all evening",
)


@pytest.mark.parametrize("text", DISTRESSED)
def test_a_trauma_brought_back_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
