"""Kinds a blind set found missed: suicide told as a thought that keeps popping up in the head
("suicide keeps popping up in my head like a screensaver"), and not waking up prayed for every
night ("i pray every night not to wake up in the morning"). Lookalikes: a suicide in a film, the
news or a lesson, someone else's suicide grieved, a thought told as past; a baby prayed not to
wake, not waking early or with a hangover."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "killing myself crosses my mind every day now, even at work",
        "suicide just keeps creeping into my head whenever its quiet",
        "ending it all keeps coming back into my thoughts again",
        "the thought of suicide is always in my head lately",
        "i beg god every night to let me not wake up",
        "honestly i go to bed hoping i never wake up",
        "every night i pray to die in my sleep",
    ],
)
def test_an_intruding_thought_or_a_prayer_not_to_wake_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "the suicide scene in that film keeps popping up in my head",
        "suicide keeps coming up in the news lately, it is awful",
        "when i was a teen suicide kept crossing my mind every day, now im doing great",
        "praying the baby does not wake up before 6 tonight",
        "hoping i do not wake up early tomorrow, i need the lie in",
        "i pray my son gets the job, it keeps popping up in my head",
    ],
)
def test_fiction_news_the_past_or_a_sleeping_baby_stay_quiet(text: str) -> None:
    assert assess(text).tier != CRISIS
