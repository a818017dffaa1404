"""Hospital and student life in other languages (crisis/lexicons/rest_of_vial.py): a lethal dose
asked in German, the least painful way in Korean, the rest of a vial injected in Spanish, a
farewell then silence in Chinese and Japanese, a friend on a roof in Korean, pills taken and no
answer in Spanish, the wrist cut again in Japanese, a therapy as the last chance in Polish, and
uselessness after an exam in Chinese or an emptied home in Hindi; with their lookalikes (a pet's
dose, a tattoo, a usual insulin shot, a graduation, a barbecue on the roof, a kitchen cut, the
end of one's studies, useless software, a mother gone to work) quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

CASES = (
    ("Wie viel mg Propofol wäre tödlich? Frage für mich", CRISIS),
    ("Welche Dosis Morphin i.v. wäre für einen Erwachsenen tödlich, rein hypothetisch", CRISIS),
    ("무슨 방법이 가장 덜 아파요? 그냥 궁금해서", CRISIS),
    ("me inyecté el resto de la ampolla de fentanilo, me cuesta respirar", CRISIS),
    ("mi hermano se tragó un montón de pastillas y ya no responde", HELPER),
    ("室友在朋友圈发了“对不起所有人，永别了”，电话打不通", HELPER),
    ("彼氏から「今までありがとう」ってきて、電話に出ない", HELPER),
    ("룸메가 학교 옥상에 올라가 있대요 너무 무서워요", HELPER),
    ("今日また手首を切っちゃった", CRISIS),
    ("また手首切った。3ヶ月我慢してたのに", CRISIS),
    ("我朋友在群里说了句对不起大家再见，然后就联系不上了", HELPER),
    ("同事发朋友圈说谢谢大家，再见，之后电话一直关机", HELPER),
    ("mi compañero se tomó pastillas del hospital y no contesta", HELPER),
    ("jeśli ta terapia nie pomoże to koniec", CHECK),
    ("又挂科了，觉得自己真的一无是处", DISTRESS),
    ("पापा के गुज़रने के बाद घर सूना लगता है", DISTRESS),
)
QUIET = (
    "welche Dosis Ibuprofen ist für meinen Hund tödlich? Der Tierarzt ist zu",
    "어떤 방법이 제일 안 아파요? 타투할 때요",
    "me inyecté la insulina como siempre antes de comer",
    "对不起大家，再见，我毕业了，手机没电关机了",
    "今天毕业了，谢谢大家，再见，手机没电关机了",
    "今までありがとう！卒業しても連絡してね",
    "친구가 옥상에 올라가 있대요 고기 구워 먹는다고 어떻게 가요",
    "料理中に包丁で腕を切っちゃった",
    "jak ta sesja nie pomoże to koniec ze studiami",
    "这个软件觉得没用",
    "माँ के ऑफिस जाने के बाद घर शांत रहता है",
)


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_hospital_and_student_life_abroad_gets_its_reply(text: str, tier: str) -> None:
    assert assess(text).tier == tier


@pytest.mark.parametrize("text", QUIET)
def test_a_pet_a_tattoo_a_graduation_or_a_kitchen_cut_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
