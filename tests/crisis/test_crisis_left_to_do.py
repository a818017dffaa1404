"""Kinds a blind set found missed: affairs finished and only the end left ("sorted my will, who
gets the flat. only thing left is doing it", "now only preparation for going is remaining",
"finished the letters. now just waiting for the kids to go to their mum's"), and the last
errands of a life listed (a testament written, tools given away, a goodbye call; the house
signed over with its cover story denied). They get the check-in at least, written by older
writers and in a second language too. Their lookalikes (a will made with a solicitor still to
find, a downsizing, a funeral planned ahead, a report's last slides, a gift that is no loan)
get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, left_to_do, normalise


@pytest.mark.parametrize(
    "text",
    [
        "updated my will last night and wrote the letters. only thing left now is to go",
        "I have made the testament for my daughter, now only preparation for leaving is remaining",
        "affairs are in order. nothing left to do but say goodbye",
        "did the will. did the letters. now just waiting for my wife to visit her sister",
        "I am 79, I have lived enough. for sunday everything is prepared",
        "wrote my will, gave my guns to my nephew, rang my son to say goodbye",
        "signed the farm over to my brother. told him its for the tax man. its not",
        "cleaned out my workshop, paid off all my debts. a longer rest than they think",
    ],
)
def test_affairs_done_with_only_the_end_left_get_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "finished the will today, only thing left is to pick a solicitor to witness it",
        "finished the will, now just waiting for the solicitor to send it back",
        "wrote my will after dad died, everyone should have one",
        "finished the report, only thing left is the slides",
        "finished the letters, now just waiting for the kids to go to bed so i can watch telly",
        "gave my tools to my nephew, gave my books to the library, called my sister to say "
        "goodbye before she flies to Canada",
        "signed the car over to my son, told him its a gift. its not a loan",
        "gave my books to the library and my bike to my nephew, downsizing to a flat in town",
    ],
)
def test_wills_and_errands_with_their_reason_get_no_alarm(text: str) -> None:
    assert assess(text).tier is None
    assert not left_to_do.check(normalise(text))


def test_last_errands_told_before_a_retirement_are_not_read_as_the_end() -> None:
    text = "wrote my will, gave my tools to my son and said goodbye to the lads, retiring friday"
    assert not left_to_do.check(normalise(text))
