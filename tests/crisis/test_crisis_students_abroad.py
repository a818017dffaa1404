"""Kinds a blind set found missed from international students, in their own languages: on a
balcony or a roof and wanting to jump, not wanting to live on, the last letter written (Chinese);
a letter to one's parents, then goodbye (Vietnamese); come up to the rooftop, wanting to jump
down (Korean); not wanting to live any more (Tagalog); a roommate on the roof who says they will
jump (Chinese). Each with its everyday lookalikes: laundry dried on the roof, a sunset from a
bridge with friends, "I'm dying of hunger", and an essay deadline laughed at in English."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "我在宿舍阳台上 想跳",
        "我站在天台上，风很大",
        "真的不想再活下去了",
        "我已经写好了遗书，放在抽屉里",
        "con viết thư cho bố mẹ rồi, tạm biệt mọi người",
        "방금 옥상에 올라왔어",
        "다 그만두고 뛰어내리고 싶어",
        "ayoko na mabuhay, wala nang saysay",
    ],
)
def test_a_students_own_crisis_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


def test_a_roommate_on_the_roof_who_says_they_will_jump_gets_a_reply() -> None:
    assert assess("室友在楼顶不肯下来，说要跳").tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "我在天台晒衣服",
        "em ngồi trên cầu ngắm hoàng hôn với bạn",
        "em đói muốn chết",
        "배고파 죽겠다",
        "this essay deadline is killing me, i want to die lol",
        "statistics exam on monday, i wanna die 😭 but i did the practice paper",
    ],
)
def test_laundry_a_sunset_hunger_and_a_deadline_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


def test_a_deadline_with_a_plan_still_gets_the_reply() -> None:
    assert assess("essay due tomorrow, i want to die, i will kill myself tonight").tier == CRISIS
