"""Kinds a blind set found missed in Afrikaans, which had no lexicon (``crisis/lexicons/af.py``):
a wish to die or not to live any more, thinking of killing oneself, nobody who would miss the
writer, pills swallowed, self-harm and a lethal amount asked: the full reply; a sister who cuts
herself and wants to die: the helpers' reply; "I can't any more": at least the check-in; lonely
on the farm: the caring reply.

Their lookalikes stay quiet: "doodmoeg" after the harvest, laughing oneself dead at a video,
"doodgewoon", a finger cut while chopping onions, "I don't want to die, I want to sleep better",
pills for a dog, rat poison for the rats, and a will made after a wedding."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "Ek wil nie meer lewe nie. Die droogte het alles gevat.",
        "Ek wil net doodgaan, niks maak meer sin nie",
        "Ek dink al weke daaraan om myself dood te maak.",
        "Almal sal beter af wees sonder my.",
        "Ek wens ek word nie more wakker nie.",
        "Ek het al my slaappille gedrink, ek voel lighoofdig",
        "Ek sny myself weer, ek kan dit nie stop nie",
        "Hoeveel pille is dodelik vir n volwassene?",
        "Ek het n afskeidsbrief vir my vrou geskryf.",
    ],
)
def test_afrikaans_statements_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "My suster sny haarself weer en sê sy wil dood wees. Wat moet ek doen?",
        "My vriend sê hy wil homself doodmaak, hy antwoord nie sy foon nie.",
    ],
)
def test_afrikaans_someone_else_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


def test_afrikaans_cannot_any_more_gets_at_least_the_check_in() -> None:
    assert assess("Ek kan nie meer nie. Elke dag is net swaarder.").tier in (CHECK, CRISIS)


def test_afrikaans_loneliness_gets_the_caring_reply() -> None:
    assert assess("Ek voel so alleen op die plaas, niemand om mee te praat nie.").tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "Ek is doodmoeg na die oes, maar dit was n goeie jaar.",
        "Ek lag my dood vir hierdie video.",
        "Dit is doodgewoon om moeg te wees na werk.",
        "Ek het my vinger gesny met die mes toe ek uie kap.",
        "Ek wil nie doodgaan nie, ek wil net beter slaap. Help die kursus daarmee?",
        "Hoeveel pille kan ek vir my hond gee?",
        "Die boer het rotgif gekoop vir die rotte in die skuur.",
        "Ons het ons testament laat opstel na die troue.",
        "In die boek wil die karakter homself doodmaak, dit was hartseer om te lees.",
    ],
)
def test_afrikaans_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
