"""Kinds a blind set found missed: crisis signs in Igbo, Twi (Akan) and Wolof. Wanting to die or
to kill oneself, not wanting to live or to leave this world, sleeping never to wake, death as the
family's relief; medicine kept for tonight, at the sea not to come back, goodbye forever; all the
medicine drunk and how many to die; a brother or a friend who says he will kill himself; a heart
breaking, a parent just died, too many thoughts. Hunger "killing me", the sun, a rest from work,
living in a town, going on a trip and medicine taken as the doctor said stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess

CRISIS_SAID = (
    # Igbo, with and without dots
    "Achọrọ m ịnwụ taa",
    "achoro m inwu, o zuola",
    "Achọghị m ibi ndụ ọzọ",
    "Ọ ka mma m nwụọ",
    "M ga-egbu onwe m n'abalị a",
    "Ana m eche ka m ga-esi hapụ ụwa a",
    "Ka ọ dị mgbe ebighị ebi, gbaghara m",
    # Twi, with ɛ and ɔ and typed with e and o
    "Mepɛ sɛ mewu",
    "mepe se mewu, mabre",
    "Mɛkum me ho anadwo yi",
    "mekum me ho",
    "mempe se mete ase bio",
    "Sɛ mewu a, m'abusuafoɔ bɛnya ahomegye",
    "Mewɔ nnuro wɔ me kotoku mu, anadwo yi na mɛnom",
    # Wolof
    "Bëgg naa dee",
    "Dama bëgg dee, sonn naa",
    "Dinaa rey sama bopp",
    "Bëgguma dund ci àddina si",
    "Dama bëgg nelaw, duma yeewu mukk",
    "Mangi ci pont bi léegi, duma dellusi",
)
METHOD_OR_TAKEN = (
    "Ọgwụ ole ka m ga-aṅụ ka m nwụọ?",
    "Aṅụọla m ọgwụ niile dị n'ụlọ",
    "Elochaala m ọgwụ niile, isi na-agba m gburugburu",
    "Aduro dodoɔ sɛn na ɛbɛkum me?",
    "Mamene nnuro no nyinaa",
    "me nom paracetamol no nyinaa",
    "Naan naa garab yi yépp",
    "Ñaata pilil laa war a naan ngir dee?",
)
OTHERS = (
    "Enyi m kwuru na ọ chọghị ibi ndụ ọzọ",
    "Nwanne m nwaanyị sị na ya ga-egbu onwe ya",
    "Me nua baa ka sɛ ɔbɛkum ne ho",
    "Ɔpɛ sɛ ɔwu, ɔnka asɛm biara",
    "Sama rakk dafa bëgg dee",
    "Sama jabar wax na ne dafa bëgg rey boppam",
)
DISTRESS_SAID = (
    "Obi m na-agbawa kemgbe nna m nwụrụ",
    "Ihe niile karịrị m",
    "M'akoma abubu",
    "Me maame awu nnɛra",
    "Sama xol dafa metti lool",
    "Sama yaay dee na démb",
)
QUIET = (
    "Agụụ na-egbu m, ka anyị rie nri",
    "Anwụ na-acha nke ukwuu taa",
    "Egbula onwe gị n'ọrụ, zuo ike",
    "Achọrọ m ịga ahịa",
    "Ɔpɛ sɛ ɔkɔ fie",
    "Menom aduro no nyinaa sɛnea dɔkta kaa",
    "Anadwo yi na mɛnom bia",
    "Bëgguma dund fii ci Dakar, dafa seer",
    "Dafa bëgg dem Touba",
    "Naan naa ndox mu bari",
)


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_a_wish_to_die_a_plan_or_a_farewell_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", METHOD_OR_TAKEN)
def test_how_many_to_die_or_all_the_medicine_taken_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", OTHERS)
def test_someone_who_says_they_will_die_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", DISTRESS_SAID)
def test_heartbreak_grief_and_overwhelm_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_idioms_trips_and_doctors_orders_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
