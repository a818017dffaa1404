"""A plan said with its way already known, a death chosen before a threat and a farewell letter
that forgives its reader get the full reply in Portuguese, German and Spanish ("vou desaparecer
para sempre, já sei como vai ser", "dann bringe ich mich lieber um", "si estás leyendo esta
carta ... no es tu culpa"). A cake known how to make, being robbed of one's sleep ("bring ich
mich um den Schlaf") and a note about a broken vase stay quiet."""

from __future__ import annotations

import pytest

from crisis import assess


@pytest.mark.parametrize(
    "text",
    [
        "ninguém liga. vou desaparecer para sempre, eu já sei como vai ser",
        "wenn die mich wieder ins Heim stecken, dann bringe ich mich lieber um",
        "pai, se você estiver lendo esta carta, te amo muito. nunca foi sua culpa",
        "si estás leyendo esta carta, mamá, te amo. nunca fue tu culpa",
    ],
)
def test_gets_the_crisis_reply(text: str) -> None:
    assert assess(text).tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "vou sumir de vez do grupo da escola, já sei como vou fazer o trabalho sozinho",
        "vorher bring ich mich noch um den Schlaf, die Prüfung ist morgen",
        "mãe, se você ler isso, o vaso quebrou mas não foi culpa sua",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
