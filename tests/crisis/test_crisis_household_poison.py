"""What the house is cleaned with, drunk or meant to be: "i want to drink the cleaning liquid and
finish", "drank the toilet cleaner" get the full reply, and a small child who got into the
washing up liquid the helpers' reply with the poisoning first. Lookalikes stay quiet: a cleaning
spray that smells strong while one drinks water, dish soap swallowed by accident as a child, a
detergent asked about for wool jumpers."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess

CRISIS_REPLY = (
    "no pay for months and she locks me in. i want to swallow the floor cleaner and be done",
    "i drank half a bottle of toilet cleaner an hour ago",
    "thinking i will just drink the detergent tonight, nobody cares",
)
CHILD = (
    "my son got into the cupboard and drank some washing up liquid",
    "my toddler drank some cleaning spray what do i do",
)
QUIET = (
    "i drink a lot of water while i clean, the cleaning spray smells so strong",
    "drank dish soap by accident as a kid lol, tasted awful",
    "which detergent is best for wool jumpers",
)


@pytest.mark.parametrize("text", CRISIS_REPLY)
def test_a_cleaner_drunk_or_meant_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHILD)
def test_a_child_poisoned_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
