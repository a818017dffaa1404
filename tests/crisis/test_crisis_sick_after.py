"""An overdose of a shop painkiller told by what it is doing to the body gets the full reply
(the overdose reply): a heap of tablets or a painkiller with its count told after it, beside
being sick, blood, ringing ears or shaking, and ten or more tablets "necked" however fine the
writer says they feel; a friend's gets the reply for helpers. A night of drink before being
sick, painkillers over a week for a bad back and a question asked beforehand stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, OVERDOSE_REASONS, assess
from tests.crisis.silent import rules

OWN = (
    "cant stop shaking. took paracetamol earlier, about 25 of them",
    "took a whole packet of nurofen after school and now theres blood when i cough",
    "had a handful of sleeping tablets and im so dizzy now",
    "lobbed down 30 co codamol before bed, im fine though",
    "knocked back a whole strip of tablets, feel weird",
)
THEIRS = ("my sister took a load of painkillers and shes been sick twice",)
QUIET = (
    "had a load of vodka at the party and was being sick all night",
    "took a lot of ibuprofen for my back this week, stomach is burning, should i stop",
    "my nan has loads of tablets to take for her heart, she gets dizzy",
    "if i had a load of aspirin would i be sick",
    "necked a load of energy drinks and now my heart is racing",
)


@pytest.mark.parametrize("text", OWN)
def test_a_heap_of_painkillers_and_a_symptom_get_the_overdose_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert verdict.reason in OVERDOSE_REASONS


@pytest.mark.parametrize("text", THEIRS)
def test_someone_elses_heap_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_drink_a_sore_back_and_a_question_pass_the_rules(text: str) -> None:
    assert rules(text) not in (CRISIS, HELPER)
