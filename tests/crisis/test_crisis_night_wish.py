"""Kinds a blind set found missed: setting out at night for a bridge, a roof or the rails
(Ukrainian, Russian); a wish not to wake told with the verb first ("kal subah uthun hi na") or
with "aja" before it ("pengen tidur aja dan gak bangun lagi"); not wanting to stay alive in
spoken Persian ("نمی‌خوام زنده بمونم"). Each with the everyday lookalikes a person would be put
off by a crisis reply to: a night walk to watch stars, a lie-in until noon, an alarm asked
for, not wanting to stay in a city."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "я все вирішив, вночі піду на дах",
        "нічого вже не треба, цієї ночі поїду на колії",
        "сил больше нет, этой ночью пойду на мост",
        "ночью иду на рельсы, не ищите",
        "bas dua hai subah uthun hi nahi",
        "thak gayi hoon, kal uthun hi na, bas yahi chahti hoon",
        "rasanya pengen tidur saja terus gak bangun",
        "capek sama semuanya, mau tidur aja trus gak bangun lagi",
        "خسته‌ام، دیگه نمی‌خوام زنده بمونم",
        "نمی‌خواهم زنده بمانم",
    ],
)
def test_a_night_plan_or_a_wish_not_to_wake_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "ночью пойду на крышу смотреть звезды",
        "вночі піду на дах дивитися на зорі",
        "сейчас иду на мост, там пробка",
        "завтра піду на міст з друзями",
        "agar kal subah uthun hi na toh alarm laga dena",
        "kal subah uthun hi nahi toh class miss ho jayegi",
        "habis lembur pengen tidur aja dan gak bangun sampai siang",
        "نمی‌خوام توی این شهر بمونم",
    ],
)
def test_everyday_nights_and_mornings_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
