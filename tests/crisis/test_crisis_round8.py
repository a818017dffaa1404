"""Medicine taken as part of the day, a lone goodbye, a bare day, a family history turned into
intent, a meme's "this girl" meaning the writer, a farewell put in a profile, and languages with
few phrases: each gets the reply it needs, and the lookalikes (a routine dose ticked off, a
goodbye before a trip, a day for a plan, a family history told as a worry, a meme about someone
else, a story) get none. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "took my meds 💊✅",
        "took my meds ✅",
        "took my pills 💊 ✅ now breakfast",
        "had my evening tablets ✔️ off to bed",
        "took my lithium with breakfast",
        "remembered my antidepressants today, day 30 streak",
        "morning meds done 💊✅",
    ],
)
def test_medicine_taken_as_usual_is_no_overdose(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "took all my meds 💊✅",
        "took my meds 💊💊💊💊 ✅",
        "took my meds. goodbye everyone 💊✅",
        "took my whole prescription ✅",
        "took my meds 💊✅ 🍷",
        "meds taken, all of them",
        "took the rest of my meds ✅",
        "took my meds and a bottle of wine",
        "took my meds, then took them again and another two. feel shaky",
    ],
)
def test_medicine_taken_beyond_the_usual_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
