"""Kinds a blind set found missed: crying every night and a great emptiness hidden from others
(Spanish, Portuguese, Ukrainian, Russian), the last treatment failed too with nothing left
("la ketamina tampoco funcionó, se acabó para mí"), and "there is no reason to live any more" in
Russian. Reading about depression for work, a funeral's blessing in Irish and a last day at
work before retirement in German stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, assess

DISTRESS_SAID = (
    "lloro casi todas las noches y nadie lo sabe",
    "choro todas as noites antes de dormir",
    "sinto um vazio imenso desde que ele foi embora",
    "siento un vacío enorme, nada me llena",
    "плачу щоночі, але вдень усміхаюся",
    "плачу каждый вечер, сил нет",
)
CRISIS_SAID = (
    "o tratamento também não funcionou. não há mais nada, acabou pra mim",
    "la esketamina no me sirvió, ya no hay nada más",
    "незачем больше жить",
)
QUIET = (
    "я лікар, цікаво читати про депресію та кетамін",
    "изучаю про депрессию для курсовой",
    "choro de rir com as aulas dele, adoro",
    "Ar dheis Dé go raibh a hanam. Bhí an aifreann go deas, sheinn siad 'Amazing Grace'.",
    "heute ist mein letzter Tag im Büro, dann Rente und Urlaub",
)


@pytest.mark.parametrize("text", DISTRESS_SAID)
def test_crying_every_night_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_the_last_treatment_failed_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", QUIET)
def test_study_a_funeral_and_retirement_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
