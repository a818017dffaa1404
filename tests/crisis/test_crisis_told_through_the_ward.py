"""A wish to die told through the ward's work gets the check-in: a suicide or the dead patients
envied, animals put down and "why not me", one's own death certificate or DNACPR filled in and
"not joking", one's own death planned between patients, not deserving to live when the patient
did not, leaving "for good" as what gets the writer through a shift, an exam's last attempt as
the last thing the writer will try "one way or another", lingering at a high window "longer than
i should", long sleeves in summer "and it's not because the clinic is cold". A rota envied, a
promotion missed, a DNACPR done with the GP as care planning, a funeral planned ahead, the rent,
a job left for good in June, an exam resat with a plan after it, snow at the window and long
sleeves for eczema or a cold ward stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "another overdose in resus tonight and honestly i envied her",
        "four deaths on the ward this week and i envied all of them",
        "honestly i envy the residents who die in their sleep",
        "euthanised an old labrador this morning, all i could think was why not me",
        "pts'd two cats today. why not me too. they looked so calm",
        "drafting my own death certificate in my head. not even joking",
        "the baby died on my shift. i don't deserve to live when she doesn't",
        "knowing i could go for good is the only way i get through a night shift",
        "third attempt at the OSCE is the last thing i'm going to try, one way or another",
        "found myself leaning out of the 9th floor stairwell window way longer than i should",
        "wearing a cardigan in july and its not because the clinic is cold",
    ],
)
def test_a_wish_told_through_the_ward_is_asked_about(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my colleague envied the consultant's rota",
        "i envy the patients who go home early",
        "planning my own exit strategy from this job",
        "planning my own end of year party for the ward",
        "i keep staring out of the window too long in lectures",
        "everyone passed the exam. why not me",
        "the suicide prevention training was good, i envied the trainer's confidence",
        "filled out my own DNACPR with my GP today as part of advance care planning",
        "planning your own funeral ahead saves your family a lot of stress",
        "i don't get to live near the hospital when he doesn't pay his half of the rent",
        "knowing i can leave this job for good in june is the only way i get through a shift",
        "the fourth attempt is the last time i'm sitting it, one way or another i'm moving to GP",
        "keep standing at the window way longer than i should watching the snow",
        "wearing long sleeves all summer and it's not because i'm cold, it's my eczema",
        "the ward is freezing, wearing long sleeves under my scrubs all week",
        "put the old dog down today, it looked so peaceful. heartbreaking",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert rules(text) not in ALARMS
    assert assess(text).tier is None
