"""Kinds a blind set found missed: in Russian a hope or a prayer, said of oneself, not to wake
("ложусь и надеюсь, что утром не проснусь"). It gets the full reply, as the same wish said with
an infinitive already does. Its lookalikes (hoping not to oversleep, to wake on time, that a baby
will not wake) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "после смены ложусь и надеюсь, что больше не проснусь",
        "молюсь, чтобы завтра не проснусь уже",
        "каждую ночь в кабине надеюсь что утром не проснусь",
    ],
)
def test_a_hope_not_to_wake_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "надеюсь, что завтра не просплю на смену",
        "Надеюсь, что не просплю будильник",
        "надеюсь, что проснусь вовремя к погрузке",
        "надеюсь что он не проснётся пока я убираю",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
