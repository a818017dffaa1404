"""Kinds a blind set found missed, in other languages: a weapon taken out and sat with, a pet
given to the neighbour, painkillers or pills saved up, things given to a friend, a letter for if
one is missing tomorrow, praying for death, standing on a railing looking down, "I've decided
everything"; and plain sadness, loneliness and nightmares. Everyday lookalikes stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess

CRISIS_REPLY = (
    "ночью опять достал пистолет и сидел с ним до утра",
    "вчора дістав рушницю з шафи і довго тримав її в руках",
    "кота отдала соседке насовсем, ключи оставила под ковриком",
    "uyku haplarını biriktiriyorum, kimse bilmiyor",
    "jag sparar dom i en låda, snart räcker det",
    "زه نور نه غواړم چې ژوندی واوسم",
    "artık hayatıma son vereceğim",
    "kal chhat ki munder pe khadi thi, neeche dekh rahi thi",
    "nisipokuwepo kesho waambie niliwapenda",
)
CHECK_IN = (
    "я уже всё решил. спасибо за уроки",
    "ho già preparato tutto, la lettera è sul tavolo",
)
DISTRESS_REPLY = (
    "मां के जाने के बाद कोई बात करने वाला नहीं है",
    "kila kitu ni kigumu siku hizi",
    "känner mig jätte ensam här",
    "هر شب کابوس می‌بینم",
)
QUIET = (
    "собаку отдала соседке на неделю, уезжаю в отпуск",
    "я уже всё решила с отпуском",
    "ya terrace ki railing pe khada tha selfie ke liye",
    "sparar pengar i en burk till semestern",
    "ho preparato tutto per la festa, il cane dalla vicina",
    "para biriktiriyorum, tatile gideceğim",
)


@pytest.mark.parametrize("text", CRISIS_REPLY)
def test_means_held_things_given_and_death_prayed_for_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_IN)
def test_all_decided_or_prepared_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", DISTRESS_REPLY)
def test_plain_sadness_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK)


@pytest.mark.parametrize("text", QUIET)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
