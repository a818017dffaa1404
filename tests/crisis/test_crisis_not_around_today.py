"""Kinds a readable set of everyday messages found alarmed: "won't be around much longer this
afternoon" with a bus, a flight or the school run to catch, a day's plan and not a farewell. It
gets no alarm. The same words with no time of day, or with a goodbye, a "sorry for everything"
or a last train beside them, keep the full reply. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "won't be around much longer this morning, got a train to catch at 11",
        "I won't be here much longer this evening, my shift starts at 8",
        "won't be around much longer today, doing the school run soon",
    ],
)
def test_not_around_for_the_rest_of_the_day_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around much longer",
        "won't be around much longer tonight",
        "won't be around much longer this afternoon, sorry for everything, there's a train to "
        "catch",
        "won't be around much longer tonight, taking the last train to the coast",
    ],
)
def test_not_around_with_no_plan_or_beside_a_goodbye_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
