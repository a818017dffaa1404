"""Kinds an everyday set found given a caring reply: "so low" said of a height or a level (a crop
duster over the house, a phone on its battery) and "has been broken" said of a thing out of order
(a level crossing, a lift). They stay quiet; "so low" and "broken" said of the writer, or of a
heart, keep the caring reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

QUIET = (
    "the crop duster flew so low over the house this morning the windows rattled",
    "the helicopter was so low above our street we could see the pilot",
    "my phone is so low on battery, will reply later",
    "van's so low on fuel, need to stop before the motorway",
    "the lift in our block has been broken since monday, six flights with the shopping",
    "level crossing by the school has been broken for days, barriers stuck up",
)
CARED_FOR = (
    "I've been so low lately",
    "feeling so low over the past few weeks",
    "feeling so low over everything",
    "my heart has been broken since she left and i feel so empty",
)


@pytest.mark.parametrize("text", QUIET)
def test_a_height_a_level_or_a_thing_out_of_order_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", CARED_FOR)
def test_low_or_broken_said_of_the_writer_keeps_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)
