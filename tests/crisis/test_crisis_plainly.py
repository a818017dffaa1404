"""Kinds said plainly in words no other rule read, and their lookalikes: self-harm slang and its
tools, a means stockpiled or tied, an attempt put off, lethality asked by a method's mechanics,
an overdose counted or felt, the last hope missed, the course finished before a day, a safety
plan binned; and the same in Hinglish, Russian typed in Latin letters, Swahili, Turkish, Polish,
Dutch, Italian, Korean, Chinese, Japanese, Arabizi, Vietnamese, Spanish and Portuguese. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "how many of my sleeping pills would it take to never wake up",
        "is cutting lengthwise worse than across",
        "how long would it take with charcoal in a closed room",
        "which painkillers are the most dangerous if you take a lot of them",
        "where on the neck is the artery exactly",
        "does car exhaust still work in a closed garage these days",
        "i might have overdid it, heart racing and i feel numb",
        "took like 15 zopiclone, getting sleepy",
        "drank gin with a handful of my diazepam an hour ago",
    ],
)
def test_a_method_mechanics_or_an_overdose_counted_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "new barcode on my arm, whatever",
        "took the blade out of the sharpener again",
        "scratching turned into carving this week",
        "i've got 40 of my quetiapine stashed away",
        "tied a noose last night",
        "couldnt go through with it tonight. maybe tomorrow",
        "people say hang in there. i'd rather hang",
        "spravato was my last hope and it failed. so that's it for me",
        "they say there's nothing left to try. fine, i've got my own way out",
        "just want to know if i finish the lessons before friday",
        "not sure i'll make it until my psychiatrist gets back from leave",
        "lesson 9 was my last. thanks bot",
        "threw my safety plan in the bin",
        "writing my note while the lesson plays",
        "i want to be with my grandpa up there",
        "i've written letters to everyone, they're on the table",
        "cut",
    ],
)
def test_self_harm_slang_a_means_saved_or_a_plan_told_plainly_gets_a_crisis_level_reply(
    text: str,
) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "scanned the barcode on my parcel",
        "cleaning the blade of the lawnmower today",
        "carving a pumpkin with the kids",
        "tied the knot last summer, best day ever",
        "I overdid it at the gym, legs shaking",
        "took 8 tablets over the week as the doctor said",
        "I'd rather die than sing karaoke",
        "last chance to sign up, that's it for today",
        "I've got my own business now",
        "can I finish the course before my exam on friday?",
        "not sure I'll make it till the end of the movie",
        "lesson 4 was my favourite so far",
        "I finished writing my notes for the lesson",
        "wrote thank you letters to everyone who came to the wedding",
        "the cut on my finger from cooking is healing",
    ],
)
def test_their_everyday_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "lagta hai agle mahine ke baad main nahi rahunga",  # hi
        "aaj building se kood jaungi",  # hi
        "zavtra vse zakonchu",  # ru, Latin letters
        "nimechoka kuishi",  # sw
        "bileğimi yine kestim",  # tr
        "mam odłożone leki",  # pl
        "ik heb weer gekrast",  # nl
        "grazie, l'ultima lezione che leggo. addio",  # it
        "마지막으로 한강 보러 가요",  # ko
        "安眠药攒够了",  # zh
        "ya vypila vse tabletki",  # ru, Latin letters
    ],
)
def test_the_same_in_other_languages_gets_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "何階から飛び降りたら死ねますか",  # ja
        "ya vypil vsyu pachku snotvornoe",  # ru, Latin letters
    ],
)
def test_a_height_or_a_pack_taken_in_other_languages_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "akhoya 3ayez ymoot, a3mel eh",  # ar, Latin letters
        "em tôi nhắn tin tạm biệt rồi không nghe máy",  # vi
        "mój brat mówi że nie ma po co żyć",  # pl
        "동생이 자해를 했어요",  # ko
        "mi hija busca en internet cómo matarse",  # es
        "meu pai tomou vários comprimidos e não acorda",  # pt
    ],
)
def test_someone_else_at_risk_in_other_languages_gets_the_helpers_or_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ana zah2ana w mesh 3arfa anam",  # ar, Latin letters
        "mne tak odinoko",  # ru, Latin letters
        "jestem wykończony, znowu nie spałem całą noc",  # pl
        "sono a pezzi, non riesco a smettere di piangere",  # it
        "요즘 너무 지치고 힘들어요",  # ko
        "bad day",
    ],
)
def test_distress_in_few_words_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ich fahre morgen nach Hause, bis dann",
        "zavtra vse budet horosho",
        "mam odłożone pieniądze na wakacje",
        "한강 공원에서 마지막 수업 들었어요",
        "three years ago I wanted to die. therapy got me through, sharing in case it helps",
    ],
)
def test_lookalikes_in_other_languages_and_a_recovery_shared_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
