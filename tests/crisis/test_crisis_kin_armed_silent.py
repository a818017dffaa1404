"""Kinds a blind set found missed: someone close at risk, told in Russian, Ukrainian, Arabic
dialects, Indonesian and Lingala: a husband or brother with a gun who "will settle everything" or
can't bear it any more, a friend who said she wants to die and then switched off her phone or is
alone, a farewell sent to the group and the phone off since, a relative who said he will kill
himself. Each gets the reply for helpers. Their lookalikes stay quiet: a rifle taken out for the
hunt or a pistol for the range, dying of laughter at a video or of tiredness alone at work, a
farewell before a new job with a dead phone."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "мій чоловік повернувся з фронту і сьогодні сказав що в нього є пістолет і він все "
        "вирішить. я з дітьми в Польщі",
        "муж сидит в гараже с ружьём и говорит, что больше не может терпеть боль. я боюсь заходить",
        "брат заперся в комнате с пистолетом, говорит что всё решит сегодня",
        "брат сидит в квартире с пистолетом и говорит что всё решит сегодня",
        "син сказав що більше не може жити, а в нього вдома рушниця",
        "صاحبتي قالت لي داير أموت وقفلت التلفون. هي براها في الشقة",
        "اختي كتبت انها بدها تموت وبعدين سكرت تلفونها",
        "temenku kirim pesan perpisahan di grup terus hpnya mati. dia tinggal sendirian di desa",
        "adikku kirim pesan pamit di grup keluarga, sekarang nomornya nggak aktif",
        "ndeko na ngai alobi akomiboma lelo. il est sur le toit de l'immeuble",
        "tata na ngai alobaki ete akomiboma",
    ],
)
def test_someone_close_at_risk_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "муж достал ружьё из сейфа почистить перед охотой, говорит больше не может ждать сезона",
        "брат купил пистолет для тира, говорит что всё решит на соревнованиях",
        "муж купил ружье, говорит что хочет жить на природе",
        "صاحبتي قالت لي داير أموت من الضحك على الفيديو",
        "صاحبتي قالت بدها تموت من التعب، هي لحالها بالشغل اليوم",
        "temenku kirim pesan perpisahan di grup karena pindah kerja, terus hpnya mati",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
