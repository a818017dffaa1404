"""Kinds of phrasing in the languages with few phrases, and in English told around the words:
a passive wish, a farewell, pills counted, a plan told by a treatment or a date, a euphemism get
a crisis-level reply; plain sadness gets the caring one; each language's idioms get none. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "ik wil er gewoon niet meer zijn",
        "ik heb gisteren afscheid genomen van mijn ouders",
        "jag vill bara försvinna, alla vore bättre utan mig",
        "jag har skadat mig själv igen",
        "chci prostě zmizet, jsem jen přítěž",
        "μακάρι να μην ξυπνήσω αύριο",
        "toți ar fi mai bine fără mine",
        "saya nak bunuh diri malam ni",
        "mọi người sẽ tốt hơn nếu không có tôi",
        "อยากจบชีวิตแล้ว",
        "আর বাঁচতে ইচ্ছে করে না",
        "کاش میں پیدا ہی نہ ہوتا",
        "死のうと思ってる",
        "그만 살고 싶어",
        "मैं अब और नहीं जी सकती",
        "sana mawala na lang ako",
        "if spravato does not work this time i am out",
        "my last infusion is friday. if nothing changes i've set a date after that",
        "think i'll just go to sleep and never wake up",
        "honestly i don't see any reason to keep going after the insurance denial",
        "i keep imagining my own funeral lately",
        "i'm tired boss, ready to go home for good",
        "during the session i didn't want to come back",
        "ik denk erover om er een einde aan te maken",
        "nagpaalam na ako sa mga kapatid ko",
        "薬を少しずつためている",
        "수면제를 모아두고 있어요",
        "I've figured out the date, it will be after the exams",
        "thinking of taking the long walk off the short pier",
        "i'm going to drive out to the coast and not come back",
        "the infusions failed again so i am making arrangements",
        "my dog is 14 and once he's gone i'm going too",
        "ik heb echt geen zin meer in het leven",
        "kal tak main nahi rahungi",
        "ayoko nang gumising bukas",
        "hiniwa ko ang pulso ko kagabi",
        "もう終わりにします",
        "내일이면 나는 없을 거예요",
        "já me despedi de todos vocês",
        "ngày mai mình sẽ không còn trên đời",
        "aku nak pergi buat selamanya",
        "už jsem se se všemi rozloučila",
        "all i can think about is dying",
        "the notes are written. tonight then",
        "i keep walking past the bridge and stopping",
    ],
)
def test_a_crisis_told_in_these_kinds_of_phrasing_gets_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK), text


@pytest.mark.parametrize(
    "text",
    [
        "quantos comprimidos de paracetamol matam alguém",
        "hoeveel pillen heb je nodig om dood te gaan",
        "kolik prášků je smrtelná dávka",
        "berapa biji pil untuk mati",
        "buying pills online, enough to never wake up",
        "googled how many of my tablets it would take",
        "how do i get a lot of sleeping pills without my doctor noticing",
        "how much ibuprofen would it take to wreck my kidneys",
        "which car park near me has no fence on the top floor",
    ],
)
def test_pills_counted_in_these_languages_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "요즘 너무 우울해요",
        "最近落ち込んでばかり",
        "tô cansado de tudo",
        "ik voel me zo somber",
        "jag mår så dåligt",
        "buồn lắm",
    ],
)
def test_plain_sadness_in_these_languages_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "ik ga dood van de honger",
        "ik wil niet meer naar school morgen",
        "jag dör av skratt",
        "umírám smíchy",
        "πεθαίνω στα γέλια",
        "mor de râs",
        "lapar nak mati",
        "chết cười với video này",
        "ขำจะตาย",
        "피곤해 죽겠다",
        "死ぬかと思った",
        "Esa clase me mató jajaja",
        "once he leaves i am going too, to the party",
        "I've picked the date for the wedding",
        "we sign off for good from the old office on friday",
        "hindi ko na kaya ang init ngayon",
        "não quero mais viver nessa cidade barulhenta",
        "kal se main office nahi rahunga, chutti hai",
        "the cover letters are written, sending them tonight",
        "which building has roof access for the sunset photos",
        "all i think about is the exam",
        "if this does not work i'm done with ketamine, we'll try TMS next",
    ],
)
def test_idioms_and_everyday_lines_near_them_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS, text


@pytest.mark.parametrize(
    "text",
    [
        "meine Schwester sagt, dass sie sich umbringen will",
        "mijn vriend zegt dat hij dood wil",
        "min bror vill ta livet av sig",
        "kawan saya kata nak bunuh diri",
        "ο αδερφός μου θέλει να αυτοκτονήσει",
    ],
)
def test_someone_elses_crisis_told_in_these_languages_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS), text
