"""Kinds a blind set found missed: someone gone off alone into the bush or the woods with a gun,
told beside a fear or a blow ("gone bush with his rifle after the bank took the farm, mum's
freaking out"); a pile of pills or a rope shown on someone's story with a goodnight to everyone
("night all"). Someone else's get the reply for helpers, the writer's own the check-in or more.
Their lookalikes (a hunt, a trap line, a pill organiser, a bridge at sunset, a pile of pancakes)
stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "uncle's gone bush with his rifle since the bank took the station, aunty is freaking out",
        "my brother took off into the woods with his shotgun after the divorce, cant reach him",
        "my husband has gone bush with the gun and isn't answering his phone",
        "dad's gone bush with his rifle, mum's worried sick",
        "my son went into the hills with his rifle after the funeral and his phone is off",
        "my flatmate put a pic of a heap of pills on her story with 'night everyone'",
        "my sister posted a photo of a handful of tablets, caption just said goodnight everyone",
        "my cousin put a picture of a rope on his snap with love you all",
    ],
)
def test_someone_gone_off_with_a_gun_or_showing_the_means_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "gone bush with my rifle after the bank took the farm, nobody can reach me out here",
        "put a pic of my pills on my story with night all",
        "i put a photo of all my tablets on insta with love you all",
    ],
)
def test_the_writers_own_gun_taken_off_or_means_shown_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "dad went bush with his rifle for the pig season",
        "my old man's gone bush with his rifle to shoot roos",
        "went bush with the rifle yesterday, got two pigs",
        "my son went into the hills with his rifle to check the traps",
        "put a pic of my new pill organiser on my story, night all",
        "posted a pic of the bridge at sunset, night all x",
        "my mate put a pic of a pile of pancakes on his story with night all",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
