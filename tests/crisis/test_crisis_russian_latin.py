"""Russian typed in Latin letters, and a few more in Cyrillic: a noose or a rope made or bought,
how much of a drug "so as to die" or "not to wake", standing on a roof, and a treatment that was
the last hope and failed get the full reply; a friend or a cellmate on a bridge or threatening
to hang himself gets the reply for helpers, and panic that keeps one indoors the caring reply.
A rope for the washing, a noose on a shoelace, how much sleep "so as not to die", a cat or a
roofer on the roof, sunset with friends, an exam's last chance and a day indoors waiting for a
repairman stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "petlyu uzhe prigotovil",
        "kupil verevku, vse resheno",
        "skolko tabletok nado vypit chtoby ne prosnutsya",
        "ya stoyu na kryshe",
        "petlyu sdelal iz prostyni",
        "antidepressanty ne pomogli, eto byla poslednyaya nadezhda",
        "кетамин не сработал, это был мой последний шанс",
        "петлю уже сделал, осталось дождаться ночи",
    ],
)
def test_a_plan_a_method_or_a_last_hope_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("drug sidit na mostu i ne beret trubku", HELPER),
        ("sokamernik govorit chto povesitsya", HELPER),
        ("опять паника, не могу выйти из дома", DISTRESS),
        ("snova panika, ves den sizhu doma", DISTRESS),
    ],
)
def test_another_on_a_bridge_or_panic_gets_its_reply(text: str, tier: str) -> None:
    assert assess(text).tier == tier


@pytest.mark.parametrize(
    "text",
    [
        "kupil verevku dlya belya",
        "сделал петлю на шнурке",
        "kot sidit na kryshe",
        "кот сидит на крыше",
        "ya na kryshe s druzyami smotrim zakat",
        "brat sidit na kryshe i chinit antennu",
        "eto byl posledniy shans sdat ekzamen, dalshe smysla net zhdat",
        "это был последний шанс на скидку, дальше нет смысла ждать",
        "ne mog vyiti iz doma, zhdal mastera",
    ],
)
def test_russian_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
