"""Kinds a blind set found missed: in Afrikaans, pills swallowed told with the article "'n" ("'n
hele bottel pille gedrink"), which the folding read as texted Portuguese "n" and so never matched;
"I just don't want to be here any more" and "the Lord may come and fetch me"; a father or a
brother who drank farm poison, told by a helper. In Québec French, the least painful way asked
with "c'est quoi" and a second wish between ("la plus rapide pis la moins douloureuse"). Method
questions and an overdose taken get the full reply; the helper gets the reply for helpers.
Lookalikes (pills taken as usual, poison set out for rats, not wanting to work here any more, a
blessing asked, a painful job's way) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "ek het 'n hele bottel pille gesluk en nou is alles deurmekaar",
        "het netnou 'n hele strokie slaappille geneem met wyn",
        "ek het 'n oordosis geneem, ek voel baie swaar",
        "c'est quoi la façon la plus rapide pis la moins douloureuse? j'veux pas me rater",
        "c quoi la méthode la plus sûre et la moins douloureuse",
        "quelle est la manière la plus simple pis sans souffrir",
    ],
)
def test_pills_taken_and_the_painless_way_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ek wil regtig nie meer hier wees nie",
        "ek wil net nie meer hier wees nie, alles is te veel",
        "die Here kan my maar kom haal, ek is klaar",
        "Jesus mag my maar huis toe neem vanaand",
    ],
)
def test_not_wanting_to_be_here_in_afrikaans_gets_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "my broer het die rottegif in die stoor gedrink, hy antwoord nie",
        "ons oom het onkruiddoder gesluk, die dokter is op pad",
        "my man het die skaapdip gedrink agter die kraal",
    ],
)
def test_someone_close_who_drank_poison_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my pa het sy pille vanoggend geneem soos altyd",
        "my pa het die gif in die skuur gesit vir die rotte",
        "ek wil nie meer hier werk nie, ek soek 'n nuwe plaas",
        "die Here moet my help met die oes",
        "ek het 'n hele bottel water gedrink na die rugby",
        "c'est quoi la façon la moins douloureuse de s'épiler les jambes",
        "c'est quoi la façon la plus rapide pis la moins douloureuse d'enlever un pansement",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
