"""Kinds a blind set found alarmed on: a trend in the figures of overdose deaths asked by someone
who works with them ("is it true overdose deaths dropped last year? our ER saw fewer"). It gets
no crisis reply; an overdose's lethality asked for oneself still gets the full reply. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "have overdose deaths gone up since fentanyl? what are the national stats",
        "did overdose deaths really fall in our county, the paramedics say they saw fewer",
        "is it true that overdose deaths have doubled among teens? saw it on the news",
    ],
)
def test_a_trend_in_overdose_figures_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "is an overdose of my amitriptyline fatal, the figures online are confusing",
        "how many of my pills would it take to overdose",
    ],
)
def test_an_overdose_asked_for_oneself_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
