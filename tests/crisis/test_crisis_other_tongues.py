"""Kinds a blind set found missed in other languages, the writer's own: going to jump (Chinese),
pills put by (Chinese), the last session "and not only the treatment" (German), a farewell typed
in Latin letters (Russian), not here for the next lesson (Portuguese). Each with its everyday
lookalikes: a sale's price, money saved, a course finished, homework solved, a holiday."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "期末考完我就去跳楼，反正也没人在乎",
        "我已经把药都攒好了，今晚就结束吧",
        "Ich habe beschlossen, dass es die letzte war, und damit meine ich nicht nur die "
        "Behandlung.",
        "ya uzhe vsyo reshil, prostite menya vse. proshchaite",
        "obrigada pelas aulas, mas não vou estar aqui pra aula 8",
    ],
)
def test_the_writers_own_in_other_languages_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "双十一跳楼价，我要去跳楼价那家店",
        "我已经把钱都攒好了，明年去旅行",
        "Die Sitzung heute war die letzte, der Arzt sagt ich bin fertig",
        "ya vsyo reshil, zadachi gotovy",
        "não vou estar aqui pra aula 8, vou viajar de férias",
    ],
)
def test_a_sale_savings_a_course_finished_or_a_trip_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
