"""Kinds a blind set found missed: a farm chemical drunk, told by its trade name or in Nigerian
Pidgin ("I don drink the sniper wey we dey use for farm. My belle dey pain me"), or with a
form's verb ("I have consumed the insecticide", "I have taken some paraquat"). They get the
overdose reply. Their lookalikes (the sheep dip taken to a sale, a weedkiller taken to the tip,
a mouthful of a party's dip) get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, OVERDOSE_REASONS, assess, normalise, trades


@pytest.mark.parametrize(
    "text",
    [
        "i don drink the sniper for the store, my chest dey burn",
        "I have taken the gramoxone from the farm, please what do I do",
        "had a gulp of the sheep dip in the barn an hour ago",
        "i have ingested some celphos tablets",
        "I have consumed pesticide, I am sorry to everyone",
    ],
)
def test_a_farm_chemical_drunk_gets_the_overdose_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert verdict.reason in OVERDOSE_REASONS


@pytest.mark.parametrize(
    "text",
    [
        "we took the sheep dip to the farm sale",
        "I have taken the weedkiller to the tip",
        "had a mouthful of the dip at the party, too much garlic",
        "the sniper scope arrived, i drink my coffee while i fit it",
    ],
)
def test_chemicals_carried_and_party_dips_get_no_alarm(text: str) -> None:
    assert assess(text).tier is None
    assert not trades.overdose(normalise(text))
