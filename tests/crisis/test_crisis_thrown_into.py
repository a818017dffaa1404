"""Throwing oneself into a pursuit after a blow ("she's thrown herself into her studies since the
split"): a figure of speech for coping, which gets no reply, for the writer or for someone else.
Throwing oneself off a height, under a vehicle or into a river is an act: the reply for helpers
when someone else did it, the full reply for the writer; and a real sign told beside the figure
keeps its reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "my sister has thrown herself into her studies since the split",
        "dad threw himself into the allotment after mum passed away",
        "i threw myself into work after the breakup, it helped honestly",
        "he's throwing himself into marathon training after the redundancy",
        "my wife threw herself into the new business",
    ],
)
def test_thrown_into_a_pursuit_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "my uncle threw himself into the canal after the divorce",
        "she threw herself under a train after her husband left",
        "my mate threw himself off the multi storey last night",
    ],
)
def test_thrown_off_under_or_into_a_river_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i threw myself in front of a van yesterday and i wish it had worked",
        "he threw himself into his job after the divorce and now he keeps saying he wants to die",
        "she threw herself into her work after the miscarriage but last night she said she has "
        "pills saved",
        "threw myself into work after the divorce but honestly i don't want to be here anymore",
    ],
)
def test_a_real_sign_beside_it_keeps_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK, HELPER)
