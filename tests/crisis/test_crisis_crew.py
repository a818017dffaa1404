"""Kinds a blind set found missed: a workmate who keeps saying they would be better off under a
machine, a truck or the ground (the reply for helpers); a death on site or in the family kept
replaying, or all hitting the writer at once now, and a word for oneself like worthless that
keeps coming up (the caring reply). Their lookalikes (a shed better off under the trees, a
penalty replayed, an old drill called worthless at the pawn shop) stay quiet. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "the new lad keeps joking that he'd be better off under the wheels of the loader",
        "our crane driver is always saying theyd be better off under the ground than on this job",
        "my shift partner kept telling me she'd be better off dead, i don't know what to do",
    ],
)
def test_a_workmates_wish_said_again_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "our gaffer was killed when the trench went. i keep replaying the radio call",
        "mum passed in june and i went straight back on the road. it's all hitting me now",
        "useless. that's the word that keeps coming back",
    ],
)
def test_a_loss_replayed_and_a_word_for_oneself_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "he reckons the shed would be better off under the trees",
        "keep replaying that penalty, we lost the match",
        "my old drill is worthless, that's the word the pawn shop used",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS and assess(text).tier != DISTRESS
