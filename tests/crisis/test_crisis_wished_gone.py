"""Kinds a blind set found missed: going to bed hoping it is the last time; envy of people who
died in their sleep; a grave called the only cure; a tiredness where one wants to sleep and never
come back; a choice made for a day the home is empty; debts paid and contracts cancelled as a
tidy ending; sleeping pills or painkillers asked for "not for" what they treat; a blade or a
razor beside the writer; deep water looked at as quiet from its bank. Each asks at least; their
everyday lookalikes stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

CHECK_IN = (
    # a hope at bedtime, an envy, a cure, a tiredness
    "a year sober and still i go to bed hoping this is the last time",
    "every night i get into bed praying tonight is my last night",
    "honestly envious of everyone who passed away peacefully in their sleep",
    "the only fix for my life is a six foot hole lol",
    "only remedy for this pain would be a coffin tbh",
    "that tired where you just want to close your eyes and never wake up",
    # a choice for the empty home
    "ive made my decision. friday while my parents are away",
    "made the choice, tuesday once the house is empty",
    # affairs closed as a tidy ending
    "closed my bank accounts and paid every bill. clean exit",
    "cancelled all my subscriptions and the lease, paid the loans. neat ending",
    # a medicine asked for not for its use
    "got a new box of zopiclone from the gp, not for sleep if you know what i mean",
    "asked for more tramadol today. not for the pain",
    # a blade beside the writer, and deep water from its bank
    "got my razor blades beside me again haha",
    "i have the blade next to me while i do the quiz",
    "sat by the canal at 2am, the water is so still",
    "im at the lake alone, water looks weirdly inviting",
)
QUIET = (
    "going to bed hoping this is the last time the baby wakes us at 3",
    "grandma died peacefully in her sleep, we were glad she did not suffer",
    "only cure for my hangover is death lol",
    "the kind of tired where you want to sleep till monday",
    "made my decision, saturday when the flat is empty i am throwing a party",
    "made the decision, tuesday when everyone is out im repainting the kitchen",
    "made my choice of uni, when parents are out ill tell my friends",
    "paid off all debts before the mortgage, tidy finish to the year",
    "cancelled my gym membership, a tidy ending to a bad habit",
    "i have the knife next to me, cutting onions for dinner lol",
    "walking by the river, the water looks so calm today",
    "at the lake with the kids, water is calm enough for a swim",
    "the sea is calm today, perfect for sailing",
    "sitting on the river bank, the water is calm, reading a book",
    "one year clean from cutting, so proud",
)


@pytest.mark.parametrize("text", CHECK_IN)
def test_wish_told_sideways_gets_at_least_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
