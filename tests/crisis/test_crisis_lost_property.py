"""Lost property: whoever finds a wallet, a phone, keys or a dog is asked to hand it in, return it
or get in touch. No reply. "If anyone finds this" beside a last word (tell my family I love them,
forgive me, I won't need it any more, my body) keeps the full reply. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "if anyone finds a black purse near the station please hand it in",
        "if you find this phone please ring the number on the lock screen",
        "whoever found my keys on the 12 bus, please drop them at reception",
        "if someone finds this notebook pls return it to the library desk",
        "if anyone finds my cat please message me, she's grey with a white paw",
    ],
)
def test_lost_property_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "if anyone finds this phone, tell my sister i love her and i'm sorry",
        "if someone finds this, please forgive me",
        "if anyone finds my wallet give it to my brother, i won't need it anymore",
        "if anyone finds my body please call my mum",
    ],
)
def test_a_last_word_keeps_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
