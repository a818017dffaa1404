"""Kinds a blind set found missed: pills laid out and stared at ("the benzos are all lined up
on the table. been staring at them an hour"), which gets the full reply, and a rope or a gun
gone back to and stared at ("i go up there and stare at it"), which gets the check-in at least;
said of someone else, the reply for helpers. Their lookalikes (a weekly pill organiser, a rope
for the boat, a rifle cleaned, lego lined up, a gun pictured in a grandfather's will) get no
alarm from these rules. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, normalise, stared_at


@pytest.mark.parametrize(
    "text",
    [
        "all my sleeping pills are laid out on the bed. been sat here looking at them for ages",
        "counted out the oxy on the kitchen table, staring at it for hours now",
        "razor blades in a row on the desk. been looking at them all night",
    ],
)
def test_pills_laid_out_and_stared_at_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "theres a rope in the garage from the move. i keep going out there and stare at it",
        "cant stop picturing dads shotgun in the cupboard, its just sitting there",
        "i keep going back to the shed to look at the rope",
    ],
)
def test_a_means_gone_back_to_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


def test_someone_elses_pills_stared_at_get_the_helpers_reply() -> None:
    text = "my son has his pills lined up on the desk and has been staring at them for an hour"
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "filled my dosette box for the week, all the tablets lined up, took an hour",
        "cant stop picturing the gun my grandad left me in the will",
        "i keep going down to the boat to look at the rope, its fraying",
        "cleaned the rifle and sat looking at it for an hour, its a beauty",
    ],
)
def test_means_kept_for_a_job_stay_quiet_here(text: str) -> None:
    assert stared_at.read(normalise(text)) is None
