"""Kinds blind sets found given the full crisis reply though their writers were in distress: a
panic attack's feeling of dying, asked as one ("my heart is pounding and I feel like I'm dying, is
this a panic attack?"), and everything at once with its causes named ("I can't cope with
everything at once, the bills, my kid being sick, my job"). Each gets the caring reply. The same
feeling wished for, told with no going on, a wish to disappear, pills put by or "no point", and
"I can't cope with everything" with nothing named, keep the full reply. Feeling a burden or tired
of being oneself, told with the writer's own counterweight ("but i know my friends care", "not in a
dangerous way"), gets the check-in, which asks; with a wish, "better off without me" or the
counterweight doubted it keeps the full reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

CARING = (
    "woke up with my heart hammering, feel like i'm dying, is this what a panic attack is?",
    "third anxiety attack this week, i feel like i am going to die every time",
    "I can't cope with everything at the moment, the rent, my job and my baby not sleeping",
    "honestly can't deal with it all right now, exams, deadlines and my mum being in hospital",
)
CRISIS_KEPT = (
    "i feel like i'm dying and i want to, is this a panic attack?",
    "panic attacks every day, feel like i'm dying, i can't go on like this",
    "can't cope with everything, the bills, my job, i just want to disappear",
    "i can't cope with everything anymore, the bills and work, no point",
    "I can't cope with everything at once, the bills, my job, and I've been saving pills",
    "I can't cope with everything",
)


@pytest.mark.parametrize("text", CARING)
def test_a_panic_attack_or_a_load_named_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", CRISIS_KEPT)
def test_the_same_with_a_wish_or_no_going_on_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


ASKED = (
    "i feel like such a burden on my husband, but i know he loves me",
    "tired of being me lately, not in a suicidal way, just want a fresh start",
    "honestly feel like a burden at work sometimes but i know my team has my back",
)
WEIGHED_CRISIS = (
    "feel like a burden but i know my family would be better off without me",
    "i'm a burden to everyone, but i know they care, i still want to die",
    "feel like a burden, but i know my friends care, i just don't believe them",
    "tired of being me. not in a dangerous way. but lately i think about not being here",
    "i'm just a burden to everyone",
)


@pytest.mark.parametrize("text", ASKED)
def test_a_burden_felt_with_the_writers_counterweight_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize("text", WEIGHED_CRISIS)
def test_a_burden_outweighing_its_counterweight_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
