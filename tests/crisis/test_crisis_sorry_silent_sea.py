"""Thai, Malay, Vietnamese and Tagalog: a sibling, a husband or a friend who sent "sorry,
everyone" or "thank you, everyone" and has not answered since, and cuts found on a child's arm
(the reply for helpers); the writer a burden whose absence would ease the family, a letter left
for a mother, sleeping pills saved up (the full reply). Sorry for being late, a fall from a
bike, a school fee that burdens a family, not wanting to be a burden, not being at home, a
letter before studying abroad and medicine saved before a typhoon stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess

HELPER_SAID = (
    "พี่สาวพิมพ์มาว่าขอบคุณทุกคน หลังจากนั้นปิดเครื่องไปเลย",
    "kakak aku tulis status minta maaf semua orang, sekarang tak jawab call",
    "chồng tôi đăng vĩnh biệt mọi người rồi tắt máy",
    "cikgu jumpa kesan kelar di pergelangan tangan anak saya",
)
CRISIS_SAID = (
    "หนูมันเป็นภาระของทุกคน",
    "ถ้าเราไม่อยู่ลูกคงสบายขึ้น",
    "เขียนจดหมายสั่งเสียไว้ในลิ้นชักแล้ว",
    "tinago ko yung mga pampatulog sa cabinet",
)
QUIET = (
    "เพื่อนส่งไลน์มาว่าขอโทษทุกคนแบตหมด แล้วก็เงียบไป",
    "abang saya hantar mesej minta maaf semua lewat, lepas tu tak balas sebab memandu",
    "ada kesan kelar di tangan budak tu sebab kucing cakar",
    "ค่ารักษาพยาบาลเป็นภาระของครอบครัวมาก",
    "แม่ไม่อยากเป็นภาระลูกเลยย้ายไปอยู่บ้านพักคนชรา",
    "ถ้าผมไม่อยู่บ้านช่วงสงกรานต์ แม่คงสบายขึ้น ไม่ต้องทำกับข้าว",
    "nag-ipon ako ng gamot ko para sa biyahe, sapat na hanggang Mayo",
)


@pytest.mark.parametrize("text", HELPER_SAID)
def test_sorry_everyone_then_silence_and_a_childs_cuts_get_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_a_burden_a_letter_and_pills_saved_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", QUIET)
def test_lateness_falls_fees_and_trips_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
