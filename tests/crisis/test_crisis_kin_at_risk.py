"""Kinds a blind set found missed: none in these languages; someone close at risk as newcomers
tell it (``crisis/lexicons/kin_at_risk.py``): a brother who wants to throw himself off a
bridge and a friend who swallowed a whole box of pills (Arabic), the same typed in Latin
letters, all of their pills taken (Persian), said they would kill themselves (Pashto,
Tigrinya, Swahili), going to shoot themselves (French); and the best way or how many pills
asked in Arabizi. Their lookalikes (pills as the doctor prescribed, a laugh, a bullet in one's
own foot, a washing line) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "أخي قال إنه بدو يرمي حاله عن الجسر الليلة",
        "ابني هدد يشنق نفسه إذا رجعنا",
        "صاحبتي ابتلعت علبة حبوب كاملة وما بترد",
        "akhoya 2al eno bado ynte7er, sho a3mel",
        "sa7bti katbetli enha nawya tente7er",
        "دوستم همه قرص هایش را خورده، جواب نمیده",
        "زما ورور وايي ځان وژني",
        "ሓወይ ነብሱ ክቐትል እዩ ኢሉ",
        "dada yangu amemeza vidonge vyote, nifanye nini",
        "rafiki yangu amesema atajiua usiku huu",
        "mon père dit qu'il va se tirer une balle ce soir",
    ],
)
def test_someone_close_at_risk_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "3aref a7san tare2a amout beha bdoon waja3?",
        "kam 7abba lazem akhod 3ashan ma as7a",
    ],
)
def test_the_way_asked_in_arabizi_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "مادرم همه قرص هایش را طبق دستور دکتر خورده",
        "أخي أخذ كل حبوب الضغط حسب الوصفة",
        "a7san tare2a amout men el d7k, shoof el video",
        "kam 7abba panadol masmou7 bel yom?",
        "mon collègue va se tirer une balle dans le pied avec ce budget",
    ],
)
def test_pills_as_prescribed_and_idioms_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
