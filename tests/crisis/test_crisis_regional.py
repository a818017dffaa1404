"""Kinds a blind set found wrongly alarming: "dead" as regional English for "very" ("the screws
were dead nice on my last wing") gets no alarm; "dead" as itself ("i feel dead inside"), or
beside a wish to die or a goodbye, still gets its reply. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "the officers were dead nice on my last wing tbh",
        "the midwives were dead good with me, honestly",
        "my mate's dead chuffed with his new flat",
        "the health visitor is dead friendly, i like her",
    ],
)
def test_dead_as_very_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "the nurses were dead nice but i still want to die",
        "dead nice of them to visit but i won't be here next week",
    ],
)
def test_dead_as_very_beside_a_wish_to_die_still_gets_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "dead happy now, bought enough paracetamol to finally sleep for good",
        "dead calm now, got the rope sorted, won't be here much longer",
    ],
)
def test_dead_happy_beside_a_means_and_an_ending_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
