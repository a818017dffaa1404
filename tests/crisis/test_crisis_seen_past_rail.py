"""Someone else over a bridge's rail, told with a few more words between the person and where
they stand ("a guy from my old unit is standing outside the rail"), and a friend who has not
answered since a farewell post ("his last post was see you on the other side") get the helpers'
reply. A worker painting the far side of a railing, and a farewell before the summer with the
friend simply not having answered an invoice, stay quiet.
"""

import pytest

from crisis import assess

HELPER = [
    "a lad from my sons old school is standing outside the railing on the viaduct, we are with him",
    "woman from the flats next door is sitting on the wrong side of the barrier on the bridge",
    "my cousin has not answered since sunday and his last text was see you on the other side",
    "old teammate hasnt replied in three days, last post: see you all on the other side lads",
]
QUIET = [
    "a guy from the council crew is standing on the other side of the railing painting it",
    "my landlord has not answered my email about the boiler for a week",
    "my sister has not replied to the group chat about the picnic yet",
]


@pytest.mark.parametrize("text", HELPER)
def test_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == "helper"


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
