"""Kinds a blind set found missed: an overdose told with a form's verb in second-language or
formal English ("I have consumed 25 tablets of paracetamol in the evening", "ingested the whole
strip"), and a downer's stupor on top of a prescription in street words ("did 3 points on top
of me script, feelin proper gouched"). They get the overdose reply. A method asked as which
pills "would do the job" gets the full reply. Their lookalikes (two tablets for a fever,
vitamins over a month, a question asked beforehand, a painkiller for a bad back, a poison for
the rats, a drug for depression) get no alarm. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, OVERDOSE_REASONS, assess, consumed, made_sure, normalise


@pytest.mark.parametrize(
    "text",
    [
        "i have consumed 40 tablets of dolo one hour back, feeling very sleepy",
        "I ingested all of my mother's sleeping tablets after dinner",
        "gulped down the full strip of my antidepressants",
        "done two bags on top of my methadone, feel well gouched",
    ],
)
def test_an_overdose_told_with_a_forms_verb_gets_the_overdose_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert verdict.reason in OVERDOSE_REASONS


@pytest.mark.parametrize(
    "text",
    [
        "which tablets would do the job fastest, for me",
        "what meds would get it done, no questions please",
        "which bridge would do it quickest",
    ],
)
def test_which_means_would_do_the_job_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "i have consumed 2 tablets of paracetamol for fever",
        "i have consumed 30 vitamins this month",
        "what if someone consumed 20 tablets of dolo",
        "which painkillers would do the job for a bad back",
        "what poison would do the job on the rats in the shed",
        "which drug would do the job better for depression, ketamine or an ssri",
    ],
)
def test_a_few_tablets_a_course_or_a_named_job_get_no_alarm(text: str) -> None:
    assert assess(text).tier is None
    plain = normalise(text)
    assert not consumed.overdose(plain)
    assert not made_sure.method(plain)


@pytest.mark.parametrize(
    "text",
    [
        "stuck all of my fentanyl patches on together, feel really heavy",
        "popped the rest of my quetiapine, gonna sleep now",
        "i don swallow plenty pill, abeg",
    ],
)
def test_patches_at_once_the_rest_of_a_medicine_and_pidgin_get_the_overdose_reply(
    text: str,
) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert verdict.reason in OVERDOSE_REASONS


@pytest.mark.parametrize(
    "text",
    [
        "put two nicotine patches on today",
        "consumed the whole box of tablets of chocolate",
        "had the whole lot of chips",
        "took the rest of my amoxicillin like the doctor said",
    ],
)
def test_a_course_finished_and_food_are_no_overdose(text: str) -> None:
    assert not consumed.overdose(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "I have swallowed the whole contents of my dosette box, I am sorry",
        "emptied two blister packs into my whisky and drank it",
        "took the entire month's tablets at once, by mistake I think",
    ],
)
def test_a_weeks_pills_at_once_or_an_organiser_emptied_get_the_overdose_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert verdict.reason in OVERDOSE_REASONS


@pytest.mark.parametrize(
    "text",
    [
        "I took my week's tablets in the organiser to the pharmacy to check them",
        "emptied the tablets into the organiser and had a cup of tea",
        "I put the week's tablets together in one box",
    ],
)
def test_an_organiser_filled_or_carried_is_no_overdose(text: str) -> None:
    assert assess(text).tier is None
    assert not consumed.overdose(normalise(text))
