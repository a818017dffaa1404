"""A plan tied to a date or a condition, a note already written, a life policy's wait run out.

"If they take the house on friday I am ending it", the Indonesian "if I can't pay, I jump off
the bridge", the Russian "I won't pay it back — I'll step out of the window" and "the note is
already written", and a policy that pays for suicide after a year with the year now up, get the
full reply. Jumping at a chance or into the lake, "I'm done" after an exam, a window opened for a
smoke, a note for the babysitter and a general question about what policies cover stay quiet.
"""

from __future__ import annotations

import pytest

from crisis import assess


@pytest.mark.parametrize(
    "text",
    [
        "if the bailiffs come on friday im ending it. i know which bridge",
        "if she files for divorce i am killing myself, already bought the rope",
        "kalau besok ditagih lagi gue lompat dari gedung kantor",
        "не заплачу до пятницы — выпрыгну из окна, всё решено",
        "записка уже написана? да. записку я уже оставил на столе",
        "my insurance covers suicide after two years. the two years are up today",
    ],
)
def test_plans_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "if the offer is good im jumping at it",
        "if this exam goes badly im done",
        "выйду в окно покурить",
        "записку для няни уже написала",
        "does a life policy pay out for suicide after the first year",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
