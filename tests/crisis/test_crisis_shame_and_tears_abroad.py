"""Shame at telling one's family what goes on at home, or at asking for help, in Portuguese and
Spanish, and crying all night then going to work as if nothing happened, in Turkish: distress,
the caring reply. Shy of singing or dancing in public, a failed driving test laughed off, stay
quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "tenho vergonha de pedir ajuda",
        "tenho muita vergonha de contar pros meus amigos o que ele faz comigo",
        "me da vergüenza contar a mi familia lo que pasa en casa",
        "sabaha kadar ağladım, sonra hiçbir şey olmamış gibi okula gittim, çok yorgunum",
    ],
)
def test_shame_or_tears_hidden_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "sinto vergonha de cantar em público",
        "tenho vergonha de contar que reprovei na prova de direção haha",
        "me da vergüenza bailar en las fiestas",
    ],
)
def test_shyness_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
