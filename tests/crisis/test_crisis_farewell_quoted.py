"""Someone else's farewell quoted from a chat: a sorry for everything with someone left in the
reader's care ("take care of mom"), or a sorry and then the group left, the phone turned off or
the account deleted, gets the helpers' reply. A sorry about a mess with nothing after it, a
sorry with a next meeting named, a goodbye before a move and a joke stay quiet."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess

HELPERS = (
    "my brother wrote in the family chat 'sorry for everything, take care of the kids' and then "
    "went silent",
    "my aunt posted 'forgive me everyone' in the group and then deleted her account",
    "my friend wrote 'i am sorry for everything' in our group and left the group an hour ago",
)
QUIET = (
    "my flatmate texted 'sorry for everything' about the mess in the kitchen, we cleaned it up",
    "my uncle wrote 'sorry for everything, see you at christmas' and left the group chat",
    "my sister wrote 'take care of the plants' in the group, she is moving to lisbon next week",
    "my coworker said 'sorry for everything' as a joke after the printer jammed again",
)


@pytest.mark.parametrize("text", HELPERS)
def test_a_quoted_farewell_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
