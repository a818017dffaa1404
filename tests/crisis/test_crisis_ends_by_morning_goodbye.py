"""Everything said to end by the morning or tonight beside a goodbye, in Turkish ("bu gece her
şey bitecek, sizinle vedalaşmak istedim"): a farewell, the full reply. A holiday or a school
term that ends so, with the class to take leave of, stays quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "bu gece her şey bitecek, sizinle vedalaşmak istedim",
        "vedalaşmak istedim. yarın her şey bitecek",
        "sabaha her şey sona erecek, sadece veda etmek istiyorum",
    ],
)
def test_everything_ending_with_a_goodbye_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "yarın tatil bitecek, herkesle vedalaşmak istedim",
        "dönem bitiyor, her şey bitecek, sınıfla vedalaşmak istedim",
    ],
)
def test_a_holiday_or_a_term_ending_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
