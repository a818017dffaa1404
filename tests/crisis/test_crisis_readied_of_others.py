"""Kinds a blind set found missed in the writer's own words, told of someone else: a family
member who stopped their antidepressants and kept them all with a day mentioned, who sorted their
affairs and assigned the dog, who left a ring and a phone with the river a short walk away, who
bought a hose "for the garden" but lives in a flat, who keeps talking about the dam by how deep
and how cold it is. They get the reply for helpers. Their lookalikes (a dam's depth after the
floods, a hose for a house with a big yard, a river's height with a farm that might flood) stay
quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my mum stopped her antidepressants and kept them all, she mentioned saturday",
        "my dad sorted his affairs, wills done, dog goes to my aunt, said dont worry about him",
        "my wife left her ring and her phone on the table, the river is 5 min away, cant find her",
        "my brother bought a hose and duct tape, says it's for the garden but he lives in a flat",
        "my son keeps talking about the dam, how deep it is, how cold",
        "my husband has been going on about the bridge near work, how high it is",
    ],
)
def test_someone_elses_preparations_get_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my son keeps talking about the dam, how deep it was after the floods",
        "my brother bought a hose for the garden, he lives in a house with a big yard",
        "my dad keeps going on about the river, how high it is, the farm might flood",
        "stopped my meds and kept them all together in the cupboard, see gp monday",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
