"""The surest way asked, in Italian, Spanish or Portuguese, with the fear of surviving it disabled
("non voglio restare invalida", "no quiero quedar en silla de ruedas"): a method asked, the full
reply. A safe way to ski asked for fear of a wheelchair names its activity, and a sure way not to
spoil a recipe has no fear of surviving: both stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "quale metodo è il più sicuro? non voglio finire paralizzato",
        "cuál es la forma más segura de no fallar? no quiero quedar en silla de ruedas",
        "qual é o jeito mais garantido? não quero ficar paraplégica",
        "che modo è più sicuro per riuscirci davvero, non voglio ritrovarmi in coma",
    ],
)
def test_the_surest_way_with_a_fear_of_surviving_disabled_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "qual è il modo più sicuro per sciare? non voglio restare invalida dopo una caduta",
        "qual è il modo più sicuro per non sbagliare la ricetta",
        "cuál es la forma más segura de guardar el vino",
    ],
)
def test_a_safe_way_for_an_activity_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
