"""Kinds a blind set found missed in the languages of Asia and Africa (means, wishes and places),
here their self-harm: cutting the arm, the wrist or a vein on purpose, told in Punjabi, Nepali,
Korean and Tagalog. A cut got while cooking, a line drawn, a wrist brace and an onion sliced stay
quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "ਮੈਂ ਅੱਜ ਫੇਰ ਬਾਂਹ ਤੇ ਕੱਟ ਲਾਏ",
        "ਮੈਂ ਫੇਰ ਨਸ ਕੱਟ ਲਈ",
        "मैले फेरि हात काटें",
        "ब्लेडले नसा काटेको छु",
        "또 손목 그었어요",
        "Hiniwa ko na naman ang pulso ko",
        "naglaslas na naman ako kagabi",
    ],
)
def test_cutting_oneself_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ਸਬਜ਼ੀ ਕੱਟਦਿਆਂ ਹੱਥ ਤੇ ਕੱਟ ਲੱਗ ਗਿਆ",
        "तरकारी काट्दा हात काटियो",
        "선을 그었어요, 더 이상 안 참아요",
        "손목 보호대를 샀어요",
        "Hiniwa ko ang sibuyas",
    ],
)
def test_a_kitchen_cut_a_line_drawn_and_an_onion_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
