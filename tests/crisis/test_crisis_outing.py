"""Kinds a blind set found missed: a calm outing told with the means brought along ("fishing at
the lake is so peaceful, going there tonight with the pills"), the means held with a quiet spot
picked out, and a boat taken out with weights or not brought back. They get the full reply;
someone else named as the one going gets the reply for helpers. Their lookalikes (a dose taken
on a trip, hay fever pills for the beach, a picnic spot, a mooring block, a hunting trip, pills
taken back to the chemist) get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess, normalise, outing


@pytest.mark.parametrize(
    "text",
    [
        "the river walk is so calm this time of year, heading there tonight with the pills",
        "driving up to the cliffs tomorrow with all my tablets. the view is lovely",
        "off to the woods later, packed the rope, it's quiet up there",
        "got mums old morphine and a quiet spot by the reservoir picked out",
        "taking the canoe out past the point tomorrow with some breeze blocks",
        "going to the beach with my pills one last time",
    ],
)
def test_an_outing_with_the_means_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_someone_else_going_with_the_means_gets_the_helpers_reply() -> None:
    text = "my husband is driving to the lake tonight with the pills, i'm so scared"
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "going to the beach tomorrow with my pills for hay fever",
        "going camping this weekend, bringing the pills so i dont miss a dose",
        "fishing at the lake is so peaceful, going there tonight with the kids",
        "going to the cottage with the tablets for my mum, she forgot them",
        "got my allergy pills and a picnic spot picked out for saturday",
        "taking the boat out tomorrow with cinder blocks to make a new mooring",
        "going hunting tomorrow with the rifle, deer season finally",
        "taking all my old pills to the pharmacy for disposal tomorrow",
        "heading to the lake tonight with the dog and a flask",
        "going up to the woods with the rope swing for the kids",
        "taking the rope up to the shed tomorrow to tie the tarp down",
        "driving to the lake tonight with the gun club",
        "taking the boat out with the weights for the lobster pots",
    ],
)
def test_trips_with_medicine_or_gear_for_a_use_get_no_alarm(text: str) -> None:
    assert assess(text).tier is None
    assert outing.read(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "the moor is beautiful at dusk. walking out there tonight with my grandads old shotgun",
        "lovely day for a drive to the gorge, bringing my sleeping pills",
    ],
)
def test_a_parents_gun_or_ones_pills_taken_to_a_drop_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "walk to the river with my tablets, need to take them at lunch with food",
        "going hunting at dawn with dads old rifle",
    ],
)
def test_a_dose_due_on_a_walk_and_a_hunt_stay_quiet(text: str) -> None:
    assert outing.read(normalise(text)) is None
