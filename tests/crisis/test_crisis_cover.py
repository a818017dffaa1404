"""Kinds a blind set found missed, told in a second language's plain English by what surrounds
the act: forgiveness asked for what one will do, a cover story given and then denied, a goodbye
to family "for all" that they did not understand, the means taken away and another way found, a
way to leave without the refused ticket, one's own plan after help was refused, a fall timed from
a window, medicine collected and not taken "for one night", no reason seen to go on with the
article dropped (the check-in). Each with its everyday lookalikes:
forgiveness for words said, a trip that is real, a goodbye before a flight, a belt taken at
security, a weekend planned, a physics question, a prescription kept as told."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "allah forgive me for what i am going to do tonight",
        "mom please forgive me for what i have to do, i love you",
        "i told my roommate i am moving to my cousin next week. i am not moving anywhere",
        "told everyone i am travelling home on friday but i am not travelling",
        "yesterday i called my father and said goodbye forever, he was confused",
        "i said bye to my sister on the phone and she did not understand why",
        "the guards took my shoelaces and belt, but i know other way",
        "they take away my razor at the centre, i will find another way",
        "visa refused again. fine. i know a way to leave without their visa",
        "nobody will give me an appointment without insurance, so i have my own plan now, friday",
        "i sit on the balcony of 8 floor and think how long it takes to hit the ground",
        "i am standing at the window again counting how many seconds to reach the street",
        "i save my sleeping pills, i do not take them, i keep them for one night",
        "been keeping my quetiapine instead of taking it, almost a month worth in my drawer",
    ],
)
def test_what_surrounds_the_act_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "god forgive me for what i said to my brother yesterday",
        "told my boss i am going home early today, i have a doctor appointment",
        "i called my mother and said goodbye before boarding, flight is at 6",
        "they take my scarf at the museum cloakroom, i will find other way to keep warm",
        "no clinic near me does weekend appointments, so i made my own plan: monday morning",
        "physics homework: how long does it take a ball dropped from 20 m to hit the ground?",
        "i collect my medicine from the pharmacy every month and never take more than i should",
        "i know how to leave the building without a key card, through the side door",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i know how to leave this country without their deportation flight",
        "please god forgive me for what i am about to do",
        "i phone my mother and say goodbye for the last time, she cry",
        "police take my belt but i know another way",
    ],
)
def test_more_of_what_surrounds_the_act_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i dont see reason to continue, the interview is negative again",
        "i do not see point to wake up any more",
        "no longer find meaning to live since the boat",
    ],
)
def test_no_reason_to_go_on_without_its_article_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


def test_no_reason_to_go_on_said_of_someone_else_gets_the_reply_for_helpers() -> None:
    assert assess("my sister does not see reason to continue living").tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i dont see reason to continue this course, it is too hard",
        "i don't see point to continue the series after season 2",
        "i know how to leave the camp without the bus, i walk 40 minutes",
    ],
)
def test_a_course_a_series_or_a_walk_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "god forgive me for what i will do to this pizza",
        "i called my mother and said goodbye for all the summer, see you in september",
    ],
)
def test_a_pizza_and_a_summer_away_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK)
