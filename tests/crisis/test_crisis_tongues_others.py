"""Kinds a blind set found missed, in languages other than English: someone close who took a
large amount of pills, the amount told first ("أخي أخذ كمية كبيرة من الحبوب"), and a father who
sees no point in living and gives his things away ("не бачить сенсу жити, і роздає свої речі"),
in Arabic, Ukrainian and Russian: the reply for helpers. Pills as the doctor prescribed, sweets,
a town not worth living in and things given away before a move stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "صديقتي بلعت علبة كاملة من الأقراص ولا ترد",
        "زوجي شرب كمية كبيرة من الدواء ونايم وما يصحى",
        "мій брат каже, що не бачить сенсу жити",
        "мой отец говорит, что не видит смысла жить",
        "бабуся роздає всі свої речі сусідам і прощається",
        "дед раздаёт свои вещи и говорит, что скоро всё",
    ],
)
def test_someone_close_at_risk_gets_the_helper_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "أبي أخذ كمية كبيرة من الدواء حسب وصفة الطبيب",
        "أخي أخذ كمية كبيرة من الحلويات في العيد",
        "мама роздає свої речі перед переїздом",
        "брат не бачить сенсу жити в цьому місті",
        "бабушка раздаёт свои вещи перед переездом",
    ],
)
def test_a_prescription_a_move_or_a_town_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
