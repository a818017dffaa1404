"""Kinds a blind set found missed: in Greek, Hebrew, Arabic, Turkish and Tagalog, a wish or
hope not to wake up, cutting oneself told in the present (and in Turkish again), not wanting to
live with a word of emphasis between, someone close who wrote or said they want to die, and
wanting only to cry; and in Italian the exam or the heat "killing me", which is an idiom and
gets no reply."""

from __future__ import annotations

import pytest

import crisis


@pytest.mark.parametrize(
    "text",
    [
        "κάθε βράδυ εύχομαι να μην ξυπνήσω",
        "ελπίζω να μην ξαναξυπνήσω",
        "προσεύχομαι να μην ξυπνήσω αύριο",
        "הלוואי שלא אתעורר מחר",
        "כל לילה אני מתפללת שלא אתעורר",
        "أتمنى ألا أستيقظ غدا",
        "אני חותכת את עצמי שוב, לא מצליחה להפסיק",
        "אני חותך את עצמי כל ערב",
        "ayoko na talaga mabuhay, pagod na pagod na ako",
        "ayaw ko nang mabuhay",
        "ayoko na rin mabuhay",
        "hindi ko na gustong mabuhay",
        "κόβομαι πάλι και δεν μπορώ να σταματήσω",
        "her gece uyanmamayı diliyorum",
        "kendimi tekrar kesmeye başladım",
    ],
)
def test_own_wish_or_cutting_gets_full_reply(text: str) -> None:
    assert crisis.assess(text).tier == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "החבר שלי כתב לי שהוא רוצה למות וכבה את הטלפון",
        "אחותי אמרה לי שהיא רוצה למות",
    ],
)
def test_someone_close_gets_helper_reply(text: str) -> None:
    assert crisis.assess(text).tier == "helper"


@pytest.mark.parametrize(
    "text",
    [
        "sobrang pagod na ako sa trabaho, gusto ko na lang umiyak",
        "gusto kong umiyak buong gabi",
    ],
)
def test_wanting_to_cry_gets_caring_reply(text: str) -> None:
    assert crisis.assess(text).tier == "distress"


@pytest.mark.parametrize(
    "text",
    [
        "εύχομαι να μην ξυπνήσω το μωρό όταν γυρίσω",
        "ελπίζω να μην ξυπνήσω αργά αύριο για το μάθημα",
        "הלוואי שלא אתעורר מאוחר מחר לשיעור",
        "חתכתי ירקות לסלט",
        "אני חותך את עצמי בטעות כל פעם שאני מתגלח",
        "אחי אמר לי שהוא לא רוצה למות לפני שיראה את העולם",
        "ayoko mabuhay nang walang kape sa umaga",
        "naiiyak ako sa tawa sa video",
        "κόβομαι πάλι με το χαρτί στη δουλειά",
        "sabah geç uyanmamayı umuyorum, ders dokuzda",
        "questo esame mi ammazza, però le lezioni sono ottime",
        "questo caldo mi sta uccidendo, il corso comunque è bello",
        "il lavoro mi ammazza questa settimana, recupero la lezione domenica",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert crisis.assess(text).tier is None
