"""Kinds a blind set found missed: affairs put in order for after the writer, told as errands.
Belongings given away and a day told bare as "the day"; a subscription or an account to be
closed "if I'm not here" after a date, or kept from falling on the parents "after"; nothing
needed past a date, a place to stay or rent; a list of who gets what, left out for the morning;
the family better off with the life insurance, or its clause waited out; a phone's code or the
passwords handed on with a sorry or from a cliff. They get the check-in (the crisis reply where
other rules read more). Their lookalikes (a move, a trip, a new flat, "sunday is the day we
move", a holiday's subscription, chores or secret santa, money from a car sale, a code left for
a surgery or for the wifi) get no alarm from these rules. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, arranged, assess, normalise

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "gave my guitar to my cousin and my books to the girl next door. friday is the day",
        "given away my plants and my good coat. tomorrow is the day",
        "if im not here next month can someone close my account? dont want my mum paying for it",
        "if i'm not around after friday please cancel my gym membership",
        "sorted the phone contract, dont want my wife stuck with it after",
        "after sunday i dont plan on needing a place to stay",
        "past the end of this month i wont need rent",
        "made a list of who gets my things, the ps5 and my watch. its on the desk",
        "i wrote down who gets what, only a few things, it's on the table",
        "my daughter is better off with the payout than with me",
        "the life insurance pays out after 2 years even for that. i waited. it's been 2 years",
        "the suicide clause ran out last week",
        "left my passwords with my brother. im on the bridge",
        "texted my bank pin to my sister. sorry",
        "checked my policy, it covers suicide after 13 months. its been 14",
        "the kids will be fine with the insurance money, better than having me around",
        "no point paying rent for next month, i wont need it",
        "if im gone by friday delete my facebook",
        "sold everything i own, paid back my debts. nothing left to do after sunday",
        "sorted out who gets my cat. it's all written down. feel calm now",
        "my husband will get more from my life insurance than he ever got from me",
        "bro im giving all my stuff to my little brother, this weekend is when",
        "ive been gifting my things to friends one by one. almost done. then its time",
        "please tell my mom i love her if something happens after this week",
        "i dont plan on being here after the 15th",
        "waiting for my policy to be 2 years old. then ill do it",
    ],
)
def test_affairs_put_in_order_get_at_least_a_check_in(text: str) -> None:
    assert arranged.check(normalise(text))
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "gave my old desk to my neighbour and my bike to my cousin. saturday is the day we move!",
        "gave my sofa to my brother and my tv to a friend, moving abroad. sunday is the day",
        "if im not here next week its because im on holiday, can someone cancel my subscription",
        "dont want my parents getting charged after the free trial ends, how do i cancel?",
        "after friday i wont need a place to stay, moving in with my girlfriend",
        "after june i dont plan on needing a car, the bus is fine",
        "wrote down who gets what chores this week, the kids hate it",
        "i wrote down who gets what for secret santa",
        "the family is better off with the money from the car sale than with the old car",
        "left my phone code with my sister so she can check my messages while im in surgery",
        "sorry left my password with my flatmate for the wifi",
        "gave my sister my netflix password, sorry netflix",
        "my policy covers dental after 6 months",
        "no point buying a gym pass for summer i wont need it lol",
        "no point paying rent for next month, i wont need it, moving in with my boyfriend",
        "sold everything i own, paid back my debts, moving to bali after sunday!",
        "paid off my loans, nothing left to do but enjoy the summer",
        "sorted out who gets my cat while im on holiday",
        "giving my stuff to charity before the move, sunday is when the van comes",
        "tell my wife i love her if anything happens, going into surgery tomorrow",
        "i dont plan on being here after the 15th, moving back to leeds",
        "waiting for my life insurance policy to mature then i can finally go to japan",
        "if im not here next week cancel my lesson please, exams",
        "if i'm not online tomorrow can someone cancel my order, no signal at the cabin",
        "the kids are better off with the money in a savings account than with me spending it",
        "my policy covers suicide after 2 years, i read it for my insurance class",
    ],
)
def test_errands_moves_and_trips_stay_quiet(text: str) -> None:
    assert not arranged.check(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "gave my old desk to my neighbour and my bike to my cousin. saturday is the day we move!",
        "after friday i wont need a place to stay, moving in with my girlfriend",
        "wrote down who gets what chores this week, the kids hate it",
        "the family is better off with the money from the car sale than with the old car",
        "sorry left my password with my flatmate for the wifi",
    ],
)
def test_errands_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
