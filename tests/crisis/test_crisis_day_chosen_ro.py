"""The day said to be tomorrow or on a weekday and chosen long ago, in Romanian ("vineri e ziua,
am hotărât-o de mult"): a date set, the full reply. One's birthday or an exam's day, chosen too,
stays quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "vineri e ziua, am hotărât-o de mult",
        "ziua e duminică. am stabilit-o de săptămâni",
        "poimâine e ziua. am decis-o de acum două luni",
    ],
)
def test_the_day_chosen_long_ago_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "mâine e ziua mea, am ales-o ca zi de petrecere",
        "sâmbătă e ziua examenului, am ales-o eu",
    ],
)
def test_a_birthday_or_an_exam_day_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
