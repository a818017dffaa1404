"""Kinds a blind set found missed: distress told by carers, the bereaved, the bullied and the
worn out, with no sign of risk: a carer who went out alone and howled, the first Christmas or
birthday without someone, one's own body called ugly beside a class that makes sure one knows
it; and in Italian, Russian, Polish and Arabic, a panic attack now, just wanting to cry, a recent
death that everything at work recalls, feeling a failure at everything. They get the caring
reply. Their lookalikes (a dog that howled at fireworks, a room that howled with laughter, the
first Christmas with the children at their dad's, a panic attack years ago and well now) get
none. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "Mum didn't know who I was at the home today. I sat in the car park and sobbed.",
        "first birthday without my mum. bought her favourite cake anyway and sat with it",
        "First Easter without Frank. The grandchildren came but the house felt so empty.",
        "I'm ugly and everyone in my class makes sure I know it",
        "sto avendo un attacco di panico, non riesco a respirare bene",
        "дети спят, а мне просто хочется плакать от усталости",
        "tata zmarł w maju, a w pracy wszystko mi go przypomina",
        "حاسة إني فاشلة في كل شي، حتى في الشغل",
    ],
)
def test_distress_of_carers_and_the_bereaved_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "the dog howled all night at the fireworks",
        "we howled with laughter at the nativity",
        "first christmas without the kids, they're at their dad's this year",
        "first christmas without my ex, honestly best one in years",
        "ho avuto un attacco di panico anni fa, ora sto bene",
    ],
)
def test_their_lookalikes_get_no_reply(text: str) -> None:
    assert assess(text).tier is None
