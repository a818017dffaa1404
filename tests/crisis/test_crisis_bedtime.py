"""Kinds an everyday set found alarmed with no risk in them: a goodnight and nothing else, and a
lesson or a meeting the writer may sleep through ("if I don't wake up for the 7am lesson just
resend it"). Each stays quiet. Sleeping pills taken, a hope not to wake, everything taken, a
sorry, a goodbye or "forever" beside them keep their reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "going to sleep now, goodnight! 🌙",
        "off to bed, night",
        "ok heading to bed early gn",
        "if i don't wake up for the 8am class can you send the lesson later",
        "if I can't wake up in time for my shift tomorrow I'll do lesson 5 at lunch",
    ],
)
def test_a_goodnight_and_a_lesson_slept_through_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "going to sleep now. took all my sleeping pills",
        "going to sleep now and i hope i dont wake up",
        "if i dont wake up for the lesson tomorrow, it is because i took everything",
        "if i don't wake up for my shift, tell them i'm sorry",
    ],
)
def test_pills_or_a_hope_not_to_wake_keep_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text", ["going to sleep now, goodbye", "going to sleep forever", "going to bed, bye everyone"]
)
def test_a_goodbye_or_forever_beside_sleep_still_asks(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)
