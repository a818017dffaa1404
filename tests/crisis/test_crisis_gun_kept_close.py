"""Kinds a blind set found missed: a gun kept under the bed, the pillow or in a drawer, that the
wife, the husband or the family does not know of ("sleeping with the 12 gauge under the bed now.
wife doesnt know"): a means kept hidden, the full reply. Their lookalikes (a shotgun by the bed
since a break-in, a new rifle bought without telling, a gun in the truck for the season, kids who
do not know the safe's code) get no crisis reply. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "keeping my dads pistol under my pillow these nights. my wife doesnt know",
        "the revolver lives in my bedside drawer now, my husband does not know",
        "shotgun under the mattress for a week. family doesnt know. cant sleep",
    ],
)
def test_a_gun_kept_close_and_hidden_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "sleeping with the shotgun under the bed since the break in, wife doesnt know",
        "got a new rifle, its in the garage, wife doesnt know yet lol",
        "the shotgun is in the truck for duck season, my kids do not know how to open the safe",
        "bought a pistol at the gun show, its in my car, my wife does not know what it cost",
    ],
)
def test_a_gun_kept_for_safety_or_sport_gets_no_crisis_reply(text: str) -> None:
    assert assess(text).tier != CRISIS
