"""Kinds a blind set found missed: someone else who said they had a means in hand (the pills in
their hand, the tablets lined up, a rope ready) and then went quiet, hung up or the connection
dropped, told by a chat-line volunteer, a friend or a gamer. They get the reply for helpers.
Their lookalikes (a volunteer asking about training, a call dropped in a tunnel, a friend with a
knife out for the onions who went quiet, a chat that ended over a rota, a past call told as
past and resolved) get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, normalise, went_quiet

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "on the helpline tonight a caller said he had the tablets lined up and then hung up. what "
        "do i do",
        "my mate on discord said he had a rope ready and now hes stopped replying",
        "she told me she was holding a blade in her hand and then the call dropped",
        "texting with someone on the crisis chat, they said they had all their pills on the bed, "
        "now they've gone silent",
        "my friend said he has the pills in his hand right now and then disconnected",
    ],
)
def test_means_in_hand_then_silence_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i volunteer on a chat line, what training do you get",
        "the call dropped in the tunnel, ill ring back",
        "my friend had a knife out chopping onions and went quiet, she was busy",
        "the chat ended early because the volunteer rota changed",
        "my gran hung up on me because her programme was on",
    ],
)
def test_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


def test_silence_alone_or_pills_alone_is_not_the_rule() -> None:
    assert not went_quiet.other(normalise("he went quiet after the meeting"))
    assert not went_quiet.other(normalise("she has her pills in her hand for the morning dose"))
