"""An overdose told in a sentence of its own after a question that frames the message as a
hypothetical ("what should we do if someone took too many pills?") gets the full reply: the
question's frame does not excuse what follows it. The question alone, or followed by an everyday
reason, stays quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess


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


@pytest.mark.parametrize(
    "text",
    [
        "what should a person do if they took too many sleeping pills? i just took 30 of mine.",
        "what happens if someone takes a whole box of paracetamol? i took mine all at once",
        "how do you help someone who overdosed? because i swallowed the whole bottle just now",
    ],
)
def test_the_writers_overdose_after_a_question_about_someone_else_gets_the_full_reply(
    text: str,
) -> None:
    """The question gave the helpers' reply; the sentence after it is the writer's own."""
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "what should a person do if they took too many sleeping pills?",
        "what should a person do if they took too many sleeping pills? my flatmate just did",
        "what do i do if my brother took too many pills? he says he is fine now",
    ],
)
def test_a_question_about_someone_else_keeps_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER
