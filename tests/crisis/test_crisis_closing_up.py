"""Ends told as plain arrangements, with no word of dying: pills gathered slowly and counted,
"he'll kill me anyway so i might as well do it first", an earlier attempt interrupted and this
time arranged so no one comes, nothing left and "i will finish it this weekend" (the full reply);
"when the course ends i will end too", debts paid off "like closing the shop", whom to leave
one's savings to before a day close by (the check-in). Their lookalikes stay quiet: a weekly
prescription "enough till friday", revising because a parent will be cross, hide and seek, a
dress finished this weekend, a subscription ended with the course, debts paid "like a fresh
start", a will made with a solicitor or things left behind on a move."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

CRISIS_REPLY = (
    "i saved the tablets up bit by bit over the months. 45 now, that should be enough",
    "the sleeping pills i bought one pack every week from different shops. 90 now",
    "my husband will kill me anyway when he finds out, so i might as well do it myself",
    "they are going to kill me over this debt so ill beat them to it",
    "last time my roommate found me in time. this time i booked a hotel where no one knows me",
    "twice my sister found me before it worked. this time i will be alone all weekend",
    "lost the job, the flat, the kids. i have nothing left. i am going to end it tonight",
)
CHECK_IN = (
    "when the semester finishes i'll end too, just want to see my grades first",
    "paid off all my debts and gave back everything i borrowed, feels like wrapping things up",
    "do i leave my money to my sister or to the dog shelter? need to decide by friday",
)
QUIET = (
    "i pick up my tablets one box every week from the pharmacy, 2 now, enough till friday",
    "my mum will kill me if i fail so i might as well start revising now",
    "the first two surprise parties my friends found me out, this time nobody will find out",
    "i have nothing to wear to the wedding, i will finish the dress this weekend",
    "when the course ends i will end my gym membership too",
    "paid back everyone i owe from the wedding, feels like i can finally start saving",
    "should i leave my savings to my nephew or to the mosque? seeing the solicitor on friday",
    "should i leave my car to my brother or sell it before i move abroad on sunday",
)


@pytest.mark.parametrize("text", CRISIS_REPLY)
def test_an_end_arranged_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_IN)
def test_an_end_hinted_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
