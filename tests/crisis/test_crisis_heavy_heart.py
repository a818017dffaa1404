"""Kinds a blind set found missed: sadness, loneliness, emptiness and worry told plainly in Urdu,
Malay, Marathi, Vietnamese, Arabic, Russian, Ukrainian, Somali and Tigrinya (a heavy heart, empty
like a robot, a restless mind and no sleep, lonely and useless, nobody to talk to, crying all the
time, homesick and anxious): the caring reply. In Tigrinya, wanting to end one's life gets the
full reply and a son who said he will die and left home gets the reply for helpers. Their
lookalikes (a fuel tank or a class that is empty, a heavy suitcase, nobody to talk to about the
course, a sleepless night after a party, missing a friend until Saturday) stay quiet. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "آج دل بہت اداس ہے، کچھ اچھا نہیں لگ رہا",
        "امی کو بتانے کی ہمت نہیں کہ فیل ہو گیا",
        "hari hari rasa kosong, bangun kerja tidur je",
        "hidup aku macam robot sekarang",
        "आज मन फार उदास आहे",
        "em thấy mình thật vô dụng",
        "حاسس بالوحدة من يوم ما جيت هنا",
        "я всё время плачу, не знаю почему",
        "мне так тяжело в последнее время",
        "я страшенно сумую за родиною",
        "весь час тривожуся за дітей",
        "waan xumahay maanta",
        "ሓዚነ እየ ሎሚ",
    ],
)
def test_sadness_loneliness_or_worry_told_plainly_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


def test_wanting_to_end_ones_life_in_tigrinya_gets_the_full_reply() -> None:
    assert assess("ህይወተይ ከጥፍኣ እደሊ").tier == CRISIS


def test_a_son_who_said_he_will_die_and_left_gets_the_helpers_reply() -> None:
    assert assess("ሓወይ ክመውት እየ ኢሉ ወጺኡ").tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "tangki minyak kereta dah kosong sangat, kena isi",
        "kelas hari ni rasa kosong sebab ramai cuti",
        "мне тяжело поднять этот чемодан",
        "ما عندي أحد أحكي معه عن الكورس، في مجموعة دراسة؟",
        "कल रात्रभर झोप लागत नाही कारण पार्टी होती",
        "Я сумую за тобою, побачимось у суботу",
    ],
)
def test_an_empty_tank_a_heavy_suitcase_or_a_party_night_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
