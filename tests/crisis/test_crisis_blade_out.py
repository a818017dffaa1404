"""Kinds a blind set found missed: self-harm told by its tool taken back out ("took the blade
back out of the drawer. haven't used it yet") or by its marks as a map with a new line added
("my arms are a roadmap of bad nights. added a new road tonight"). They get the full reply;
someone else's, the reply for helpers. Their lookalikes (blades for a model, a tattooed arm
called a map, a razor taken out to shave) get no alarm from this rule. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess, blade_out, normalise


@pytest.mark.parametrize(
    "text",
    [
        "got the razor blades back out from under the mattress. not touched them yet",
        "three months clean and tonight i pulled the blade back out",
        "my thighs look like a tally chart now. added another one after the call",
        "wrists are a barcode at this point, one more line tonight",
    ],
)
def test_the_blade_taken_out_or_new_marks_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_someone_elses_blade_gets_the_helpers_reply() -> None:
    text = "my daughter took the blade back out, she hasn't used it yet"
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "got my old blades back out for the model railway again",
        "my arms are a map of tattoos, added a new one tonight",
        "my arms are a map of freckles, added a new one in the sun today",
        "took the blade back out of the box cutter, not used it yet",
        "my legs are like a road map of varicose veins show through, new one every year",
    ],
)
def test_blades_for_a_job_and_ink_stay_quiet_here(text: str) -> None:
    assert not blade_out.self_harm(normalise(text))
