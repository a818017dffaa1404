"""A floor or surface cleaner by the names Indian houses use (phenyl, phenyle, lizol) drunk or
swallowed by the writer gets the full reply, as other household poisons do. Phenyl bought or
used to mop and a child who drank it by mistake (the poison line's, not this reply) stay quiet.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "i drank phenyle from the bathroom shelf half an hour back",
        "swallowed a cup of the lizol. stomach is burning",
        "i just drank the surface cleaner, feel dizzy",
        "had a swig of phenyl an hour ago, cant stop coughing",
    ],
)
def test_a_cleaner_drunk_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "bought phenyl and lizol for the floors, house smells clean",
        "mopped with phenyle today, the ants are gone",
        "my toddler drank some phenyl by mistake, what do i do",
    ],
)
def test_a_cleaner_used_or_a_childs_mishap_stays_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS
