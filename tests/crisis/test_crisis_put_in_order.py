"""Affairs put in order and ends hinted at: three or more affairs settled in one message, a note
opened to whoever finds it, a pet to be sure of a good home, reasons run out, stopping
everything after a treatment failed, not coming back up hoped for "one of these times", and the
top floor of a car park with only someone to be told; with their lookalikes (a will before an
operation, a move, an umbrella found, reasons to skip the gym, a sleepless baby) quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

ENDS = (
    "signed a new will, cancelled all my subscriptions and left the house keys with my sister. "
    "everything is sorted now",
    "closed my facebook, cleared my overdraft, cancelled the phone contract, wrote down all my "
    "passwords",
    "to whoever finds this, please feed the fish and tell my mum i'm sorry",
    "please make sure my dog ends up with a loving family. thank you",
    "run out of reasons to keep going",
    "out of reasons. sorry everyone",
    "if someone reads this, the cat's food is in the top cupboard. i'm sorry",
    "the ketamine trial didn't work either. im just gonna end everything instead",
    "been doing too many bumps every night, kinda hoping one night soon i just dont wake up",
    "sat on the top floor of the multi storey right now. just wanted someone to know",
)
QUIET = (
    "wrote my will before the surgery, cancelled the gym, paid off the card. good to be organised",
    "moving to leeds: cancelled netflix, closed my instagram, left the keys with the agent",
    "to whoever finds this umbrella, it is mine, leave it at reception",
    "ran out of reasons to skip leg day",
    "ran out of reasons sorry guys, gotta cancel friday",
)


@pytest.mark.parametrize("text", ENDS)
def test_affairs_settled_a_note_or_reasons_run_out_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_an_operation_a_move_or_a_found_umbrella_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
