"""A means kept within reach with its dose known or hidden "just in case", a voice urging death
that the writer starts to agree with, a bridge dwelt on after one loss after another, and a place
asked to jump where nobody would find the writer: each gets the full crisis reply. A diabetic's
sum for a meal, a bat under the bed for burglars, a voice the writer fights, a bridge loan and a
lake jumped into on a hot day stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess

CRISIS_NOW = (
    "got all my morphine by the bed and i know exactly how many it would take",
    "i have my tablets in the drawer. i looked up how many is enough",
    "keeping a razor under my pillow. just in case",
    "put the pills inside my pillowcase on friday, just in case",
    "my head keeps telling me to just die and honestly im beginning to believe it",
    "the voices keep saying kill yourself and i think i will listen this time",
    "lost the flat, lost my friends, nothing left. cant stop thinking about the railway line",
    "no point any more. i keep thinking about the viaduct",
    "which bridge is the best place to jump so nobody can stop you",
    "good spot to jump where no one would find me for a while",
)
QUIET = (
    "i have my insulin pens here and i know how much is too much for a slice of cake",
    "i have my insulin pens here and i know how much is too much with carbs",
    "we keep a torch and a knife under the mattress just in case of burglars since the break in",
    "i keep a knife under my mattress just in case, the flat got broken into twice",
    "my head keeps telling me to die but i fight it with my dbt skills every day",
    "i keep thinking about the bridge project at work, the deadline is friday",
    "best place to jump into the lake on a hot day",
    "best place to jump on a trampoline park in leeds",
)


@pytest.mark.parametrize("text", CRISIS_NOW)
def test_means_kept_close_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", QUIET)
def test_everyday_means_and_bridges_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
