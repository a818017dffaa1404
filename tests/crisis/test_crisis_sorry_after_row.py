"""A partner's or a friend's "sorry for everything" after a fight or an argument, with nothing of
a farewell beside it: no reply (or the caring reply where the writer is upset). The same apology
with a phone switched off, no answer, "look after the dog" or "won't be around" keeps the reply.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend messaged 'i'm sorry for everything' after we argued",
        "my husband texted sorry for everything after our row, we're talking tonight",
        "we had a stupid fight and my best friend whatsapped 'sorry for everything, love you'",
        "after the falling out my girlfriend wrote 'im sorry for everything'",
    ],
)
def test_an_apology_after_a_row_is_quiet(text: str) -> None:
    assert assess(text).tier in (None, DISTRESS)


@pytest.mark.parametrize(
    "text",
    [
        "my bf texted 'im sorry for everything' after our fight and now his phone is switched off",
        "after we argued she texted 'sorry for everything, look after the dog' and isn't answering",
        "my boyfriend texted sorry for everything after our fight and said he won't be around "
        "anymore",
    ],
)
def test_an_apology_with_a_farewells_marks_keeps_the_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS, CHECK)
