"""Kinds a blind set found missed: someone who texted the writer to look after the people or
the things they leave ("love you, look after the crew", "take care of my dog for me") and has
been silent since, for hours or with no answer: the reply for helpers, in English and in
Spanish, Portuguese, German, French and Russian. A reason for the silence (a flight boarding, no
signal on a camping trip, a long shift, gone to bed) is the lookalike and stays quiet."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "brother at the station went silent after texting 'love you, look after the crew'. been "
        "6 hours",
        "my buddy from the unit texted take care of my dog for me and hasnt answered since last "
        "night",
        "my best friend sent me love you, look out for my little sister. no reply since, 5 hours "
        "now",
    ],
)
def test_a_handover_then_silence_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "my sister texted look after mum while im away, then went quiet because her flight was "
        "boarding",
        "my dad texted take care of the dog and hasnt replied for 4 hours, hes camping with no "
        "signal",
        "my captain said look after the new guy on the rig today, been 12 hours on shift",
        "he texted take care of yourself and went to bed",
    ],
)
def test_a_silence_with_its_reason_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "mi hermano policía me mandó un mensaje que decía cuiden a mamá y ya no contesta",
        "meu amigo bombeiro mandou cuidem da minha filha e desligou o celular",
        "mein Bruder hat geschrieben passt auf Mama auf und geht seit Stunden nicht ans Handy",
        "mon frère m'a écrit prends soin des enfants et il ne répond plus depuis 5 heures",
        "мой брат написал берегите маму и не отвечает уже 6 часов",
    ],
)
def test_a_handover_then_silence_in_other_languages_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "mi hermano escribió cuida a mamá mientras estoy de viaje, no contesta porque está en el "
        "avión",
        "мой брат написал берегите маму, он на смене и не отвечает",
    ],
)
def test_a_silence_with_its_reason_in_other_languages_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
