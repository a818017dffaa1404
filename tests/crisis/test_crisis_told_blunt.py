"""An end told bluntly in the words of a cell, a court date or a debt: "ill end it" typed
without the apostrophe, a means taken off the writer and another way to be found, everything
ready while the house falls asleep (the full reply); rather dead than back inside, taking
oneself out before the ones owed do it, a time alone with "that's when", dreams of being dead
that disappoint on waking (the check-in). Feeling ill, another way home, a surprise prepared
while the kids sleep, a gym one would rather die than go back to, a dream of a lottery win and
an evening alone for a game stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess
from tests.crisis.silent import rules

FULL = (
    "if the judge sends me down on thursday ill end it, no joke",
    "she says shes leaving with the baby. ill top myself if she does",
    "officers took my laces and belt off me, ill find another way though",
    "they confiscated my razor blades at the search but i will find a different way",
    "its all sorted. just waiting until my parents are asleep",
    "everything is in place. waiting for the house to be sleeping",
)
CHECK_IN = (
    "licence conditions again, if im recalled id rather hang than go back inside",
    "i would rather die than be sent back to prison, thats the truth",
    "the dealers want their money by friday. might as well take myself out before they do",
    "been dreaming that im dead most nights and i wake up gutted every time",
    "officer does his rounds at 2 then ill have the pad to myself. thats when",
)
QUIET = (
    "i feel ill end of the week is going to be rough",
    "they took my bus pass off me at the gate but ill find another way home",
    "everything is ready for the surprise party, waiting till the kids are asleep to decorate",
    "all the presents are wrapped, just waiting until everyone is asleep to do santa",
    "id rather die than go back to that gym, the music is awful",
    "i might take myself out for dinner tonight, treat myself",
)
# What the classifier makes of these is its own; the rules here must let them pass.
RULES_QUIET = (
    "dreamt i won the lottery and woke up disappointed it wasnt real",
    "ill have the flat to myself from 10, thats when i get my gaming done",
)


@pytest.mark.parametrize("text", FULL)
def test_an_end_told_bluntly_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_IN)
def test_rather_dead_than_back_inside_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize("text", QUIET)
def test_ill_health_and_ordinary_plans_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", RULES_QUIET)
def test_a_dream_of_luck_and_a_gaming_night_pass_the_rules(text: str) -> None:
    assert rules(text) not in (CRISIS, CHECK)
