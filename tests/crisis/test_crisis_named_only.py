"""Kinds a blind set found missed: someone named in another language with nothing of trouble
told (a friend coming tomorrow, thanks for an easy quiz), which the classifier read as someone
else's crisis, and an errand of one's own (the market, cooking), which it read as the writer's
risk; and the crises in those languages, which still get a reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess, named_only

QUIET = (
    "rafiki yangu amesema atakuja kesho",
    "rafiki yangu amenunua gari jipya",
    "mein Freund hat gesagt, dass er morgen kommt",
    "il mio amico ha detto che verrà domani",
    "mój kolega powiedział, że przyjdzie jutro",
    "bạn tôi nói sẽ đến vào ngày mai",
    "Ẹ ṣé o! Ìdánwò òní rọrùn gan-an. Mo ti kọ́ nǹkan tuntun nípa ọpọlọ.",
    "dada yangu ameolewa jana, tulifurahi sana",
)
REPLIED = (
    "rafiki yangu amemeza vidonge vingi. hajibu simu. nifanye nini?",
    "mon frère m'a dit qu'il ne voulait plus vivre. je suis loin de chez lui",
    "kolega napisał że się żegna i wyłączył telefon",
    "mein Freund hat geschrieben, dass er sich verabschieden will",
    "il mio amico ha detto che stasera va al ponte e non risponde più",
)
TROUBLE = (
    "rafiki yangu hajibu simu tangu jana",
    "mi hermano dijo que tiene una cuerda en el garaje",
    "meu amigo sumiu e não atende, estou com medo",
    "мой друг сказал, что не хочет жить",
    "arkadaşım intihar etmekten bahsetti",
)
ERRANDS = (
    "kesho nitaenda sokoni na watoto",
    "leo nimepika wali na maharage kwa wageni",
    "jumapili tunaenda kanisani na bibi",
)
NOT_ERRANDS = (
    "kesho sitakuwepo, nimeenda sokoni mara ya mwisho",
    "nimechoka na maisha, leo nimeenda sokoni kununua sumu",
    "nimemeza vidonge vyote nilivyonunua dukani",
)
NO_TROUBLE = (
    "rafiki yangu amesema atakuja kesho",
    "mi amigo dijo que vendrá mañana con su novia",
    "мой друг сказал, что придёт завтра",
    "meine Schwester hat ein neues Auto gekauft",
)


@pytest.mark.parametrize("text", QUIET)
def test_someone_named_with_nothing_of_trouble_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", REPLIED)
def test_someone_elses_crisis_in_another_language_still_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, HELPER)


@pytest.mark.parametrize("text", TROUBLE)
def test_trouble_is_found_in_the_languages_here(text: str) -> None:
    assert named_only.trouble(text)


@pytest.mark.parametrize("text", NO_TROUBLE)
def test_everyday_news_tells_no_trouble(text: str) -> None:
    assert not named_only.trouble(text)


@pytest.mark.parametrize("text", ERRANDS)
def test_an_errand_of_ones_own_stays_quiet(text: str) -> None:
    assert named_only.errand(text)
    assert assess(text).tier is None


@pytest.mark.parametrize("text", NOT_ERRANDS)
def test_an_errand_told_beside_trouble_is_no_excuse(text: str) -> None:
    assert not named_only.errand(text)
    assert assess(text).tier is not None


# Longer reports about someone else whose trouble is told in words the list of trouble lacks
# (things given away and thanks said, "nobody cares about him"): the classifier's reading holds.
UNLISTED_TROUBLE = (
    "meine Schwester hat seit gestern nicht mehr geantwortet, gestern Abend hat sie allen ihre "
    "Sachen verschenkt und sich bedankt",
    "rafiki yangu amekuwa akisema kwamba hakuna anayemjali na jana alinipa vitu vyake vyote, "
    "sijui nifanye",
)


@pytest.mark.parametrize("text", UNLISTED_TROUBLE)
def test_a_longer_report_with_unlisted_trouble_still_gets_a_reply(text: str) -> None:
    assert not named_only.trouble(text)
    assert assess(text).tier in (CRISIS, HELPER)
