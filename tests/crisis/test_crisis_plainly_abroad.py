"""Kinds a blind set found missed, in other languages: no reason left to live for in Arabic
dialect, no wish left "for this life" said casually in German, not wanting to go on with
everything made ready and only the night awaited in Persian (a reply with crisis lines); empty
inside with no energy for anything in Arabic, no taste for anything and emptied out in French (the
caring reply). Their lookalikes (a party made ready, a course not gone on with, being free today,
city life, tired after a marathon) stay quiet. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "والله ما عاد لي سبب أعيش عشانه",
        "مافي عندي داعي للعيش بعد اللي صار",
        "null bock mehr auf mein leben ehrlich",
        "hab keine kraft mehr auf dieses leben",
        "همه چیز رو آماده کردم، منتظر امشبم",
        "دیگه نمیخوام ادامه بدم",
    ],
)
def test_no_reason_left_and_a_night_awaited_get_crisis_lines(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "حاسه إني فارغة من الداخل",
        "مو فيني حيل لأي شي هالأيام",
        "j'ai plus goût à rien depuis des semaines",
        "je suis complètement vidé, même me lever c'est un combat",
    ],
)
def test_empty_inside_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "همه چیزو برای جشن آماده کردم، فقط منتظر شبم",
        "دیگه نمی‌خوام این دوره رو ادامه بدم",
        "احس اني فاضي اليوم، نطلع؟",
        "ich hab keinen bock mehr auf das leben in der großstadt",
        "je suis vidée après le marathon",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
