"""Kinds a blind set found missed: Yoruba and Hausa beyond their plainest statements. Not wanting
to wake again or to be in the world, feeling one should just die; a letter left with an apology;
all the medicine swallowed, and how many pills to die; a daughter who cuts herself, a friend who
says she wants to die; things too much, a parent just died. Dying of laughter, medicine finished
as the doctor said, a letter to the boss, a finger cut while cooking and a lie-in stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess

CRISIS_SAID = (
    # Yoruba, with and without tone marks
    "Ó ti rẹ̀ mí, mi ò fẹ́ jí mọ́ láàárọ̀ ọ̀la",
    "n ko fe ji mo rara",
    "Mo kan fẹ́ sùn kí n má jí mọ́",
    "Mi o fe wa laye mo, gbogbo nkan ti baje",
    "Iba se pe mo ti ku lati igba yen",
    "Mo fẹ́ mu májèlé lálẹ́ yìí",
    "Ma so ara mi ko ni ale yi",
    "Mo ti kọ lẹ́tà sí ìyá mi. Ẹ dáríjì mí",
    "O digba lailai, e toju ara yin",
    # Hausa
    "Gara in mutu da in ci gaba da rayuwa haka",
    "Da ma na mutu tun ina yaro",
    "Bana son rayuwa kuma, komai ya lalace",
    "Ina fatan in mutu cikin barcina",
    "Zan rataye kaina yau da dare",
    "Na bar wasikar bankwana a kan gado",
    "Ku yafe mini, ba zan dawo ba",
)
METHOD_OR_TAKEN = (
    "Egbogi melo ni mo gbodo gbe ki n ku?",
    "Bawo ni mo se le pa ara mi laisi irora?",
    "Mo ti gbe gbogbo egbogi inu igo naa, inu mi n run",
    "Mo mu gbogbo oogun orun lekan naa",
    "Paracetamol nawa zan sha in mutu?",
    "Wane magani ne zai kashe ni da sauri?",
    "Na hadiye duka kwayoyin barci yanzu",
    "Na sha maganin tari gaba daya, kaina yana juyawa",
)
OTHERS = (
    "Ọ̀rẹ́ mi sọ pé òun fẹ́ kú, ó ti pa fóònù rẹ̀",
    "Aburo mi maa n fi felefele ge ara re",
    "Ƙanwata ta ce tana son ta mutu",
    "Abokina yana yanka jikinsa da reza",
)
DISTRESS_SAID = (
    "Nǹkan ti pọ̀ jù fún mi, mi ò mọ ohun tí mo lè ṣe",
    "Ibanuje ti bo mi mole lati ose yii",
    "Komai ya mini yawa a wannan makon",
    "Mahaifiyata ta rasu jiya",
)
QUIET = (
    "Mo fẹ́ kú fún ẹ̀rín nígbà tí mo rí fídíò yẹn",
    "Mo ti lo gbogbo oogun iba naa tan bi dokita se so, ara mi ti ya",
    "Mi o fe ji ni kutukutu ola, ojo isinmi ni",
    "Mo ti ko leta si oga mi nipa isinmi",
    "Omo mi fi obe ge ika re nigba to n se ounje",
    "Na kusa mutu da dariya jiya",
    "Na sha duk maganin da likita ya rubuta min, yanzu na warke",
    "Zan rubuta wasika ga abokina a Kano",
    "Ina son in ci abinci yanzu",
)


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_a_wish_to_be_gone_or_a_letter_left_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", METHOD_OR_TAKEN)
def test_how_many_to_die_or_all_the_medicine_taken_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", OTHERS)
def test_someone_close_who_cuts_or_wants_to_die_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", DISTRESS_SAID)
def test_overwhelm_and_grief_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_idioms_courses_of_medicine_and_errands_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
