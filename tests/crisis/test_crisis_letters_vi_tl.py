"""Vietnamese, with or without accents, and Tagalog: a letter written to be left behind, the least
painful way to die asked, a last message signed off (the full reply); a parent who left a letter
and switched the phone off, cuts seen on a child's arm (the reply for helpers). A letter left
before studying abroad, a fish killed gently, a note on the fridge before work, the last message
of the night and a cat's scratch stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess

CRISIS_SAID = (
    "em đã viết sẵn thư từ biệt cho bố mẹ",
    "toi de lai thu vinh biet roi",
    "lam sao de chet ma khong dau",
    "tự tử bằng cách nào thì nhẹ nhàng nhất",
    "eto na ang huling mensahe ko, mahal ko kayo",
    "huling text ko na ito. salamat sa pag-aalaga",
)
HELPER_SAID = (
    "chồng tôi viết thư rồi tắt máy, cả đêm chưa về",
    "em gai minh de lai thu roi bien mat tu chieu",
    "nakita ko na may mga hiwa sa hita ng kapatid ko",
    "may mga hiwa sa pulso ng pamangkin ko, 13 pa lang",
)
QUIET = (
    "con viết thư để lại cho mẹ trước khi đi du học",
    "cách nào làm con cá chết ít đau nhất khi làm thịt",
    "mẹ mình để lại thư trên tủ lạnh rồi đi làm sớm",
    "ito na yung huling message ko for today, tulog na ako",
    "may hiwa sa braso niya kasi nakalmot ng pusa",
)


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_letters_left_painless_ways_and_last_messages_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", HELPER_SAID)
def test_a_parent_gone_silent_and_a_childs_cuts_get_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_trips_fish_fridges_and_scratches_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
