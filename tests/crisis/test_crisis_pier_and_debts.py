"""Kinds a blind set found missed: someone else at the end of a pier, a jetty or a sea wall, not
coming back, or saying the water can have them (the helpers' reply); debt pressing down ("the
debts are crushing me", cards maxed and the rent not to be met) and a low day named lightly with
sadness said outright ("tuesday blues hitting different. serotonin is on holiday lol. just sad"),
which get the caring reply. Fishing, photos of the sunset, a game's debts, a card maxed on
tickets, a question about serotonin and a weekend's end stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "fisherman from my village standing at the end of the pier, refusing to come down, says "
        "the sea can have him",
        "my uncle is standing at the end of the jetty and says the water can have him",
        "a stranger is standing on the sea wall refusing to step back",
    ],
)
def test_someone_at_the_end_of_a_pier_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "the debts are crushing me. 3 credit cards maxed. idk how im gonna pay rent",
        "the bills are burying me, two loans and the overdraft",
        "these debts are slowly suffocating me",
        "both credit cards maxed again, no clue how i am going to pay the rent",
        "tuesday blues hitting different. serotonin is on holiday lol. just sad",
        "monday blues are real. feeling so low",
        "dopamine has left the building. just sad today",
    ],
)
def test_debt_and_a_low_day_get_the_caring_reply(text: str) -> None:
    assert rules(text) == DISTRESS
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my uncle is standing at the end of the pier fishing and refuses to come back till he "
        "catches something",
        "dad is standing at the end of the jetty taking photos of the sunset",
        "the kids are at the end of the pier eating chips",
        "the debts are crushing me in this game lol, need more gold",
        "credit card maxed on concert tickets, worth it",
        "does ketamine help when serotonin is low?",
        "monday blues, but coffee fixes everything",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert rules(text) is None
    assert assess(text).tier is None
