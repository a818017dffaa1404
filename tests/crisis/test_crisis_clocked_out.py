"""Kinds a blind set found missed: risk told in short, as workers on sites, in cabs and down mines
tell it: the writer's own end in slang verbs beside a laugh ("finish the course then finish
myself"), being angry every morning that one woke up, what one is even still here for, checking
or clocking out early for good, doing everyone a favour said of going, workmates who took their
own lives and the writer probably next, no hours left in the writer, on a platform with the time
a through train comes. They get the check-in. Their lookalikes (finishing a brew, waking up late,
a hotel checkout, clocking out early for the dentist, a favour with biscuits, redundancy next,
hours left on the tachograph, a train the writer catches, an induction that is over) stay quiet.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "gonna get this load delivered then top myself haha",
        "might do myself in after this shift tbh",
        "get so angry every day that i wake up at all",
        "gutted i woke up again this morning",
        "no wife, no kids, no work since the injury. what am i still here for",
        "why am i even still here",
        "another day on the rigs, another reason to clock out for good",
        "thinking about checking out permanently. nobody would notice",
        "everyone says im useless on site. should just do them all a favour",
        "two lads off my shift took their own lives this year. im next probably, i can feel it",
        "i dont have another week left in me",
        "im by the crossing. the coal train goes past in ten minutes",
        "two of my crew took their own lives this year. im probably next",
    ],
)
def test_risk_told_in_short_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "finished the course, gonna finish my brew and head home",
        "woke up late, pissed off, missed the first load",
        "checking out early tomorrow, hotel's a dump",
        "clocking out early for the dentist",
        "clocking out for good next year when the pension kicks in",
        "thinking of clocking out early today, site's flooded",
        "do everyone a favour and bring biscuits friday",
        "3 lads laid off this week, im probably next",
        "what am i still here for? the induction finished an hour ago",
        "what am i even here for, lesson 3 or 4?",
        # a turn at something ordinary beside a word for suicide
        "suicide prevention training at work, im next to present",
        "im probably next to get laid off after the suicide of our manager, awful year",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
