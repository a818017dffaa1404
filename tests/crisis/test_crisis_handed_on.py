"""Kinds a blind set found missed: belongings handed out with no move or clear-out to explain it;
affairs settled "so nobody's stuck with my bills after"; and, for the caring reply, a close one
lost days ago. Each with the everyday lookalikes a person would be put off by a check-in: a move,
a charity shop, bills split for a trip, keys lost, a mum lost in the supermarket."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "been giving all my things away this week, dont need them",
        "gave my gear away to the lads on the wing, wont be using it",
        "closed the bank account so no one is left with my debts after",
        "sorted the direct debits so nobody gets lumbered with my bills afterwards",
    ],
)
def test_affairs_handed_on_are_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "buried my brother yesterday, cant stop crying",
        "lost my grandad this week and the house is so quiet",
    ],
)
def test_a_fresh_loss_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "giving my stuff away before the move to leeds",
        "gave my old things away to the charity shop",
        "split the bills so nobody's stuck with my bills while im travelling",
        "lost my dad's keys yesterday, he's fuming",
    ],
)
def test_everyday_giving_and_losing_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
