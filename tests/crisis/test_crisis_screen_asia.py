"""Kinds of lookalike a blind set's languages of Asia and Africa share with their crises, kept
quiet now that their means, places and wishes are read: a film's, a drama's or a novel's hero
who hangs, jumps or drinks poison; a roof climbed to mend it or to help a mason; dying of exam
stress or tension said of a hard week. A real wish beside a film, a failed exam or tension still
gets its reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "film me hero ne zeher kha liya, bahut emotional scene tha",
        "फिल्म में हीरो ने फांसी लगा ली, बहुत दुखद",
        "电影里主角喝农药自杀了，好感人",
        "หนังเรื่องนี้พระเอกกินยาฆ่าหญ้าตาย",
        "영화에서 주인공이 옥상에서 뛰어내렸어요",
        "映画で主人公が農薬を飲んだシーン",
        "Phim này nhân vật chính uống thuốc trừ sâu, cảnh rất buồn",
        "بطل الفيلم شرب السم في النهاية",
        "Sa pelikula, uminom ng lason yung bida",
        "papa chhat ki marammat kar rahe hain, main chhat pe khada hoon unki madad ke liye",
        "exam ki tension me mar jaunga yaar, kal physics hai",
        "परीक्षा की टेंशन में मर जाऊंगा लगता है",
        "ਪੇਪਰਾਂ ਦੀ ਟੈਨਸ਼ਨ ਨਾਲ ਮਰ ਜਾਣਾ",
        "Thi cử căng thẳng muốn chết luôn",
    ],
)
def test_a_heros_death_a_roof_job_and_exam_stress_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "film dekhi jisme hero mar gaya, ab mujhe bhi marna hai",
        "trong phim nó chết, còn tôi cũng muốn chết thật",
        "exam me fail ho gaya, ab jeena nahi chahta",
        "tension se mar jaunga, ab jeena nahi",
        "main chhat pe khada hoon, neeche kood jaunga",
    ],
)
def test_a_wish_beside_a_film_an_exam_or_tension_still_gets_its_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
