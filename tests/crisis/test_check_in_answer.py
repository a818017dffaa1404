"""Replies typed under the check-in's question, read as people mean them."""

from __future__ import annotations

import pytest

from crisis.check_in_answer import NO, UNSURE, YES, read


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("yes", YES),
        ("Yes 😔", YES),
        ("yes, sometimes", YES),
        ("Yeah I am", YES),
        ("kinda", YES),
        ("all the time", YES),
        ("idk", YES),
        ("I don't know", YES),
        ("I'm not sure", YES),  # ambivalence is a reason to talk
        ("no", NO),
        ("Nope.", NO),
        ("no, I'm fine", NO),
        ("no i'm not", NO),
        ("I do not", NO),
        ("just asking", NO),
        ("not really", UNSURE),
        ("no but sometimes it crosses my mind", UNSURE),  # a no with a turn is not a no
        ("hello", None),
        ("yesterday was a hard day", None),
        ("nothing new", None),
        ("notes from lesson 3?", None),
        # a remark or a question typed within the hour keeps its own reading
        ("i'm not ok", None),
        ("no one cares about me", None),
        ("nah i just want to disappear", None),
        ("never felt worse", None),
        ("I'm not sure what NMDA means", None),
        ("I have a question about ketamine", None),
        ("yes please send the next lesson", None),
        ("a lot better thanks", None),
    ],
)
def test_a_typed_reply_to_the_check_in_is_read_as_meant(text: str, meant: str | None) -> None:
    assert read(text) == meant
