"""An overdose told in a sentence of its own after a question that frames the message as a
hypothetical ("what should we do if someone took too many pills?") gets the full reply: the
question's frame does not excuse what follows it. The question alone, or followed by an everyday
reason, stays quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "what should we do if someone took too many pills? i took all of mine an hour ago",
        "what do you do if someone overdoses? i swallowed the whole bottle 20 min ago",
        "what should we do if someone takes an overdose? took the whole pack of mine an hour ago",
    ],
)
def test_an_overdose_after_a_hypothetical_question_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "what should we do if someone took too many pills?",
        "what should we do if someone took too many pills? asking for a first aid class",
    ],
)
def test_the_question_alone_or_with_an_everyday_reason_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
