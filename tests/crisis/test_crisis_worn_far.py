"""Kinds a blind set found missed: distress told plainly in Swahili (loneliness, not one friend),
Russian and Ukrainian (tired of everything, nights on end without sleep), Taglish (homesick,
missing one's child) and Hindi (called worthless), and the same kinds in Turkish, Indonesian,
Tagalog, Spanish, Portuguese, Arabic and Vietnamese: the caring reply. A charger or an app that
is useless, tired of the snow, a night awake for an exam or a teething baby, and a friend not
made yet on the first day stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

_CARING = (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ninajisikia mpweke kila siku tangu nifike hapa",
        "sina rafiki yeyote kazini, narudi chumbani peke yangu",
        "Я так устала от всего, ничего не хочется",
        "Пятую ночь не сплю, голова гудит",
        "Втомився від усього, третю ніч не сплю",
        "her şeyden bıktım, dört gecedir uyuyamıyorum",
        "sobrang homesick na ako, gusto ko nang makita mga anak ko",
        "miss na miss ko na ang pamilya ko sa probinsya",
        "kangen berat sama keluarga di kampung, nggak bisa pulang",
        "echo muchísimo de menos a mis hijos, hace dos años que no los veo",
        "que saudade da minha família, tá difícil aqui",
        "مشتاقة كتير لأهلي وما بقدر شوفهم",
        "nhớ gia đình lắm, ở đây một mình",
        "मैं किसी काम का नहीं, सब यही कहते हैं",
        "sach me main bekaar hoon, kuch theek nahi karta",
        "bu aralar hiçbir işe yaramıyorum gibi",
        "aku ngerasa nggak berguna sama sekali",
        "pakiramdam ko wala akong kwenta",
        "أنا فاشل وما بنفع لشي",
    ],
)
def test_plain_distress_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in _CARING


@pytest.mark.parametrize(
    "text",
    [
        "устал от всего этого снега, когда уже весна",
        "третью ночь не сплю, готовлюсь к сессии",
        "у малыша режутся зубки, третью ночь не спим",
        "bu şarj aleti hiçbir işe yaramıyor",
        "aplikasi ini nggak berguna, mau uninstall",
        "walang silbi ang payong na ito sa hangin",
        "यह चार्जर बेकार है",
        "मैं बेकार में परेशान हो रहा था, सब ठीक निकला",
        "sina rafiki hapa bado, nimehamia jana tu",
    ],
)
def test_a_useless_thing_and_a_reasoned_sleepless_night_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
