"""Kinds a blind set found missed: someone close who said they will end it all, told in Hinglish
with a future verb ("bhai ne bola ... sab khatam kar dega"); an Arabic future joined to the verb
("سينتحر"); a farewell message in Chinese followed by no answer; a parent who said, after a loss
told first, that the family would be better off with his insurance. And a false alarm: an
Indonesian day's load measured in dying ("lembur sampai mau mati rasanya"). Each with the
everyday lookalikes a person would be put off by a crisis reply to."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "meri behen keh rahi thi ki wo sab khatam kar degi, ab jawab nahi de rahi",
        "dost ne message kiya ki aaj raat sab kuch khatam kar dega",
        "mera bhai bolta hai ki wo khud ko khatam kar dega, dar lag raha hai",
        "أختي قالت إنها ستنتحر بعد الامتحان وما ترد على الهاتف",
        "أخويا بيقول هينتحر النهارده وقافل تليفونه",
        "صديقتي كتبت لي أنها ستقتل نفسها الليلة",
        "我哥发来一条道别的短信，然后就关机了",
        "她昨晚给我发了诀别的微信，今天一直打不通",
        "my brother lost his wages on the horses and keeps saying we would be better off with the "
        "insurance. he took the car an hour ago",
        "my husband gambled the savings away and told us we'd be better off without him",
    ],
)
def test_another_persons_stated_end_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "manager ne bola aaj raat sab kaam khatam kar dega",
        "boss ne kaha ki wo kal tak sab files khatam kar dega",
        "صديقي سينتقل الليلة إلى مدينة أخرى ولا يرد علي",
        "同事发了告别邮件，明天离职",
        "我朋友发了告别信息，说下个月去德国读书",
        "my dad lost his job and said we would be better off moving to spain",
        "my dad crashed the car and said the insurance would cover it",
    ],
)
def test_everyday_talk_of_others_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "macet parah sampe mau mati rasanya di jalan, untung udah sampai rumah",
        "kerja seharian sampai hampir mati, besok cuti",
        "belajar buat ujian sampai mau mati rasanya, tapi seru juga",
    ],
)
def test_a_day_measured_in_dying_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "aku capek hidup, lembur sampai mau mati, aku pengen bunuh diri",
        "aku mau mati aja",
    ],
)
def test_a_wish_to_die_beside_the_idiom_is_still_heard(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
