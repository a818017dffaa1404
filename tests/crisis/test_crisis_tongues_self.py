"""Kinds a blind set found missed, in languages other than English: everyone better off without
me told in the other order ("без мене всім буде легше"), wanting to fall asleep and not wake
("อยากหลับไปแล้วไม่ตื่นขึ้นมาอีกเลย"), on a rooftop now and at a loss ("ตอนนี้ยืนอยู่บนดาดฟ้า"),
a pet given away beside a letter written ("把猫送人了，信也写好了"), and one's things bequeathed
while alive ("hab meinem Bruder meine Sachen vermacht"), in Ukrainian, Russian, Thai, Chinese and
German. Easier without me at a move, sleep before a holiday, a rooftop with friends, a cat given
away before studying abroad and a grandmother's bequest stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "без мене всім стане легше, я знаю",
        "мне кажется, без меня всем будет лучше",
        "อยากหลับไปแล้วไม่ตื่นอีกเลย",
        "ตอนนี้อยู่บนสะพานคนเดียว ไม่ไหวแล้ว",
        "ตอนนี้นั่งอยู่บนดาดฟ้าตึก",
        "东西都送人了，遗书也写好了",
        "狗送给朋友了，信都写完了",
        "ich habe meiner Schwester meine Gitarre vermacht, sie weiß nichts davon",
    ],
)
def test_a_sign_of_ones_own_risk_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "без мене їм буде легше переїхати",
        "без меня на кухне будет легче готовить",
        "อยากหลับไปแล้วตื่นมาเจอวันหยุด",
        "ตอนนี้อยู่บนดาดฟ้ากับเพื่อน ชมวิวสวยมาก",
        "ตอนนี้ยืนอยู่บนสะพานรอรถเมล์",
        "要出国留学了，把猫送人了，申请信也写好了",
        "搬家了，狗送给邻居了，感谢信也写好了",
        "Oma hat mir ihre Uhr vermacht",
    ],
)
def test_an_everyday_lookalike_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
