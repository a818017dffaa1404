"""Kinds a blind set found around recovery: time clean from self-harm or a drug.

A milestone ("2 years clean today!") is good news and gets no alarm; time clean lost ("cut again
after 6 months clean", "3 months clean gone", "100 days clean and I broke it") keeps the full
reply, and wanting not to be here while clean keeps at least the check-in."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "2 years clean today!",
        "6 months clean from cutting today, so proud of myself",
        "400 days clean, my sponsor took me out for breakfast",
        "one year clean tomorrow and my mum is baking a cake",
        "6 months clean from self harm today, feeling good",
    ],
)
def test_a_milestone_clean_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "cut again last night after 8 months clean",
        "5 months clean gone, burned my arm tonight",
        "hit 90 days clean and then broke it an hour ago",
        "relapsed tonight, 2 years clean down the drain and i want to do it again",
        "6 months clean from cutting and i want to cut so bad tonight",
        "3 months clean from self harm but the urges are back",
    ],
)
def test_time_clean_lost_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_not_wanting_to_be_here_while_clean_keeps_the_check_in() -> None:
    text = "9 months clean and all i can think about is not being here anymore"
    assert assess(text).tier in (CRISIS, CHECK)
