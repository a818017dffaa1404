"""Someone close who died, and the writer who still puts out two cups, pours their coffee or
takes out both plates: grief, the caring reply. A driving test passed, a habit that makes one
smile, and two cups put out for a flatmate away stay quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "since my husband died i keep pouring his coffee before i remember",
        "dad passed last year and i still take out both plates at dinner",
        "my nan passed at christmas and i still put out her cup every morning",
    ],
)
def test_still_setting_out_for_the_dead_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "the twins passed their driving test and i still put out two cups for them",
        "my mum passed in march and i still put out two cups in the morning, makes me smile",
        "my flatmate is away so i still put out two cups out of habit",
    ],
)
def test_a_test_passed_a_fond_habit_or_an_absence_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
