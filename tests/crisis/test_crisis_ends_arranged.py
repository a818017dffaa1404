"""An end arranged or near, told in everyday words: a cover story left for whoever checks the
phone beside a bare count put ready and a day, or one's plan said to be ready with a calm felt at
last, get the full reply; ties cut in a breath and then "all sorted now", nowhere to go beside a
river minutes away, and "it ends this weekend one way or another" when tired of everything get the
check-in. A surprise party's cover, a business or revision plan, ties cut for a trip or surgery, a
river near for a run and a court case that ends one way or another stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "if my husband reads this we were talking about knitting. 45 counted out. friday",
        "if anybody looks through my phone i was asking about baking lol. counted out 30. tomorrow",
        "my plan is set. weirdly at peace today",
        "nothing matters anymore. the plan is all in place and i feel so much lighter",
    ],
)
def test_a_plan_in_code_or_with_a_calm_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "closed my bank account, gave the dog to my sister, cancelled my gym. everything is in "
        "order now",
        "paid two months of rent in advance and dropped the rabbit with my aunt. its all taken "
        "care of now",
        "no way out of this house. the bridge is 10 minutes away",
        "exhausted. it all ends tomorrow one way or another",
    ],
)
def test_ties_cut_a_river_near_or_an_end_either_way_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK, text


@pytest.mark.parametrize(
    "text",
    [
        "if anyone checks this we are talking about recipes ok. 60 guests counted. saturday",
        "if mum checks my phone im asking about recipes. 60 counted out for the bake sale saturday",
        "my revision plan is ready, feeling calm about the exams",
        "the plan is set for her surprise, im so relieved",
        "cancelled my phone contract, paid 3 months rent ahead, left the cat with the neighbour. "
        "all sorted for the trip to peru",
        "so tired of this custody fight. it ends friday one way or another at the hearing",
        "had enough of waiting. the negotiation ends this week one way or another",
    ],
)
def test_a_party_a_plan_for_something_a_trip_or_a_hearing_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
