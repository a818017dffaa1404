"""Norwegian and Danish as teenagers and young adults text them: wanting to die or not to live
("orker ikke leve mer", "så tager jeg mit liv"), not waking again, a letter to be found "when
I'm gone", standing on a bridge's edge, cutting again or the urge to, a last chance that failed,
how many pills to be sure and a two-figure number taken get the full reply; a friend who cuts or
says she will jump from the roof gets the helpers' reply; not wanting to be here any more the
check-in; loneliness and grief the caring reply. Dying of laughter, a parent who "will kill
me", a finger cut while cooking, a jump off the diving board, a date chosen for a wedding and a
crisis years ago that the writer is well from stay quiet. The sentences were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "orker ikke leve mer ass, alt er bare dritt",
        "gider ikke leve mere, fr",
        "vil bare dø seriøst",
        "hvis hun slår opp så dreper jeg meg selv",
        "hvis jeg stryker på eksamen tar jeg livet mitt",
        "skulle ønske jeg var død",
        "vil ikke vågne op igen i morgen",
        "ingen ville savne meg uansett",
        "alle hadde hatt det bedre uten meg",
        "jeg har skrevet en lapp til pappa, han leser den når jeg er borte",
        "sitter på kanten av taket på blokka nå",
        "står utenfor rekkverket på broen",
        "skar meg igjen i natt",
        "cutter mig igen efter skole",
        "har sykt lyst til å kutte meg",
        "terapien hjalp ikke og det var mitt siste håp",
        "hvor mange paracet må man ta for å dø",
        "hvad er den mest smertefri måde at dø på",
        "tog 20 pamol for en time siden",
        "jeg har selvmordstanker igjen",
        "tænker hele tiden på selvmord",
        "står på perrongen og tenker på å hoppe foran toget",
        "har gitt bort alle tingene mine",
    ],
)
def test_a_crisis_in_norwegian_or_danish_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "broren min skjærer seg selv i armene",
        "veninden min sagde hun vil tage sit liv",
        "kusinen min er oppe på taket og sier hun skal hoppe",
    ],
)
def test_someone_elses_crisis_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    ["jeg vil ikke være her lenger, ærlig talt", "orker ikke mer nå"],
)
def test_not_wanting_to_be_here_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "jeg er så ensom i den nye klassen",
        "bestefar døde i går og jeg gråter hele tiden",
        "føler mig helt tom efter bruddet",
    ],
)
def test_loneliness_and_grief_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "jeg dør af grin over den video",
        "jeg vil bare dø af grin når jeg ser det",
        "mamma dreper meg hvis jeg kommer sent hjem",
        "skar meg i fingeren da jeg lagde middag",
        "skadet meg selv på trening i går",
        "vi sitter på taket og ser på solnedgangen",
        "han sa han skal hoppe i vannet fra brygga",
        "kompisen min sier han skal hoppe fra tian i svømmehallen",
        "orker ikke mer lekser i dag",
        "har ikke brug for mere, tak",
        "vi har valgt en dato for bryllupet, alle ved det",
        "ingen vil merke hvis jeg tar den siste kaken",
        "tenker på å ta alle sammen med på hytta",
        "tok 10 minutter å gå dit",
        "brevet kommer når jeg er borte på ferie",
        "har bestemt meg for å ta lappen, jeg er helt klar",
        "hvor mange piller skal jeg ta mot hodepine",
        "vi snakket om selvmordstanker i timen",
        "tenker på selvmord som tema for oppgaven",
        "har gitt bort alle tingene mine før flyttingen",
        "tenker på å hoppe fra brua i vannet i sommer",
        "for to år siden havde jeg selvmordstanker, men nu har jeg det godt og læser videre",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
