"""An end set up in practical words, as doctors, nurses and pharmacists tell it, gets the full
reply: parked at a quarry or sat on a bridge "still deciding", the through trains that do not
stop at this platform, knowing exactly what would do it and that it is at home, ward drugs
brought home "not for sleep" or for months, a pet left with someone who "doesn't know it's for
good", a will made and the dog handed on, a booking under a cover story the writer then denies,
a resignation followed by a last letter to the family, the team better off and the writer not on
the next rota. A dinner still being decided at the cliffs, a late commuter train, a stain's
remedy, a parent's prescriptions, a will and a pet-sitter before an operation, a surprise
weekend, a letter about a move and ampoules returned for destruction stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "parked up at the edge of the quarry after my night shift. still deciding",
        "stopped the car on the viaduct, hazards on. have not decided",
        "on the multi storey roof again tonight. not decided yet",
        "on the platform again. the through trains don't stop at this one",
        "standing at the station, the express trains never stop here",
        "i know exactly what would do it and it's in the drawer by my bed",
        "anaesthetist. i know precisely what would be enough and i have it",
        "nurse. been taking morphine home from the unit for months",
        "been sneaking fentanyl out of the ambulance for weeks",
        "brought the midazolam home from theatre, not to help with sleep",
        "gave my cat to my neighbour just while i'm busy. he doesn't know it's for good",
        "left the dogs with my brother for the weekend, he does not know it is permanent",
        "finished my will and then took the dog over to mum's",
        "booked an airbnb for next weekend, told my wife it's a course. it's not",
        "got a room at the travelodge, told the kids it's for work. it isnt",
        "typed my resignation, then a last letter to my kids",
        "the department is better off without me. won't be on the new rota",
    ],
)
def test_an_end_set_up_gets_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "parked at the top of the cliffs for the sunset, still deciding where to eat",
        "on the rooftop bar terrace, still deciding",
        "at the station. the fast trains don't stop at this platform so i'll be late again",
        "ugh the fast trains don't stop at my station, 40 minute commute",
        "i know exactly what would work for that stain and it's in my cupboard at home",
        "been bringing pills home from the pharmacy for my mum for weeks",
        "took the old ampoules from the ward to pharmacy for destruction",
        "been bringing vials home from the practice for months to recycle the glass",
        "sorted my will before the surgery and dropped the dog at my sister's for a few weeks",
        "left the cat with my parents for the honeymoon, will is sorted too",
        "booked a hotel for saturday. told my partner it's a conference. it's not, it's a "
        "surprise for our anniversary",
        "wrote my resignation and then a second letter to my family about the move to leeds",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert rules(text) is None
    assert assess(text).tier is None
