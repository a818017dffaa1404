"""Kinds a blind set found missed: a medicine taken twice over by mistake with the body
answering now ("been taking my warfarin twice every day this week, my nose won't stop
bleeding"), and a street overdose told in pub words ("half a slab of tinnies") or by a drug "cut
with fent" and blue lips. They get the overdose reply; someone else who took it gets the reply
for helpers. Their lookalikes (a dose the doctor doubled, a question asked beforehand, a muddle
long past, a footy match) get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, OVERDOSE_REASONS, assess, doubled, normalise


@pytest.mark.parametrize(
    "text",
    [
        "i have been taking my apixaban twice a day by mistake, bruises all over and my gums "
        "keep bleeding",
        "took my insulin twice tonight, forgot i had done it, now i can't stay awake",
        "i think i took both doses of my lithium this morning and i'm shaking all over",
        "had my heart tablets double today and my heart is racing",
        "the bag was cut with fent i reckon, lips going blue and i'm on my own",
        "had some oxy and a few stubbies, heart's going mental",
        "necked me benzos with a goon bag, breathing feels slow",
    ],
)
def test_a_dose_taken_twice_over_with_signs_is_an_overdose(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert verdict.reason in OVERDOSE_REASONS


@pytest.mark.parametrize(
    "text",
    [
        "dad had his warfarin twice today and now his nose won't stop bleeding",
        "my nan took her lithium twice this morning and she is so confused",
    ],
)
def test_someone_elses_doubled_dose_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "what if i take my warfarin twice by mistake, would my nose bleed",
        "took my bisoprolol twice last year by mistake, was totally fine",
        "i've been taking my vitamins twice a day and i feel great",
        "had a slab of tinnies at the footy, heart's racing, what a match",
        "my pharmacist says never take the insulin twice, it can make you shaky",
    ],
)
def test_doses_asked_ordered_or_long_past_get_no_alarm(text: str) -> None:
    assert assess(text).tier is None
    assert not doubled.overdose(normalise(text))


def test_a_twice_daily_schedule_is_no_doubled_dose() -> None:
    text = "I have been taking my metformin twice a day, my heart is racing after my run"
    assert not doubled.overdose(normalise(text))
