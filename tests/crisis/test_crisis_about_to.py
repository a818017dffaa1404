"""A supply about to be taken, a weapon about to be used, and the same in German and Spanish:
the full crisis reply or the check-in, with their everyday lookalikes quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

CRISIS_NOW = (
    "im gonna take all my ketamine at once",
    "I'm going to take all my ketamine tonight",
    "i will swallow the whole bottle tonight",
    "gonna take the whole box of pills",
    "i bought a gun yesterday and i think im going to use it on myself",
    "i'm going to shoot myself",
    "voy a tomar todas mis pastillas esta noche",
    "sería mejor si estuviera muerto",
    "mich würde niemand vermissen",
)
CHECK_IN = (
    "Ich habe keine Hoffnung mehr",
    "ich will nicht mehr hier sein",
)
QUIET = (
    "i will take all my meds with me on the trip",
    "im going to take all my pills to the pharmacy for disposal",
    "i'll take all my ketamine questions to the doctor",
    "i will take all my meds as prescribed",
    "i'm going to shoot myself in the foot with this plan",
    "i will take the whole box of chocolates to the party",
    "gonna take all my notes to class",
    "voy a tomar todas las clases este semestre",
    "ich will nicht mehr hier sein, ich ziehe nach Berlin",
    "keine Hoffnung mehr auf besseres Wetter",
)


@pytest.mark.parametrize("text", CRISIS_NOW)
def test_about_to_act_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_IN)
def test_no_hope_and_not_being_here_in_german_get_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize("text", QUIET)
def test_taking_things_along_and_idioms_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


SIDE_EFFECT_QUESTIONS = (
    "I still feel floaty and disconnected after my first dose, is that normal?",
    "feeling dizzy and sick after the spray, is that normal?",
)
STILL_DISTRESS = (
    "i feel so empty and numb after my infusion, is that normal?",
    "feeling kinda low after my infusion today, is that normal?",
    "I feel hopeless and empty",
)


@pytest.mark.parametrize("text", SIDE_EFFECT_QUESTIONS)
def test_a_side_effect_asked_about_is_left_to_the_course(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", STILL_DISTRESS)
def test_low_mood_asked_about_still_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS
