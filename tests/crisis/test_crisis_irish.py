"""Kinds a blind set found missed, in Irish, which the lexicons had none of: not wanting to wake
in the morning any more, wanting to die or not to live; a father or brother gone out with the gun
who does not answer the phone and said goodbye (the reply for helpers); loneliness with nobody to
talk to (the caring reply). A funeral's blessing, a day off's lie-in, a father out shooting
rabbits who'll be back at six, and a film told stay without an alarm. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "Nílim ag iarraidh dúiseacht arís. Tá gach rud ró-dheacair.",
        "ní theastaíonn uaim dúiseacht a thuilleadh",
        "ba mhaith liom bás a fháil, táim réidh leis",
        "níl mé ag iarraidh maireachtáil a thuilleadh",
    ],
)
def test_a_wish_to_die_or_not_wake_in_irish_gets_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "tá mo dheartháir imithe leis an raidhfil agus níl sé ag freagairt",
        "d'imigh m'athair amach leis an ngunna tar éis an bhainc, dúirt sé slán",
    ],
)
def test_someone_close_gone_out_with_a_gun_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


def test_loneliness_in_irish_gets_the_caring_reply() -> None:
    assert assess("tá uaigneas mór orm ó cailleadh mo bhean").tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "Ar dheis Dé go raibh a hanam. Bhí an tAifreann go hálainn.",
        "tá m'athair imithe amach leis an ngunna ag seilg coiníní, beidh sé ar ais ag a sé",
        "sa scannán, ba mhaith leis an laoch bás a fháil",
        "níor mhaith liom dúiseacht roimh a deich Dé Sathairn",
    ],
)
def test_funerals_shoots_and_stories_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
