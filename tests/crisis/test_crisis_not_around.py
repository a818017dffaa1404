"""Kinds a blind set found missed: a cost, a lesson or a plan waved away because the writer will
not be around for it ("i dont care about side effects because i wont be here long", "whats the
point of lesson 9 if theres no me by lesson 9"). They get the check-in at least. Their lookalikes
(an absence for a trip, a holiday, a contract's end, a weekend away; side effects waved away for
the treatment's sake) are not read by the rule. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, normalise, not_around


@pytest.mark.parametrize(
    "text",
    [
        "why bother saving for a pension when i wont be around by then",
        "honestly who cares about the liver stuff since i will not be here much longer",
        "no point finishing the module if there is no me by the end of it",
    ],
)
def test_a_plan_waved_away_by_the_writers_absence_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "no point learning the rota since im on holiday",
        "i dont care about the side effects of ketamine if it helps",
        "whats the point of the welcome pack if i wont be around after friday, contract ends",
        "does not matter if it rains because i will be gone for the weekend",
    ],
)
def test_an_absence_with_an_everyday_cause_is_not_read_by_the_rule(text: str) -> None:
    assert not not_around.check(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "no point learning the rota since im on holiday",
        "i dont care about the side effects of ketamine if it helps",
    ],
)
def test_everyday_waving_away_gets_no_alarm(text: str) -> None:
    assert assess(text).tier is None
