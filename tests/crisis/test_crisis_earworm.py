"""Kinds a blind set found missed: a song or a quoted line stuck in the head, and a failure at
cooking or another craft, that got the caring distress reply. Both stay quiet; a thought, a scene
or someone's words that keep coming back, a failure at life or as a parent, and a quoted line of
harm still get their reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

QUIET = (
    "cant get 'dancing queen' out of my head after the wedding lol",
    "that jingle from the ad is stuck in my head all day",
    "i can't shake the chorus of that song out of my head",
    "honestly a failure in the kitchen, the bread came out flat again",
    "mi sento un disastro ai fornelli, ho bruciato la pasta",
    "soy un desastre en la cocina jaja, se me quemó el arroz",
    "total failure at baking, the cake sank in the middle",
)

STILL_DISTRESS = (
    "i can't get the crash out of my head, every night",
    "can't get his words out of my head, i'm worthless",
    "i'm a failure at everything, even in the kitchen",
    "i feel like a failure as a mum",
    "mi sento un fallimento",
)

STILL_ALARMED = ("cant get 'you'd be better off dead' out of my head",)


@pytest.mark.parametrize("text", QUIET)
def test_tune_or_kitchen_failure_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", STILL_DISTRESS)
def test_thought_or_failure_at_life_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize("text", STILL_ALARMED)
def test_quoted_line_of_harm_still_alarms(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
