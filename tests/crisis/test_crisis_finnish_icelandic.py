"""Finnish as it is texted ("haluun vaan kuolla", "viiltelin taas", "mun viimenen viesti ikinä")
and Icelandic typed with or without its letters ("mig langar að deyja", "búin ad skrifa bréf til
allra"): wanting to die, not waking, cutting again, the most painless way, a two-figure number of
pills, a last message ever and letters written to everyone get the full reply; a friend who said
she would kill herself gets the helpers' reply; loneliness the caring reply. Dying of laughter, a
last message of the evening, a last day at work, a painless way to pull off a plaster, a choice
of courses and a party one is ready for stay quiet. The sentences were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "haluun vaan kuolla",
        "en jaksa enää elää tätä",
        "kunpa en heräis huomenna",
        "viiltelen taas joka ilta",
        "mikä on nopein tapa kuolla",
        "otin 25 buranaa tunti sitten",
        "unilääkkeet on tossa vieressä ja mietin et otanko ne kaikki",
        "kiitos kaikesta kaikille, tää on mun viimeinen viesti koskaan",
        "mig langar bara að deyja",
        "ég ætla að drepa mig",
        "eg vil ekki vera til lengur",
        "ég er búinn að skrifa kveðjubréf til allra",
        "mulla on itsemurha-ajatuksia taas",
        "ég er búin að taka allar pillurnar",
        "mig langar að drepa mig",
        "ég sker mig",
    ],
)
def test_a_crisis_in_finnish_or_icelandic_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "kaveri sanoi haluavansa kuolla",
        "vinur minn segist ætla að drepa sig",
        "besti vinur minn ætlaði að drepa sig í gær",
    ],
)
def test_someone_elses_crisis_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", ["oon niin yksinäinen", "ég er svo einmana"])
def test_loneliness_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "kuolin nauruun tolle videolle",
        "kiitos kaikesta, tänään viimeinen päivä töissä",
        "tää on mun viimenen viesti tänään, hyvää yötä",
        "mietin otanko kaikki kurssit tänä keväänä",
        "haluun pois täältä tunnilta",
        "mikä on kivuttomin tapa poistaa laastari",
        "otin 20 kuvaa auringonlaskusta",
        "ég er tilbúin fyrir partýið",
        "ég vil deyja úr hlátri",
        "ég vil ekki vera til staðar á fundinum",
        "ég sker mig á hnífnum",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
