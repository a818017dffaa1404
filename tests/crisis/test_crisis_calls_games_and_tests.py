"""Kinds a blind set found missed: a fatal overdose worked on shift and told as a call before a
course question, a death in a video game told by its own grenade, and a drug's detection window
asked for a novel or a drug test. Each is quiet; the same words with a lethality asked, an
overdose of one's own or a wish for real life still get the full reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess

QUIET = (
    # a call worked at work, told in the trade's own words
    "worked a fatal overdose on shift last night, anyway what's the NMDA receptor",
    "attended two fatal ODs on nights this week. how is esketamine given in the clinic?",
    "responded to a fentanyl overdose call on the rig today, pt didn't make it. question on "
    "lesson 4",
    "was called to a deadly overdose at work yesterday, so what does ketamine do to glutamate?",
    # a death in a game, by the game's own weapons
    "In the game I killed myself by accident with my own grenade lmao",
    "blew myself up with a rocket again, this game hates me",
    "killed myself with my own c4 in warzone, my squad is roasting me",
    "in the game i keep falling in the lava and respawning at the checkpoint",
    # a detection window asked for a novel or a drug test
    "in my crime novel the detective finds ketamine in a tox screen, how long would it be "
    "detectable in blood?",
    "how long is it detectable in urine after one session? i have a work drug test",
    "would it show up on a tox screen for my new job if i had a dose on friday?",
)
FULL = (
    "worked a fatal overdose on shift, now i want to know how much ketamine would be a lethal "
    "dose for me",
    "attended an overdose at work and then i took all my pills",
    "in the game i respawn every time, wish real life worked that way, i want to die",
    "killed myself with my own grenade in the game, honestly i wanna do it for real",
    "in the game of life i want to kill myself",
    "if i took all my pills would it be detectable on autopsy",
    "would it be detectable on a tox screen after i die",
    "would it be detectable if i made it look like an accident",
    "if i overdose would it be detectable",
)


@pytest.mark.parametrize("text", QUIET)
def test_work_play_and_tests_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", FULL)
def test_the_same_words_with_a_risk_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
