"""Quiet signs that the writer may not mean to go on, which get the check-in: a treatment that
worked for a while and then nothing, with the writer who "won't" go back to how it was; a last
treatment that, if it fails, means it is hopeless and the writer stops for good; "why do i keep
waking up" with nothing after it; and thanks passed on before "i won't be at group monday or
ever". A treatment that works, waking at 3am or with a headache, a hobby given up and a club
left for good stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

CHECK_IN = (
    "esketamine helped for a month then stopped working. i cant go back to that. i wont",
    "the ect did nothing this time. i can not go back to feeling like that. i refuse",
    "if the tms doesnt help then its hopeless and i'll be done for good",
    "why do i still wake up every morning",
    "why does god keep making me wake up",
    "tell the nurses thanks from me. i won't be at clinic on thursday or ever",
)
QUIET = (
    "ketamine worked for 2 weeks then stopped working, now on a new trial and feeling hopeful",
    "thanks all, i won't be at choir on monday or ever again, moving to york",
    "why do i keep waking up at 3am",
    "why do i keep waking up with a headache",
    "if the diet doesnt work by june i'll give up on it for good",
    "thanks everyone but i won't be at book club on monday or ever again, i'm quitting",
)


@pytest.mark.parametrize("text", CHECK_IN)
def test_quiet_signs_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_everyday_waking_and_quitting_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
