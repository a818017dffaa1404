"""Kinds a first responders' line and a gaming community's talk showed misread: a rescue told as
done on someone who lived ("used narcan on a guy in the subway on my way home, he lived", CPR
till the medics came and "he made it") and being told to kill oneself in a game's chat, told
with a report, a ban or a block ("someone in chat told me to kys after I beat them in ranked,
reported them"): the classifier defers to both and they stay quiet. A rescue whose danger goes
on ("he came round but he's talking about doing it again", still not breathing right) gets the
helpers' or the full reply, and so does being told to die taken to heart ("maybe he's right")."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "used narcan on a guy in the subway on my way home, he lived",
        "did cpr on my neighbor till the medics came, they said he made it",
        "someone in chat told me to kys after i beat them in ranked, reported them",
        "the mod team banned a guy for telling people to kill themselves in general chat",
    ],
)
def test_a_rescue_survived_and_abuse_reported_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "used narcan on my brother, he came round but hes talking about doing it again",
        "gave him narcan twice and he still isnt breathing right, ambulance is 10 min out",
        "a guy keeps telling me to kys in dms, blocked him, maybe hes right though",
        "people keep telling me to kys and honestly i want to",
    ],
)
def test_a_danger_that_goes_on_is_answered(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK, HELPER)
