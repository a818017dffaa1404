"""Swedish and Dutch as teenagers text them, the statement without its "jag" or "ik" and with
slang around it: wanting to die ("vill typ bara dö", "wil gewoon dood fr"), nobody missing the
writer, a date chosen that nobody knows of, cutting again, a two-figure number of pills taken and
how many would keep one from waking get the full reply; someone who wrote "I won't be here
tomorrow" and then does not answer gets the helpers' reply; shame "to death" and emptiness the
caring reply. Dying of laughter or of the heat, a finger cut while cooking, two painkillers for a
headache, a date chosen for a party everyone knows of, a colleague off tomorrow and a stain nobody
would notice stay quiet. The sentences were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "vill typ bara dö",
        "ingen skulle sakna mig ändå",
        "ingen skulle ens märka om jag försvann",
        "cuttade mig igen igår",
        "svalde 12 alvedon",
        "har valt ett datum. ingen vet om det",
        "wil gewoon dood fr",
        "wil niet meer bestaan",
        "weer gesneden vannacht",
        "heb net 20 paracetamols genomen",
        "datum gekozen, volgende week. niemand weet het",
        "hoeveel slaappillen om niet meer wakker te worden",
        "orkar inte leva längre asså",
        "står på bron och tittar ner, vet inte om jag ska hoppa",
        "har skrivit ett brev till mamma ifall jag inte finns imorgon",
        "vill bara sova för alltid",
        "heb alle mn slaappillen geslikt",
        "ik heb weer zelfmoordgedachten",
    ],
)
def test_a_crisis_in_texted_swedish_or_dutch_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "mn zus zei ik ben er niet meer morgen en nu reageert ze niet",
        "mijn beste vriend appte ik ben er straks niet meer, nu is hij offline",
        "min lillasyster skär sig",
    ],
)
def test_a_farewell_then_silence_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", ["schaam me dood voor gisteren", "känner mig så tom hela tiden"])
def test_shame_and_emptiness_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "jag dog av skratt",
        "skar mig i fingret när jag lagade mat",
        "tog 2 alvedon mot huvudvärken",
        "ik ga dood van de hitte",
        "collega zei ik ben er morgen niet, ik ben vrij",
        "ingen skulle märka om du bytte frisyr",
        "jag spillde på tröjan men ingen skulle märka det",
        "we hebben een datum gekozen voor het feest, iedereen weet het",
        "min lillasyster skär sig på papper hela tiden",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
