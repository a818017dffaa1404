"""One or two of an ordinary medicine (ibuprofen, paracetamol, an antihistamine) with a mild
effect after ("a bit dizzy", "drowsy"): no overdose, no reply. Twenty of them, the whole pack,
boxes, more on top, another medicine or drink beside it, or meaning it keep the full reply. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "took 2 nurofen for my back and now i feel a bit woozy",
        "had two paracetamol for the headache, bit lightheaded now",
        "took an antihistamine for hay fever and im so drowsy",
        "popped 2 advil for period cramps and now i'm kinda nauseous",
        "took my usual 2 tablets of paracetamol and i'm a bit groggy",
    ],
)
def test_a_usual_dose_with_a_mild_effect_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "took 24 ibuprofen and now im dizzy",
        "took the whole packet of paracetamol and i feel a bit sick",
        "took 2 boxes of nurofen for my headache, dizzy now",
        "took 2 ibuprofen, then the rest of the strip, feeling dizzy",
        "took 2 tablets of paracetamol then the rest of the box, dizzy",
        "took 2 paracetamol on purpose with half a bottle of vodka and now i'm dizzy",
    ],
)
def test_more_than_a_usual_dose_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
