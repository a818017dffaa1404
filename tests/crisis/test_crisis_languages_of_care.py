"""Kinds a blind set found missed, in the languages parents, carers and health staff wrote them
in: pills gathered bit by bit or in secret (Korean, Greek), sleeping and never waking again wished
for (Thai, Chinese), praying each night not to wake (Persian), the easiest thing named as not
waking (Spanish), nothing left to live for (Romanian), thinking of jumping from a balcony, a roof
or a bridge (Japanese, Hebrew), being a burden on someone named (Urdu). They get the full reply.
Their lookalikes (pills gathered to hand back or picked up off the floor, coupons collected, a
baby sleeping through the night, an alarm set not to wake late, a cat that jumped, popping over
to visit, jumping from a roof into a pool, clothes ready for a wedding) get no alarm. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "혼자 산 지 오래됐어요. 수면제를 몰래 모으고 있어요.",
        "요즘 진통제를 틈틈이 모았어요. 아무한테도 말 안 했어요.",
        "Έχω μαζέψει υπνωτικά εδώ και μήνες. Κανείς δεν το ξέρει.",
        "ฉันเหนื่อย อยากหลับไปไม่ตื่นขึ้นมาอีกเลย",
        "好累，真想睡过去就不用醒了",
        "هر شب دعا میکنم دیگه بیدار نشم",
        "Cuido a mi madre sola y a veces pienso que lo más fácil sería desaparecer.",
        "Nu mai am pentru ce să trăiesc de când a plecat el.",
        "夜になるとマンションから飛び降りたいと思ってしまう",
        "אני חושב כל הזמן לקפוץ מהגשר",
        "میں اپنے والدین پر بوجھ ہوں، مجھے نہیں لگتا کچھ بدلے گا",
    ],
)
def test_risk_said_in_these_languages_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "약을 조금씩 모아서 약국에 반납했어요",
        "쿠폰을 조금씩 모으고 있어요",
        "μάζεψα τα χάπια από το πάτωμα, τα έριξε το μωρό",
        "Έχω μαζέψει τα φάρμακα της μαμάς για να τα πάω στο φαρμακείο",
        "宝宝终于睡了，我半夜不用醒了",
        "زنگ گذاشتم که دیر بیدار نشم",
        "猫がベランダから飛び降りた",
        "חושבת לקפוץ לבקר את אמא מחר",
        "הילדים רוצים לקפוץ מהגג לבריכה",
        "הבן שלי רוצה לקפוץ מהגשר בבאנג'י בטיול",
        "Am pregătit hainele pentru nunta fiicei mele.",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
