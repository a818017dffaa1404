"""Kinds a blind set found missed: the writer's own end said in Lingala (thinking of killing
oneself tonight), in Arabic typed in Latin letters (putting an end to one's own life), and in
Arabic dialects (to be done with this world, thinking of ending everything tonight, God asked
to take the writer, a wish to have slept and not woken). Each gets the full crisis reply. Their
lookalikes stay quiet: an end put to a topic or a relationship, all the homework or a report
finished tonight, being done with this world of work, God asked to take one to Mecca, a wish to
have slept early."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "Nalembi na bomoi oyo. Nakanisi komiboma lelo butu",
        "nalingi komiboma, nazali lisusu na makasi te",
        "kel yom bfakker 7ott 7add la 7ayati",
        "baddi 7ott 7ad la 7ayati, ma 3ad fiyye",
        "والله تعبت وصرت عبء على أهلي. أفكر أنهي كل شيء الليلة",
        "ما عندي زول هنا. داير أمشي وأخلص من الدنيا دي",
        "بدي اتخلص من هالدنيا",
        "عايز اخلص من الدنيا دي بقى",
        "كل يوم بقول يا رب خذني وريحني",
        "يا رب خدني عندك",
        "يا ريت نمت وما صحيت",
    ],
)
def test_the_writers_own_end_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "baddi 7ott 7ad la hal mawdou3",
        "bfakker 7ott 7add la 3alaqti ma3o",
        "أفكر أنهي كل الواجبات الليلة",
        "افكر انهي كل شيء الليلة عشان التقرير بكرة",
        "بدي اخلص من الدنيا من الشغل",
        "يا رب خذني لمكة السنة الجاية",
        "يا رب خذني معك للحج",
        "ياريت نمت بكير امبارح",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
