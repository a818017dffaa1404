"""Kinds a blind set found missed: a short farewell to everyone with a sorry or a "forgive me"
and no ordinary reason ("this is it from me", "so long, forgive me"), goodbyes said to friends
who believe a cover story, and someone else silent since posting such a farewell. The writer's
own gets the full crisis reply; someone else's the reply for helpers. Their lookalikes (a leaving
party, a last day at work, a move, a chat left for the night, a typo forgiven) get no alarm. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, normalise, signed_off

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "forgive me everyone. this is it from me",
        "so long everybody, i am sorry for everything",
        "goodbye all. please forgive me",
        "bye everyone. sorry for all of it",
        "said my goodbyes to the family at dinner, they think i am going away for work",
        "told my cousins bye this evening. they believe i am relocating",
    ],
)
def test_a_farewell_with_a_sorry_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my brother has gone silent since he posted 'forgive me everyone' last night",
        "my friend went quiet after posting goodbye everyone on her story",
    ],
)
def test_someone_silent_since_a_farewell_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "so long and thanks for all the fish, forgive me for the pun",
        "this is it from me for today, see you in the next lesson",
        "bye all, forgive me for the late reply, flight is boarding",
        "told my friends goodbye at the leaving party, moving to Accra next week",
        "forgive me guys, wrong chat. bye",
        "we had a farewell for my colleague, she said forgive me for crying",
        "so long, sorry for everything i said in the heat of the match",
    ],
)
def test_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


def test_a_goodbye_alone_or_a_sorry_alone_is_not_the_rule() -> None:
    assert not signed_off.own(normalise("goodbye everyone"))
    assert not signed_off.own(normalise("sorry for everything, i was rude yesterday"))
