"""Kinds a blind set found missed, in other languages than English: a wish turned back on the
morning ("лучше бы я просто не проснулся", better I had not woken), wanting to be run over "so it
all ends", disappearing for ever "to be done with it", and sleeping for ever with no more waking
(Russian, Ukrainian, Indonesian, Malay, Vietnamese, Spanish, Portuguese). Waking too early, a
near miss in traffic, leaving a group chat and a long sleep on a day off stay quiet."""

from __future__ import annotations

import pytest

import crisis


@pytest.mark.parametrize(
    "text",
    [
        # a wish not to have woken, not to be
        "всё проиграл, лучше бы я вообще не проснулась сегодня",
        "краще б я не прокинувся після тієї ночі",
        "лучше бы меня просто не было",
        # run over, so it all ends
        "udah gak kuat, rasanya pengen ditabrak kereta aja",
        "kadang aku harap kelindas truk biar selesai semuanya",
        "mending ketabrak mobil aja deh, capek banget",
        "nợ nần quá, muốn bị xe tải tông chết cho xong",
        "ojalá me atropelle un camión mañana camino al trabajo",
        "queria ser atropelada, sinceramente",
        # gone for ever, asleep for ever
        "tôi nên biến mất mãi mãi thôi",
        "chắc mình nên chết đi cho xong",
        "pengen tidur selamanya, capek sama semua ini",
        "malam ini tidur dan gak perlu bangun lagi",
    ],
)
def test_wish_to_be_gone_gets_full_reply(text: str) -> None:
    assert crisis.assess(text).tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "лучше бы я не проснулся так рано, пара отменилась",
        "лучше бы я не проснулся в 5 утра, будильник сломался",
        "adikku ketabrak motor tapi udah sembuh",
        "chắc em nên biến mất khỏi nhóm chat này",
        "pengen tidur selamanya di kasur hotel ini enak banget",
        "besok libur, tidur sampai siang gak usah bangun pagi",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert crisis.assess(text).tier is None
