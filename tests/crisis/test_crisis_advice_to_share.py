"""First-aid advice on an overdose asked for others: what a family, carers or anyone should do if
someone took too many pills, asked for a club's noticeboard, a leaflet, a newsletter or a staff
training. No reply. A relative or friend named, the writer's own taking, or a "he" who won't
wake keeps the reply for helpers or the full reply. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "what should you do if someone has taken too many tablets? making a leaflet for our "
        "church group",
        "how can carers help if a resident swallowed too many pills? it's for our staff training",
        "what are the signs someone took too many sleeping pills? writing the parish newsletter",
        "what are the first aid steps if someone has swallowed too many tablets? for our first "
        "aid course handout",
        "what should you do if your neighbour took too many pills? for our street's whatsapp group",
        "how do you help someone who has taken an overdose? i'm giving a talk at our scout group",
        "What should families do if they think a loved one took too many painkillers? Putting "
        "the answer on the notice board at our community centre.",
    ],
)
def test_advice_asked_to_pass_on_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "what should i do if my dad took too many pills? he won't wake up",
        "what should a family do if someone took too many pills? asking for our seniors club, "
        "my mum took 30 of hers tonight",
        "what should you do if your friend took too many pills? asking for our class chat, my "
        "friend just took 40",
        "what do we do if someone took too many tablets? my brother just did, for the newsletter "
        "later but right now he is not breathing right",
    ],
)
def test_somebody_real_keeps_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, HELPER)
