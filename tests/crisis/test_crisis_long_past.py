"""Kinds a blind set found missed (as a false alarm): an attempt long past, told with the life
rebuilt since in plain words ("10 yrs ago i tried to end it. doing good now, married, 2 kids"),
with the years written short. It gets no full reply. The same past told with the trouble back now
("but lately i want to die again", "thinking about it again"), or last night's attempt, still
gets the full reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "6 yrs ago i tried to kill myself with the ute in the shed. doing good now, grandkids and "
        "all",
        "15 years ago i overdosed on my pills. doing pretty good these days, back on the boats",
        "8 yrs ago i tried to end it after the farm went. doing good now and loving this course",
    ],
)
def test_an_attempt_long_past_with_the_life_since_gets_no_full_reply(text: str) -> None:
    assert assess(text).tier != CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "10 yrs ago i tried to end it. doing good now but lately i want to die again",
        "years ago i tried to end it and i'm thinking about it again",
        "i tried to end it last night. doing good now i guess",
    ],
)
def test_the_same_past_with_the_trouble_back_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
