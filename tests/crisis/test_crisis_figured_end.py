"""Kinds a blind set found missed: an end told by a figure of speech ("pretty sure that's a
full house. time to fold for good", "my body is a prison and I finally found the key"), by
ending it here rather than going back, by whether God forgives those who "go early" with a day
near, by a day decided as "easier this way for everybody", by a child better off with the
writer as a memory, and by a relative who "did it" now understood. They get the check-in at
least. Their lookalikes (a poker hand folded, a Bible study's question, a beach day decided,
a grandmother remembered, a brother's job understood) get no alarm from this rule. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, figured_end, normalise


@pytest.mark.parametrize(
    "text",
    [
        "lost the farm, lost the wife. think its time to cash out for good",
        "this life is a cage and i finally got the key. tonight",
        "they want to send me back. i would rather end it here than go back to that camp",
        "does god forgive someone who goes early? i need to know by sunday",
        "i made up my mind. saturday when the kids are at their dads. easier this way for everyone",
        "my girls are better off with a mum who's a memory than this wreck",
        "my uncle did it in 2009 and i always said i never would. now i understand why",
    ],
)
def test_an_end_told_by_a_figure_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "time to fold for good on this poker night, im broke",
        "do you think god forgives people who go early? we discussed it in bible study",
        "I decided. friday we go to the beach, easier this way for everybody",
        "my brother quit his job and became a vet, i understand him now",
        "my grandad did it in the war, and I understand him now that I've served",
        "time to log off for good from twitter",
        "prison life in the film was a cage until he found the key",
    ],
)
def test_games_sermons_and_plans_stay_quiet_here(text: str) -> None:
    assert not figured_end.check(normalise(text))


def test_days_numbered_and_made_sure_of_get_at_least_the_check_in() -> None:
    assert assess("my days are numbered and im going to make sure of it").tier in (CHECK, CRISIS)


def test_days_numbered_at_a_job_are_no_end() -> None:
    text = "my days are numbered at this job and i'm making sure i leave on a high"
    assert not figured_end.check(normalise(text))


def test_days_numbered_with_a_high_to_leave_on_are_no_end() -> None:
    text = "my days are numbered and i'm making sure i leave on a high"
    assert not figured_end.check(normalise(text))
