"""Kinds a development set found missed in languages other than English: pills gathered, hidden or
stored (Levantine Arabic typed in Latin letters, Finglish, Persian, Urdu in its script and
romanised, Kurmanji); thinking of killing oneself or of dying (Arabizi, romanised Urdu, Urdu);
one's death as a relief to the family or noticed by nobody (Turkish); arms cut again (Finglish,
Kurmanji, Urdu); a painless way, how much of a drug kills a person or keeps one from waking
(Finglish, Arabizi); all one's pills or many swallowed (Kurmanji, Finglish, Urdu): the full reply.
Someone close who wants to kill themselves (Arabizi, Kurmanji), or who said goodbye from a bridge
(Turkish): a reply at least for helpers. Their lookalikes stay quiet: pills gathered to throw away,
for a trip or hidden from a child, killing oneself with work or laughter, "I don't want to kill
myself", what comes after death, a life insurance taken out, a hand or finger cut while cooking,
henna, a bottle of pickle, what kills bacteria or the pain, sleep so as not to wake tired, a
grandfather who died without pain, pills taken as the doctor said or vitamins, a friend dying to
see a film, a friend seen off at the airport, a son who wants to be a doctor."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "jam3t dawa men el saydaliye kel jem3a, halla2 3ndi ktir",
        "5abbayt el 7boob bel 5zane, ma 7ada bya3ref",
        "daroo hamo yavash yavash jam kardam, zire takhtam",
        "قرص‌های خوابمو جمع کردم، کسی خبر نداره",
        "امی سے چھپا کر گولیاں جمع کر لیں، اب کافی ہیں",
        "neend ki goliyan chupke se jama kar li hain, koi nahi janta",
        "min dermanên xwe kom kirin, êdî bes in",
        "3am bfakker e2tol 7ali, ma 3ad fi shi",
        "sar 2 jem3a w ana mfakker ento7er",
        "raat bhar khudkushi ke baare soch rahi hoon, neend nahi aati",
        "مجھے روز خودکشی کے خیال آتے ہیں",
        "ölsem borçlarım kapanır, herkes rahatlar",
        "ölürsem en azından çocuklarım sigortadan para alır, başka çarem yok",
        "imshab dobare mochamo boridam, kesi nafahmid",
        "rahi hast ke bi dard bemiram? jedi",
        "kam 7abbe men dawa el a3sab bymawwet el wa7ad",
        "adesh insulin byemawwet? bas 3am bes2al",
        "gişk hebên xwe vexwarin, ez nizanim çi bikim",
        "ghorsaye khab ro zakhire kardam, ye roz be kar miad",
        "داروهامو یکی یکی قایم کردم زیر تخت",
        "shab ha be marne ke baare mein sochta hoon",
        "ölsem kimsenin umurunda olmaz zaten",
        "min îro dîsa milê xwe birî",
        "min 30 heb derman vexwarin, serê min giran e",
        "ye mosht ghorsaye aramesh bakhsh khordam",
        "addesh lazem ekhod men dawa el dagh6 3ashan ma efa2 bukra",
        "kal raat phir kalai par zakhm kiye, kisi ko nahi bataya",
        "کلائی پہ پھر بلیڈ مارے آج",
        "ammi ki neend wali poori shishi pee li hai",
    ],
)
def test_gathered_pills_thoughts_of_killing_oneself_and_methods_get_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "a5i 2alli badu ymout, w sakkar telefono",
        "ukhti bedha tentoher, 3am t2oul hek kel yom",
        "kızım çatıda, bana mesaj attı veda ediyor, polisi aradım",
        "kardeşim köprünün üstünde duruyor, atlayacağım diyor",
        "keça min dibêje ew dixwaze xwe bikuje",
    ],
)
def test_someone_close_who_wants_to_die_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "jama3t el 7boob el adime w rmeyton bel zbele",
        "ghorsaye vitamin ro jam kardam baraye safar",
        "safar ke liye dawaiyan jama kar li hain",
        "ma badi e2tol 7ali, bas ta3ban shway",
        "hayat sigortası yaptırdım, ben ölürsem çocuklar sigortadan para alır",
        "dastamo boridam mogheye ashpazi, sabzi khord mikardam",
        "kam daraje byemawwet el bakteria bel may?",
        "kam 7abbe bte2tol el wja3 bel ras?",
        "pedarbozorgam aroom o bedoone dard mord, khoda rahmatesh kone",
        "min hemû dermanên xwe vexwarin wek doktor got",
        "sa7bti badda tmout ta tshoof el film el jdid",
        "sa7bi badu ymout ta yshoof el match",
        "arkadaşım bugün havaalanında bana veda etti, Almanya'ya taşınıyor",
        "ghorsaye mamano az dast bachcham ghayem kardam",
        "hame ghorsaye vitaminamo yeja khordam sobh",
        "marne ke baad ka soch rahi thi, jannat kaisi hogi",
        "addesh lazem nam ta ma efa2 ta3ban bukra?",
        "min tiliya xwe birî dema min pivaz dibirî",
        "kurê min dixwaze bibe doktor",
        "jam3t el 7boob la mama men kaza saydaliye",
        "hame ghorsaye antibiotic ro khordam, alan behtaram",
        "sa7bti badda tmout 3al shawarma",
        "a5i bido ymout men el ta3ab haha",
        "xwişka min dixwaze bimire ji bo wî stranbêjî haha",
        "min xwe birî dema ku min riha xwe kur dikir",
        "haath pe ghalti se cut lagaya, sabzi kaat raha tha",
        "bazu pe mehndi ke nishan lagaye shaadi ke liye",
        "poori shishi achar ki kha li bhai ne",
    ],
)
def test_their_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "ana 3am e2tol 7ali bel shoghl hal jem3a",
        "bfakker e2tol 7ali bel gym kel yom haha",
    ],
)
def test_killing_oneself_with_work_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
