"""Kinds a blind set found missed: a crisis phoned in by a third person and relayed by the
writer ("her daughter called me saying her dad is in his truck with a hose"), and a client's
plan for a day reported by front-desk staff; they get the reply for helpers. And distress told
as being cut adrift: weeks without talking to a real person, not knowing who one is any more, a
loss that still hits every time a place comes round; they get the caring reply. Their
lookalikes (a silent retreat, a haircut, a memory told with a smile, a plan for dinner) stay
quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, HELPER, adrift, assess, normalise, phoned_in


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour rang me saying her husband has locked himself in the garage with the car "
        "running, I'm at the shops",
        "client at our pharmacy desk mentioned he has a plan for next friday. i'm only the "
        "cashier, what do i say",
        "patient at my dental practice told me she has a plan for tonight, what do i do",
    ],
)
def test_a_crisis_relayed_by_a_third_person_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "three months on night shifts, haven't spoken to anyone in weeks except the vending "
        "machine",
        "working remote in a new town, not talked to a single person in 10 days",
        "i don't know who i am anymore, not my job, not my friends, nothing fits",
        "lost my brother to cancer two years ago and it still hits me every time i hear his song",
        "my dad died in march, it still gets me every time i drive past his old shop",
    ],
)
def test_being_cut_adrift_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "back from a silent retreat, haven't spoken to anyone in 10 days, it was bliss",
        "new haircut, i don't know who i am anymore lol",
        "the jingle from that advert still gets me every time lol",
        "lost my keys again, it still gets me every time how quickly they vanish haha",
    ],
)
def test_their_lookalikes_are_no_distress_here(text: str) -> None:
    assert not adrift.distress(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "my sister called me saying her dog is at the groomer's and looks ridiculous",
        "mum rang me to say the parcel came",
        "he texted me saying he is running late for dinner",
    ],
)
def test_everyday_calls_are_no_relayed_crisis(text: str) -> None:
    assert not phoned_in.theirs(normalise(text))
