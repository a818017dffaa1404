"""Kinds a first responders' line showed misread: a dose given, pushed or drawn up for a patient
at work ("gave 10mg morphine and 4 of zofran to a pt on the rig, pain down to 3") is a medic's
work talk, which the classifier, reading doses and drug names, asked about; it stays quiet, in
Spanish, Portuguese, German and French too. A dose the writer gave themself still gets a
crisis-level reply, and so do all one's own tablets taken."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "gave 10mg morphine and 4 of zofran to a pt on the rig, pain down to 3",
        "pushed 2mg narcan intranasal, pt came round swearing at us",
        "drew up 50mcg fentanyl for a femur fracture, textbook call",
        "gave her 25mg ketamine iv for the dislocated shoulder, she was giggling the whole "
        "transport",
        "hung a liter of saline and gave 4mg zofran, pt stopped puking",
        "dei 10 mg de morfina pro paciente na viatura, a dor passou",
        "le di 50 mg de ketamina al paciente en la ambulancia, quedó tranquilo",
        "hab dem Patienten 5 mg Midazolam gegeben, er hat sich beruhigt",
        "j'ai donné 1 mg d'adrénaline au patient, il est revenu",
    ],
)
def test_a_dose_given_to_a_patient_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


def test_a_dose_given_to_oneself_is_asked_about() -> None:
    assert assess("gave myself 200 units of insulin, on the ward alone").tier in (CRISIS, CHECK)


def test_all_ones_own_tablets_taken_still_gets_the_full_reply() -> None:
    assert assess("tomei 50 mg de rivotril, todos os comprimidos, tô tonto").tier == CRISIS
