"""Romanian: a threat to hang or throw oneself or to cut one's veins, not wanting to live any
more, wanting to fall asleep and not wake, pills gathered or hidden and a lethal dose or a sure
way not to wake asked get the full reply; fed up with life gets at least the check-in. A sad
song "to cut your veins to", a life not wanted in one city, a sure way not to wake up tired, the
pills picked up off the floor and a colleague's farewell stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "o sa ma arunc de pe bloc daca nu ma lasa sa-mi vad copiii",
        "daca nu ma elibereaza, imi tai venele",
        "nu vreau sa mai traiesc asa",
        "strang somniferele de o luna",
        "vreau sa adorm si sa nu ma mai trezesc",
        "care e doza letala de xanax",
        "care e calea cea mai rapida sa nu ma mai trezesc",
        "daca mai primesc un refuz ma spanzur in celula",
    ],
)
def test_a_romanian_threat_or_plan_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_fed_up_with_life_gets_at_least_a_check_in() -> None:
    assert assess("m-am saturat de viata").tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "muzica asta e de taiat venele",
        "nu vreau sa traiesc in Bucuresti",
        "metoda sigura sa nu te mai trezesti obosit dimineata",
        "am strans pastilele de pe jos",
        "mor de ras cu tine",
    ],
)
def test_romanian_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
