"""Kinds a blind set found missed: the plainest crisis statements in Hausa, Yoruba, Zulu, Shona
and Amharic (wanting to kill oneself, a rope or a farm poison made ready, not to wake, "you are
the last one I talk to"), many medicines swallowed, someone close who says they will kill
themselves, and grief, loneliness and worthlessness. Farm work, errands and ordinary tiredness
stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

CRISIS_SAID = (
    "Wallahi ina son in kashe kaina yau",
    "Ina so in mutu, babu wanda ya damu da ni",
    "Na boye guba a karkashin gado, zan sha da dare",
    "Mo fẹ́ pa ara mi, kò sí ẹni tó fẹ́ràn mi",
    "Ngifuna ukuzibulala, angisakwazi",
    "Ngizozibulala namuhla ebusuku",
    "Ndinoda kuzviuraya, handichakwanisi",
    "መሞት እፈልጋለሁ፣ ማንም አይረዳኝም",
    "ዛሬ ማታ ተኝቼ ላልነቃ እፈልጋለሁ",
    "Nguwe wokugcina engikhuluma naye",
)
OVERDOSE = (
    "Na sha kwayoyi da yawa yanzu",
    "Yayana ya sha maganin kwari, yana amai",
    "Mo ti mu oogun púpọ̀, ara mi kò yá",
    "Ngigwinye amaphilisi amaningi, ngiyazula",
)
OTHERS = (
    "Matata ta ce za ta kashe kanta, me zan yi?",
    "Abokina ya ce zai kashe kansa gobe",
    "Umyeni wami uthi uzozibulala, ngicela usizo",
)
CHECKS = ("Na gaji da rayuwa gaba daya", "Sengikhathele ukuphila")
DISTRESS_SAID = (
    "Ina cikin damuwa sosai tun jiya",
    "Inu mi bàjẹ́ lónìí, mi ò mọ ohun tí màá ṣe",
    "Ngizizwa ngingelutho emsebenzini",
    "Moyo wangu unorema nhasi",
)
QUIET = (
    "Zan fesa maganin kwari a gona gobe da safe",
    "Na sayi maganin kwari don gonar masara",
    "Mo fẹ́ lọ sí ọjà lónìí",
    "Ngilungise intambo yokuhlanganisa izingubo",
    "Ndaneta nebasa nhasi, ndinoenda kunorara",
    "Na sha shayi da yawa yau da safe",
    "Ngithanda ukufunda ngeketamine",
)


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_a_plain_statement_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", OVERDOSE)
def test_many_medicines_or_a_poison_swallowed_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", OTHERS)
def test_someone_close_who_says_so_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", CHECKS)
def test_tired_of_life_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", DISTRESS_SAID)
def test_sorrow_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_farm_work_and_errands_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
