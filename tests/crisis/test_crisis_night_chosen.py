"""Kinds a blind set found missed: a time chosen, or affairs put in order beside ruin, told
without a word of dying: the right night waited for at the end of hope, "tonight is the night"
said bare, a date tied to a trouble landing ("that's when"), a will sorted online beside debts
and "i'm done", and a pet handed over "for a while" when it is not.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "nothing left for me. just waiting for the right moment now",
        "i've had enough of all of it. waiting for the right day",
        "honestly think tonight's the night",
        "kinda reckon tonight is the night",
        "friday. when the court letter lands. that's when",
        "when my missus finds out about the overdraft. thats when",
        "lost the lot at the bookies, i'm done. did a will online today",
        "payday loans everywhere, bankrupt by spring. wrote my will last night",
        "gave my cat to my sister for a bit. she doesn't know it's not for a bit",
        "left the dog with mum, said it was temporary. it's not really temporary",
    ],
)
def test_a_time_chosen_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "waiting for the right time to ask her out",
        "first ketamine session this evening. tonight is the night",
        "tonight is the night! finally seeing the band live",
        "the final is on, tonight is the night",
        "rent is due end of the month, that's when i'll pay you back",
        "made my will after the wedding, the solicitor was lovely",
        "lent my bike to a mate for a while, he knows i want it back in june",
        "the lesson on hope was good. waiting for the right day to start the next one",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text
