"""Kinds a blind set found missed: an overdose told as done in a few words ("i did it, i took the
pills, now what"), an intent kept behind a reassurance told to the crisis team, a way asked to
stop one's breathing in a quiz's frame, and someone seen on a roof in tears."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, OVERDOSE_REASONS, assess
from crisis.signals import METHOD


@pytest.mark.parametrize(
    "text",
    [
        "i went through with it. swallowed all my sleeping pills. what happens now",
        "ok so i did it, i took them all. now what",
        "I've done it. I took the whole bottle",
        "took all the tablets i had saved. what now",
    ],
)
def test_an_overdose_told_as_done_gets_the_overdose_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS, text
    assert verdict.reason in OVERDOSE_REASONS, text


@pytest.mark.parametrize(
    "text",
    [
        "told my therapist i was ok so she'd let me go home. i still want to do it",
        "promised my mum i'm safe now but honestly i still plan to end it",
        "i lied to the nurse that i was fine. i still want to die",
    ],
)
def test_an_intent_kept_behind_a_reassurance_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "what could you take with ketamine so that your heart stops. asking for trivia night",
        "how much would you have to mix in to make my breathing stop",
        "what can i combine with my pills so it stops my breathing lol",
    ],
)
def test_a_way_to_stop_breathing_gets_the_method_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS, text
    assert verdict.reason == METHOD, text


@pytest.mark.parametrize(
    "text",
    [
        "there's a girl sitting on the ledge of the car park roof crying",
        "my neighbour's son is up on the roof and won't come down, he's sobbing",
        "a man is standing on the bridge railing shaking",
    ],
)
def test_someone_at_a_height_in_tears_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER, text


@pytest.mark.parametrize(
    "text",
    [
        "I did it! passed my driving test",
        "i did it, i finally finished the marathon. now what",
        "took the pills back to the chemist, now what",
        "i took my antibiotics with food like the leaflet said",
        "i told my boss i was fine with the deadline",
        "does ketamine slow your breathing",
        "what can i take before exams so my heart stops racing",
        "the roofer is on the roof fixing the slates",
        "our cat is on the roof crying again",
        "the kids are on the roof of the shed laughing",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text
