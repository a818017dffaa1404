"""Someone who posted a countdown to a day with nothing named to count down to, and wrote
"finally" or "almost over" with it: the reply for helpers. A countdown to a birthday, a gig or a
holiday, with "finally", stays quiet."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "my cousin put up a countdown to friday and just captioned it finally",
        "a boy in my year posted a countdown on snap with almost over",
        "a girl from my team shared a countdown to tonight and wrote finally",
    ],
)
def test_a_countdown_to_nothing_named_gets_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER, text


@pytest.mark.parametrize(
    "text",
    [
        "my sister posted a countdown to her birthday and wrote finally",
        "she posted a countdown to the gig on her story and wrote finally",
        "my mate shared a countdown to his holiday and wrote almost time",
    ],
)
def test_a_countdown_to_an_event_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
