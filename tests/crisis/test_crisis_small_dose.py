"""Kinds a blind set found missed: the lookalike of an overdose that the
classifier alarmed on: a small dose of a common painkiller for a named ache ("took 2 ibuprofen
for a headache, still throbbing", "had a couple of paracetamol for my period pain"). It gets no
alarm now. The same dose with more taken after it, the rest of the box or the body answering
keeps the full reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 ibuprofen for a headache, still throbbing",
        "ibuprofen 2 tablets for a headache, is that ok with ketamine?",
        "had a couple of paracetamol for my period pain",
        "popped one naproxen for my back before the session",
    ],
)
def test_a_small_dose_for_an_ache_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "took 2 ibuprofen for a headache and then the rest of the box",
        "took 2 paracetamol for my back then 30 more",
        "took 2 ibuprofen for a headache and now im throwing up blood",
    ],
)
def test_more_after_the_small_dose_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
