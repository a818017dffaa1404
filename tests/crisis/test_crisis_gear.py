"""Kinds an everyday set found alarmed with no risk in them: a blade or a rifle told as the gear
of a craft, a chore or a sport, with its job named (a craft knife's blade swapped for a cardboard
model, a razor blade scraper for paint on windows, a biathlon rifle's scope adjusted). Each
stays quiet. The same gear with the body, harm, a wish to die, tonight or an end beside it keeps
a reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "new blade in the stanley knife, wallpaper finally off the hallway",
        "changed the blade on my craft knife, the balsa model plane is done",
        "a blade scraper is the best tool for old paint on glass",
        "zeroing my air rifle at the shooting club on sunday, off topic sorry",
        "my biathlon rifle needs a new scope before the competition",
    ],
)
def test_gear_with_its_job_named_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "swapped the blade on my x-acto knife, going to use it on my wrists tonight",
        "razor blade scraper, thinking of using it on my arms",
        "my rifle scope is adjusted, and i keep thinking about pointing it at my head",
        "sharpened the blade, nobody would miss me",
        "new blade in the craft knife, i want to cut again",
        "took the blade out of the pencil sharpener, sitting on the bathroom floor with it",
    ],
)
def test_the_body_or_harm_beside_the_gear_keeps_a_reply(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)
