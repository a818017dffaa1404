"""Kinds an everyday set found alarmed with no risk in them: a machine that keeps failing or a
neighbour's noise that can't be stood any more, its source named (a printer jamming again, a
drill next door; English, Spanish, Polish, Ukrainian, Arabic). Each stays quiet. The same
nuisance with a wish to die, or pills put by beside it, keeps its reply, and "can't bear it any
more" with nothing named still asks."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "the printer jammed for the fifth time today, i cannot take it anymore",
        "this wifi. i swear i can't stand it any more, dropped out in the middle of my call",
        "ya no aguanto más el taladro del vecino, empezó a las siete",
        "no soporto más a la impresora, otra vez se atascó el papel",
        "nie wytrzymam już tej wiertarki za ścianą, od ósmej rano",
        "моя принтер знову не друкує, я більше не можу це терпіти",
        "ما عدت أتحمل ضجيج الحفر عند الجيران 😩",
    ],
)
def test_a_nuisance_named_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "this printer, i can't take it anymore, i want to die",
        "i cannot take it anymore, the printer jammed again and i have the pills ready",
        "ya no aguanto más el taladro del vecino, quiero morirme",
        "nie wytrzymam tej wiertarki, chcę się zabić",
        "мій принтер знову зажував папір, я більше не можу, хочу померти",
        "ما عدت أتحمل صوت الجيران، أريد أن أموت",
    ],
)
def test_the_same_with_a_wish_to_die_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ya no aguanto más el taladro, tengo las pastillas listas",
        "nie wytrzymam już tej wiertarki, mam tabletki przy sobie",
        "мій принтер знову зажував папір, я вже не можу це терпіти, таблетки поруч",
    ],
)
def test_a_nuisance_with_pills_beside_it_is_not_excused(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", ["ya no aguanto más", "nie wytrzymam tego dłużej"])
def test_cannot_bear_it_with_nothing_named_still_asks(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)
