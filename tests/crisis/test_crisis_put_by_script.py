"""Kinds a blind set found missed: an opioid substitute or a street benzo saved up and hidden
("been saving my subbies under the mattress for a proper send off", "keeping back my methadone
for when im ready"). They get the full reply. Their lookalikes (bars saved for a party, the
subs saved for the match, a supply for a trip) get no alarm from this rule. The sentences
here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess, normalise, put_by


@pytest.mark.parametrize(
    "text",
    [
        "saving my bupe under the floorboards for the big night",
        "been putting aside my methadone, no one knows",
        "kept back my xans under my pillow for when i'm ready",
    ],
)
def test_a_script_saved_and_hidden_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "saving my bars for the party tonight lol",
        "been saving my subs for the match tonight",
        "saving my suboxone for the festival weekend so i dont run out",
    ],
)
def test_a_supply_for_a_night_out_or_a_match_stays_quiet_here(text: str) -> None:
    assert not put_by.put_by(normalise(text))
