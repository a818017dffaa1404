"""Kinds a blind set found missed: far more of a medicine injected or taken than the dose, with the
body answering now; using again after clean time, too much, the body answering; no reason or
"why" seen to keep going; and, quiet, a dose question that people bring to a pharmacist's or
nurse's work, retold."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

OVERDOSE = (
    "took way more of my xanax than i should have, heart pounding",
    "gave myself far more insulin than prescribed an hour ago, sweaty and shaky",
    "injected a lot more than my dose by accident, so dizzy now",
    "relapsed after 8 months clean, did way too much, lips tingling",
    "picked up again after two years sober and used too much, i am so cold",
)
CHECK_IN = (
    "my job is gone and my kids dont talk to me. i dont see why to continue",
    "scan came back bad again. i dont see reason to keep going",
    "nobody visits anymore, i dont see why i should go on honestly",
)
QUIET = (
    "pharmacist here, people ask me daily how many ibuprofen is too many, so this lesson is useful",
    "i'm a nurse and patients ask me what dose of paracetamol is too much, good module",
    "ate way more cake than i should, feeling shaky lol",
    "injected my usual insulin, shaking a bit, had a hypo snack",
    "used the app again after 2 years, too much screen time",
    "i dont see why to continue this thread",
    "i dont see why i should continue paying for netflix",
    "took way more photos than i should on the trip",
)


@pytest.mark.parametrize("text", OVERDOSE)
def test_far_over_the_dose_with_the_body_answering_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_IN)
def test_no_reason_seen_to_keep_going_gets_at_least_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
