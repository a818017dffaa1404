"""Kinds a blind set found missed: in Spanish, tools, a horse, the dogs or a gun given away beside
"when I'm gone" or not wanting anyone to clean up after one; in Chinese, pesticide or sleeping
pills put under the bed or the pillow. Both get an alarm. A gift for a birthday, a trip "cuando
me vaya a Lima", pesticide locked in the store away from children stay quiet. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "repartí mis herramientas entre los sobrinos, para cuando ya no esté",
        "le dejé la escopeta y la camioneta a mi compadre. cuando me muera que no haya pleito",
        "ya regalé los perros. no quiero que nadie tenga que limpiar nada después",
        "我把百草枯藏在床底下了，谁也不知道",
        "安眠药已经放在枕头底下了",
    ],
)
def test_things_given_away_and_poison_at_the_bed_get_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "le regalé el caballo a mi nieta por su cumpleaños",
        "regalé mis herramientas viejas a mi sobrino; cuando me vaya a Lima le llevo el resto",
        "农药放在仓库里了，别让孩子碰",
        "爸爸把农药放在棚子里锁好了",
    ],
)
def test_gifts_trips_and_stored_pesticide_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
