"""Kinds a blind set found missed: the children better off without a parent named by a fault ("a
gambler dad dragging them down", "they'd get over it"), said by that parent: a check-in, not the
reply for helpers.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "my girls would be happier without a drunk mum holding them back",
        "the lads would have a better life without a useless dad. they'd get over it",
        "kids would be better off without a junkie father like me",
    ],
)
def test_children_better_without_the_writer_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "my kids have a better life since i quit gambling, they say i'm a different dad",
        "the kids had a happier christmas without their dad's shouting this year",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text
