"""Distress carried inside, for the caring reply: a feeling eating the writer alive or up,
imposter syndrome crushing them, the old self missed, one's own pet put to sleep told raw, a
death with the phone still reached for, an arrest or a resus replayed with the writer's part
doubted, and "overwhelmed" or "struggling" said alone; with their lookalikes (mosquitoes, a
workshop, an old phone, a diet, a goal replayed) and a sung line stuck in the head quiet."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess

DISTRESSED = (
    "the shame is eating me up since the exam",
    "imposter syndrome has been crushing me all week",
    "miss the old me so much",
    "had to have our old cat put to sleep yesterday, cant stop crying",
    "my mum passed in spring and i keep forgetting and picking up the phone to ring her",
    "still replaying the resus from last night, could we have done something more",
    "still reach for my phone to text my brother and then remember. two months now",
    "can't stop thinking about the patient we lost in resus",
    "overwhelmed",
    "overwhelmed af",
    "struggling.",
)
QUIET = (
    "the mosquitoes are eating me alive at this campsite",
    "imposter syndrome workshop at the library tomorrow, anyone going",
    "miss my old phone, the new one is so slippery",
    "i miss being able to eat cheese before the diet",
    "keep replaying that last minute goal, what a match",
    "keep thinking about the match we lost on saturday",
    "reached for my phone to tell mum the good news about the job",
    "goodbye everyone from the queen song has been stuck in my head all morning",
)


@pytest.mark.parametrize("text", DISTRESSED)
def test_distress_carried_inside_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_bugs_a_workshop_an_old_phone_or_a_song_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
