"""Kinds a blind set found missed, the writer's own: "suicidal" said alone and then owned, a
medicine gathered where nobody sees (shop after shop, doses spat out and kept), a gun bought "not
for protection", a gun thought of turned on oneself. Each with its everyday lookalikes."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "suicidal. just needed to type it somewhere",
        "suicidal. there, i said it",
        "went to 4 different shops for paracetamol so nobody would ask questions",
        "been to three pharmacies for sleeping pills so no one gets suspicious",
        "been spitting out my ketamine lozenges and keeping them in a tin instead. for later",
        "palming my meds at the ward and hiding them in my sock",
        "Went to the gun shop today. Bought one. First one I ever owned and it's not for "
        "protection.",
        "cleaned my service pistol tonight. first time in a while i thought about using it on me "
        "instead of at the range",
    ],
)
def test_a_means_gathered_or_a_word_owned_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Suicidal thoughts just needed a name in the DSM?",
        "suicidal ideation vs intent, what is the difference",
        "went to 4 different shops for paracetamol, all sold out because of flu",
        "I spat out the lozenge because it tasted awful",
        "got a massage gun, thinking of using it on me after the gym",
        "cleaned my pistol tonight, thinking of using it at the range on sunday",
    ],
)
def test_a_question_an_errand_or_a_tool_is_not_the_full_reply(text: str) -> None:
    assert assess(text).tier != CRISIS
