"""An overdose told by its count or its intent with no word of dying: a sedating medicine mixed
with drink "on purpose", or ten and more of a medicine had since the evening or in the last
hours, gets the full crisis reply. A mix done by mistake and asked about, and a count of a month's
prescription, stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess

TAKEN = (
    "took a load of my zopiclone with the wine. deliberately",
    "swallowed the lorazepam and gin, loads of it, on purpose",
    "had about 20 of the tramadol since lunch, room spinning",
    "i took like 30 of the sertraline in the last hour",
    "necked twelve of my pregabalin tonight, cant feel my hands",
)
QUIET = (
    "did i mess up? accidentally had my diazepam with a glass of wine, is that dangerous",
    "i have had 15 of the gabapentin this month as prescribed",
    "mixed the pva glue and water on purpose for the slime",
)


@pytest.mark.parametrize("text", TAKEN)
def test_overdose_by_count_or_intent_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", QUIET)
def test_doses_counted_or_asked_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
