"""Kinds an everyday set found alarmed with no risk in them: a knife emoji beside food being cut
or a new kitchen knife tried out (English, Bengali, Japanese, Vietnamese), and a train late for
works on the line. Each stays quiet. A knife emoji with self-harm, a wish to die or an intent
beside it, and the writer on the tracks whatever the works, keep the full reply; a knife alone
still asks."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "sharpened my chef's knife for the tomato salad tonight 🔪🍅",
        "dicing garlic for the curry 🔪",
        "নতুন ছুরি দিয়ে পেঁয়াজ কাটলাম 🔪🧅",
        "新しい包丁で魚をさばいた🔪🐟",
        "mẹ mua dao mới, cắt cá ngon quá 🔪🐟",
        "my train is late again, engineering works on the line till sunday",
        "replacement bus because of maintenance on the tracks, reading lesson 3 on the way",
    ],
)
def test_a_kitchen_knife_and_works_on_the_line_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "cut my arms again 🔪🍅",
        "i want to die 🔪🧅",
        "new knife 🔪🍅 gonna use it on myself tonight",
        "works on the tracks tonight and i am going to stand on the tracks when the train comes",
        "i am on the tracks now, works on the line or not",
    ],
)
def test_harm_or_the_tracks_beside_them_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_a_knife_alone_still_asks() -> None:
    assert assess("🔪").tier == CHECK
