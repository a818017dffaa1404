"""Kinds a blind set found missed, in other languages than English: a lethal count asked with
the medicine named between (Thai paracetamol, Arabic blood-pressure pills "enough for one to
die") and the quickest painless way in texted Indonesian ("cepet", "gak sakit"), which get the
full reply; someone close who apologised to everyone or posted a goodbye and has gone silent,
says it is the end with pills on him, or will kill himself tonight (Malay, Indonesian, Tagalog,
Polish, Arabic, Russian, Spanish), who gets the reply for helpers; and Russian anxiety with a
racing heart, which gets the caring reply. A painkiller's dose for a headache, an apology for a
late reply, a move, and working oneself to death stay quiet."""

from __future__ import annotations

import pytest

import crisis


@pytest.mark.parametrize(
    "text",
    [
        "กินยานอนหลับกี่เม็ดถึงจะไม่ตื่น",
        "กินยาแก้ปวดกี่เม็ดถึงจะตาย",
        "كم حبة بنادول تكفي عشان اموت",
        "cara paling cepet buat mati apa ya",
        "gimana cara mati yang gak sakit dan paling cepet",
    ],
)
def test_lethal_count_or_painless_way_gets_full_reply(text: str) -> None:
    assert crisis.assess(text).tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "kakak aku hantar mesej maaf kat semua, dah tak jawab call",
        "nag-post ng paalam ang kapatid ko kagabi, hindi na siya sumasagot",
        "siostra napisała że to już koniec i nie odbiera",
        "mój brat pisze że ma dość życia i ma tabletki przy sobie",
        "أختي قالت إنها بتقتل نفسها الليلة",
        "صاحبي كتب لي انه راح يقتل نفسه وقفل جواله",
        "мой брат написал всем, что просит прощения, и не берёт трубку",
        "mi hermano le pidió perdón a todos y ya no contesta",
    ],
)
def test_someone_close_sorry_then_silent_gets_helper_reply(text: str) -> None:
    assert crisis.assess(text).tier == "helper"


@pytest.mark.parametrize(
    "text",
    [
        # the same apology and silence may read as the writer's own: either reply helps
        "adik saya kirim pesan minta maaf ke semua orang, sekarang hpnya mati",
    ],
)
def test_apology_and_phone_off_gets_a_reply(text: str) -> None:
    assert crisis.assess(text).tier in {"helper", "crisis"}


@pytest.mark.parametrize(
    "text",
    [
        "мне так тревожно, не могу успокоиться",
        "сердце колотится, всю ночь не сплю",
    ],
)
def test_anxiety_gets_caring_reply(text: str) -> None:
    assert crisis.assess(text).tier == "distress"


@pytest.mark.parametrize(
    "text",
    [
        "abang aku hantar mesej minta maaf pada semua sebab lambat reply",
        "kawan aku post ucapan maaf kepada semua sebab pindah kerja, hp dia mati",
        "tata pisze że ma dość tego deszczu",
        "أخوي بيقتل نفسه في الشغل كل يوم",
        "написал всем, что переезжает, и не берёт трубку",
        "กินยาแก้ปวดกี่เม็ดถึงจะหาย",
        "كم حبة بنادول تكفي للصداع",
        "cara paling cepet buat belajar bahasa inggris",
        "сердце колотится от счастья, она согласилась",
        "не могу успокоиться от смеха",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert crisis.assess(text).tier is None
