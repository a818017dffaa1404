"""Kinds found alarmed with no risk in them: a whole bottle or glass of a plain drink ("drank a
whole bottle of water after the gym"), and a pet that got into something ("my dog drank some
antifreeze"), the vet's emergency rather than the writer's overdose. Each stays quiet; the same
words beside the writer's own pills, a poison the writer drank, or a child who drank it still get
their reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "drank a whole bottle of water after the gym",
        "took a whole glass of milk before bed, sleeping like a baby",
        "my dog drank some antifreeze what do i do",
        "our cat ate some of the lilies, vet says bring her in",
    ],
)
def test_a_plain_drink_or_a_pets_emergency_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "i drank a bottle of wine and took all my pills",
        "drank a whole bottle of water with all my pills",
        "took the whole bottle of sleeping pills with a glass of water",
        "my dog ate my pills and i took the rest",
        "i drank antifreeze",
    ],
)
def test_the_writers_own_overdose_in_the_same_words_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_a_child_who_drank_a_poison_gets_the_helpers_reply() -> None:
    assert assess("my toddler drank some antifreeze").tier == HELPER
