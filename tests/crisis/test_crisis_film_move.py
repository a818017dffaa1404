"""Kinds a blind set found read as a crisis: a film or a series whose hero dies or kills himself,
told in Arabic with the film named first and the hero after; a move to another city with things
given to the neighbours and goodbyes said, in Ukrainian and Russian (the verb of moving, not only
the noun). They stay quiet; the same farewells with a wish to die, or a film watched and then a
plan of the writer's own, still get the full reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "شفت فيلم عن اللاجئين مبارح، البطل انتحر بالآخر. بكيت كتير بس الفيلم حلو",
        "حضرت مسلسل جديد، البطلة ماتت في الحلقة الأخيرة",
        "переїжджаємо в інше місто, роздаю речі сусідам. прощаюсь з усіма, сумно але це нове "
        "життя",
        "переезжаем в другой город, раздаю вещи соседям, прощаюсь со всеми",
    ],
)
def test_a_film_or_a_move_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "شفت فيلم امبارح وبعدها قررت انتحر الليلة",
        "شفت فيلم البطل انتحر بالآخر، وأنا كمان بدي انتحر الليلة",
        "переїжджаємо, роздаю речі сусідам. прощаюсь з усіма, більше не хочу жити",
    ],
)
def test_a_wish_beside_them_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
