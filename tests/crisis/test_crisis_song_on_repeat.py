"""A song named by its playing, in any case: "goodbye cruel world by pink floyd on repeat",
"listening to goodbye cruel world on loop", a title learnt on the guitar. The words between are a
title, not a farewell, and get no reply. A farewell, a note or a wish to die told beside the song
keeps its reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "goodbye cruel world by pink floyd has been on repeat all morning",
        "listening to goodbye cruel world on loop while i clean the flat",
        "learning to play goodbye cruel world on guitar",
        "Goodbye Cruel World by Pink Floyd on repeat on the drive home",
    ],
)
def test_a_song_on_repeat_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "listening to goodbye cruel world on repeat because that's how i feel, i want to die",
        "goodbye cruel world. i'm done",
        "listening to goodbye cruel world on repeat and writing my note",
    ],
)
def test_a_farewell_beside_the_song_keeps_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
