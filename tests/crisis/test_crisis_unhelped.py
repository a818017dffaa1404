"""Kinds a blind set found missed: tablets told as taken in a few words with help forbidden
beside them ("took the pills. dont call anyone"): an overdose, the full reply. Lookalikes: pills
taken on time with a call put off for sleep, a prescription's side effects, a doctor's advice."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "took the tablets. please dont ring an ambulance",
        "i swallowed my pills. do not call 999",
        "downed the box. don't try to save me",
        "took those pills an hour ago. its too late for an ambulance",
        "had the meds. no one can stop this now",
    ],
)
def test_pills_taken_with_help_forbidden_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "took my pills, dont call me before ten, i'll be asleep",
        "took the tablets the doctor gave me, dont ring me till lunch",
        "took my meds and had a nap, no need to call",
        "took my tablets late but i am fine, no need to call an ambulance",
        "took the antibiotics for my infection, don't come round, i'm contagious",
        "took my hay fever tablets, no need to call the pharmacy back",
    ],
)
def test_pills_with_a_call_put_off_stay_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS
