"""A friend or a sibling who posted or texted "see you never" or "bye forever" and is not
answering gets the reply for helpers, even with the "my" and the "she" left out ("cousin posted
'see ya never' and not picking up"). The same phrase posted before a flight, with the phone off
for it, stays quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "cousin posted 'see ya never' on snap and not picking up",
        "my brother texted bye forever at midnight, still not answering",
        "flatmate wrote nice knowing you all in the group chat and not replying",
    ],
)
def test_a_farewell_posted_and_no_answer_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "my cousin posted see you never on her story before the flight to goa, not picking up "
        "cos she is flying",
    ],
)
def test_a_jokey_or_travel_farewell_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
