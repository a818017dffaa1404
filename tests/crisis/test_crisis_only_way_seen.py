"""Death as the only way out, with who sees it set between ("the only way out i can see is
dying", "the only option i have left is suicide"): the full reply. The only way out seen as
quitting, dying one's hair or death metal stays quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "he says i belong to him. only way out i can see is dying",
        "the only option i have left is suicide",
        "only escape i know is death",
    ],
)
def test_death_as_the_only_way_seen_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "honestly the only solution i can see is dying my hair back to brown",
        "the only way out i can see is quitting",
        "the only answer i have is death metal lol",
    ],
)
def test_another_way_out_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
