"""Kinds a development set found missed: "I can't any more" in Levantine Arabic typed in Latin
letters and in romanised Urdu gets the check-in; feeling stifled with no one to talk to and exile
being hard (Egyptian Arabic), a heavy heart and no one who understands (Finglish, Persian),
panic and a breath coming short (romanised Urdu), a tight heart and missing home (Kurmanji,
Sorani) get the caring reply; and a wish to die told in Kurmanji as years past, the writer well
now, gets none. Their lookalikes stay quiet: no room left for food, the heat one cannot stand,
stuffy air in a crowd, a breath short after a run, homework one cannot face tonight."""

from __future__ import annotations

import pytest

from crisis import CHECK, DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "ya 3alam ma 3ad fiye, kel shi 3am yenhar",
        "bas ab aur nahi hota yaar, sab kuch bhaari lagta hai",
        "sar jem3a 3am fakker bel mot",
    ],
)
def test_i_cant_any_more_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, "crisis")


@pytest.mark.parametrize(
    "text",
    [
        "انا مخنوقة اوي النهارده ومش عارفة ليه",
        "الغربة تعبتني، كل يوم لوحدي",
        "delam kheyli gerefte emrooz",
        "hichki inja mano dark nemikone",
        "امروز دلم خیلی گرفته",
        "itni ghabrahat ho rahi hai ke neend nahi aa rahi",
        "saans phool rahi hai aur haath kaanp rahe hain",
        "dilê min pir teng e îro",
        "bêriya diya xwe dikim, du sal e min ew nedîtiye",
        "زۆر دڵم تەنگە ئەمڕۆ",
        "hamishe tanham, hichki nist",
        "delam baraye maman tang shode",
        "7ases 7ali wa7id ktir hon",
        "ma 7ada byehtam fiyye, wala wa7ad",
        "dil bahut ghabra raha hai aaj",
    ],
)
def test_sorrow_loneliness_and_panic_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "ma 3ad fini akol shi, shb3et",
        "ma 3ad fini 3ala hal bard",
        "garmi ab bardasht nahi hoti, AC kharab hai",
        "saans phool rahi hai, abhi 5 km daud ke aaya",
        "bas ab nahi hota yeh homework, kal subah karunga",
        "الجو مخنوق من الزحمة في المترو",
        "bfakker bel mota3 ba3d el imti7an",
        "salên berê min dixwest bimirim, lê niha bi alîkariya terapîstê baş im",
    ],
)
def test_their_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
