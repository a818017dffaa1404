"""Method questions told by their shape, and the lookalikes the classifier used to alarm on."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "which is quicker, the 9th floor or the 12th?",
        "would jumping from a multi-storey car park be instant",
        "is carbon monoxide from a charcoal grill in a closed room reliable",
        "do people survive jumping off a 6 storey building",
        "how many paracetamol is too many, like for good",
        "which of my meds would kill me fastest",
        "how long does it take for exhaust fumes in a garage to work",
        "can you survive being hit by a train",
        "what are the quickest ways to end your life",
        "would a whole bottle of my insulin be enough to not wake up",
    ],
)
def test_a_lethality_question_about_a_means_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "symptoms of carbon monoxide poisoning from a gas heater",
        "is ketamine a painless way to get anaesthesia",
        "is a carbon monoxide detector enough for a small flat",
        "what's the quickest train to manchester tomorrow",
        "what's the best way to get to the clinic by train",
        "my dog ate chocolate, how much is fatal for dogs",
        "how many floors does the new hospital have",
        "how much does a spravato session cost",
        "can ketamine kill brain cells",
        "how long does it take for the nasal spray to work",
        "which is more reliable, the ketamine clinic or the spravato clinic",
        "how high is the golden gate bridge, we're visiting next week",
        "hanging out with friends helps, how long does the afterglow last",
        "will I die if I take ketamine with alcohol?",
        "is ketamine involved in many overdose deaths?",
    ],
)
def test_a_question_about_a_symptom_a_procedure_a_pet_or_a_journey_gets_no_crisis_reply(
    text: str,
) -> None:
    assert assess(text).tier != CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my plan is to overdose on my tablets when everyone's asleep",
        "the plan is to end it on sunday",
    ],
)
def test_a_plan_told_as_my_plan_is_to_is_an_intent(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "by the time the next lesson comes out i'll be dead. thanks for everything",
        "i will be dead by the weekend, nobody will notice",
        "by tomorrow i will be gone",
    ],
)
def test_the_writers_own_death_told_as_a_fact_with_a_time_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "by the time this exam is over i'll be dead lol",
        "by next week i will be gone on holiday",
        "my plan is to take all my pills to the pharmacy for disposal",
    ],
)
def test_a_parent_a_joke_a_trip_or_a_disposal_is_no_death_foretold(text: str) -> None:
    assert assess(text).tier not in (CHECK, CRISIS)


def test_the_courses_own_last_lesson_with_a_goodbye_is_no_farewell() -> None:
    assert assess("so that was the final lesson? learnt a lot, goodbye and thank you!").tier is None
    assert assess("last lesson for me. bye, sorry for everything").tier == CRISIS
