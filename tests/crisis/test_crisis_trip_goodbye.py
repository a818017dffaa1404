"""Kinds a blind set found missed: a goodbye to the course with a holiday or a trip named ("off
on holiday tomorrow", "flying to spain on friday", "off to portugal tomorrow") read as a farewell.
It gets no alarm now. A goodbye with a real sign beside it (never coming back, the pills taken
along, "off to sleep forever", a long journey with no return, a bridge tonight) keeps the full
reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "goodbye everyone, course finished, thanks all, flying to spain on friday",
        "bye all, finished the last module, off to portugal tomorrow for two weeks",
        "goodbye everyone, off on a road trip with the kids next week, thanks for the course",
        "bye everyone! done with lesson 12, going on holiday with my sister tomorrow",
        "goodbye everyone, thanks for the lessons, off on our honeymoon on saturday",
    ],
)
def test_a_goodbye_with_a_holiday_named_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "goodbye everyone. off on holiday tomorrow and never coming back",
        "goodbye everyone, im going on a long journey and wont be back",
        "goodbye everyone, off to sleep forever",
        "goodbye everyone, heading to the bridge tonight",
        "bye everyone, off to heaven tonight",
        "goodbye everyone, off on holiday but ive got the pills with me",
    ],
)
def test_a_goodbye_with_a_real_sign_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
