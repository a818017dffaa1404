"""Plans told plainly by older writers, as household matters with no word of dying: the letter to
a son already written "for him to find after" and a rope or the pills already in the shed with
the writer only waiting for a visitor to go home get the full reply, as does "I won't need any
of this where I am going"; a day to be chosen after a prognosis, no reason left to continue,
wanting only to lie beside a dead wife in the ground, a funeral to be made to happen sooner, a
window one would go out of if one could reach it, and waiting for one's time to help it along
get the check-in. A rope in the barn for the hay bales, tablets kept for the evening dose, a
surgery date chosen, no reason to continue a gym membership, a meeting brought forward, a window
one would open and waiting for the wind to dry the washing stay quiet.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "The note for my daughter is already written and sealed. She will find it after.",
        "My letters to the boys are finished, they will read them when i am gone.",
        "The pills are already in the drawer. I am just waiting for my husband to fall asleep.",
        "the shotgun is in the shed. i will wait until the nurse leaves",
        "Thank you for the lessons. I won't need any of this where I am going.",
    ],
)
def test_plans_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "The doctor gives me six months. I will pick the date myself.",
        "the cancer is back. i am not going to give it a year",
        "Since Anna went I have no reason to continue.",
        "my wife died in june. i only want to be next to her in the churchyard",
        "everyone will come to my funeral, maybe i should make it happen sooner",
        "if i could get out of bed to reach the tablets i would take them all",
        "i am old and tired. i am just waiting for my time, maybe i will help it along",
    ],
)
def test_hints_get_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "the rope is already in the barn, i only wait for my neighbour to go home then we tie "
        "the hay bales",
        "the tablets are in the drawer, i just wait for my sister to leave then i take my "
        "evening tablets",
        "the doctor says surgery in spring, i will choose the day myself",
        "i will choose the day myself for the wedding",
        "i have no reason to continue with the gym membership",
        "the meeting is on friday, maybe i should make it happen sooner",
        "if i could reach the window i would open it, it is so hot",
        "i am waiting for the wind, i will help it dry the washing on the line",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, text
