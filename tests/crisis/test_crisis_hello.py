"""A hello is not distress, and "I'm done" alone is asked about rather than answered in full."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, ich bin neu hier",
        "hello <b>world</b>",
        "Bonjour à tous, je suis nouvelle ici",
        "hola, soy nuevo",
        "Ciao, sono nuova qui",
        "Olá, sou novo aqui",
        "Привет всем, я новенький",
        "hi, my name is Sam",
        "good morning everyone",
        "Guten Morgen zusammen",
        "Selamat pagi, saya baru di sini",
    ],
)
def test_a_hello_with_an_introduction_gets_no_safety_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "hey everyone, i'm new, i want to die",
        "hello. i dont want to be here anymore",
        "Hallo, ich will nicht mehr leben",
        "hola, quiero morir",
    ],
)
def test_a_hello_before_a_crisis_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", ["I'm done.", "ok I'm done", "im done", "so. i am just done"])
def test_im_done_alone_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize(
    "text", ["I'm done i mean it", "i'm done. tonight i end it", "I am done, I want to die"]
)
def test_im_done_with_what_it_means_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
