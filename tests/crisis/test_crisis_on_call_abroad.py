"""Doctors, nurses and pharmacists telling their own risk in Chinese, Korean, Vietnamese, German,
Dutch and Spanish get the full reply: wanting to jump from the hospital roof after a shift,
ending oneself with sleeping pills, "bu xiang huo le" and "jukgo sipeo" typed in Latin letters,
on the dormitory roof and ending it today, sleeping pills collected for weeks, a letter to the
mother and "em sẽ đi" tonight, morphine pocketed from the ward, on a bridge unsure of going back,
a will signed and the dog taken to the parents, a goodbye to the family they did not notice; a
licence lost and the writer gone too gets the check-in. A diving board, the end of single life,
stopping for today, filming on a roof, old pills handed back, study abroad, tablets for a
holiday, the rain, a parked car looked for, a will before a journey, a goodbye slipped past for
work and a laugh "to death" stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "值班的时候总想从医院天台跳下去",
        "我一直在想用安眠药了结自己",
        "wo zhen de bu xiang huo le, tai lei le",
        "지금 기숙사 옥상인데 오늘 끝내려고",
        "수면제를 몇 주째 모아두고 있어",
        "jukgo sipeo... 오늘도 야간이야",
        "em đã viết thư cho mẹ rồi, tối nay em sẽ đi",
        "Genug Morphin von der Station eingesteckt. Reicht.",
        "Zit op de brug bij het station. Weet niet of ik terugga.",
        "testament getekend en de hond naar mijn ouders gebracht",
        "me despedí de mi familia sin que se dieran cuenta",
        "me despedí de mis padres sin que lo notaran",
        "bu xiang huo le",
    ],
)
def test_risk_told_abroad_gets_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Wenn die Zulassung weg ist, dann bin ich auch weg",
        "als mijn BIG registratie weg is ben ik ook weg",
    ],
)
def test_gone_with_the_licence_is_asked_about(text: str) -> None:
    assert rules(text) == CHECK
    assert assess(text).tier == CHECK


@pytest.mark.parametrize(
    "text",
    [
        "我想从跳台跳下去，可是太高了",
        "我决定结束自己的单身生活了",
        "오늘은 여기서 끝내려고요, 내일 봐요",
        "옥상에서 촬영 끝내려고요",
        "유통기한 지난 약 모아두고 약국에 반납했어요",
        "mình viết thư cho bố mẹ rồi, cuối tuần này mình sẽ đi du học",
        "Genug Tabletten für den Urlaub mitgenommen",
        "Wenn der Regen vorbei ist, bin ich weg",
        "Sta op het dak van de parkeergarage, weet niet of ik de auto op niveau 3 heb gezet",
        "testament laten opmaken voor de reis en de kat naar mn zus gebracht",
        "me despedí de mis hijos sin que se dieran cuenta porque lloran cuando me voy al trabajo",
        "wil je dood gaan van het lachen? kijk deze video",
        "jin tian bu xiang huo dong, zai jia xiu xi",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert rules(text) not in ALARMS
    assert assess(text).tier is None
