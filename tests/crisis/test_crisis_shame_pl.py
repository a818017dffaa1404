"""Polish shame before one's children or family, not able to look them in the eye, gets the
caring reply; embarrassment over forgotten homework and a good look in someone's eyes stay
quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "wstydzę się siebie, zawiodłem wszystkich",
        "nie potrafię spojrzeć matce w oczy",
        "wstyd mi przed synem za to, co zrobiłem",
    ],
)
def test_shame_before_family_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    ["wstyd mi, zapomniałem zadania", "spojrzała mi w oczy i się uśmiechnęła"],
)
def test_everyday_embarrassment_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
