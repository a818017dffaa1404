"""Kinds a blind set found alarmed that are everyday talk of later life: a move to something
smaller with the furniture and a late husband's tools given to the grandchildren, one's own
funeral planned ahead with the funeral home and the hymns chosen, a will done because a wife
insisted, and what the writer and a husband used to do every night. They get no alarm. The same
words beside an end of one's own (things given away because they "won't be needed where I'm
going", a funeral planned with the letters written and tonight named, a memory that ends "I want
to go be with him", a will made "for when I'm gone") keep their alarm. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "We're downsizing to a little flat near the shops, giving away most of my things to the "
        "nieces. Sad but it's time!",
        "Moving into sheltered housing in March so I'm giving away all my gardening tools to the "
        "allotment lads",
        "We're moving in with our daughter next month, gave away all my furniture to the church "
        "sale",
        "Downsizing at last! Gave away all my late wife's sewing things to the craft group, they "
        "were thrilled",
    ],
)
def test_things_given_away_for_a_smaller_home_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Pre-planned my funeral with the funeral director this morning. The kids won't have to "
        "fuss. Now for a cup of tea!",
        "Paid for my funeral plan at the Co-op today and chose the hymns, one less thing on the "
        "list",
        "Sorted my own funeral with the undertaker, prepaid, so the children won't have to deal "
        "with any of it",
    ],
)
def test_a_funeral_planned_ahead_with_the_funeral_home_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "My husband and I used to dance to this song every Saturday at the Palais",
        "We used to watch Coronation Street together every night with our tea on our knees, "
        "happy days",
        "Did my will and the life insurance at last, the wife insisted 😅",
        "Nimeandika wosia na bima ya maisha, mume wangu alisisitiza 😅",
    ],
)
def test_a_memory_or_a_will_done_at_a_spouses_insistence_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Downsizing, giving away all my things. Won't need them where I'm going.",
        "moving into a care home next month, giving away all my books, nobody will miss me",
        "Giving away my tools to the grandkids now. I won't be around much longer.",
        "Planned my funeral with the funeral home, picked the hymns. It's all ready now, I'm done.",
        "I've planned my funeral and written my letters. Tonight's the night.",
        "organised my funeral with the funeral home today. I won't be needing the rest of the "
        "lessons",
        "Did my will, the wife insisted. She'll be fine when I'm gone.",
    ],
)
def test_the_same_errands_beside_an_end_keep_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my husband and I used to walk by the river every night. I want to go be with him",
        "We used to sit in the garden every evening, me and him. I just want to join him now",
    ],
)
def test_a_memory_with_a_wish_to_follow_still_asks(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
