"""Kinds a blind set found missed: a last message to the bot, sorry for the messages and thanks
for the lessons, with nothing after it. Each with the everyday lookalikes a person would be put
off by a check-in: the last message for today, a last question promised."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "thanks for the help, sorry for the spam. this is the last one",
        "sorry for my messages all these months. thank you for the lessons. this is my last text",
    ],
)
def test_a_last_message_with_thanks_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "sorry for all the messages, this is the last one for today, thanks for the lessons",
        "sorry for all the questions! this is the last one, promise. thanks for the help",
        "sorry for the messages, thanks for the lessons. this is the last one until next week",
    ],
)
def test_a_last_message_for_now_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
