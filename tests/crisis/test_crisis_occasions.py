"""Kinds a blind set found missed: none; lookalikes of a date chosen and a rope bought that
were read as preparations in Spanish, Portuguese, French, Ukrainian, Russian, German and
Swahili (``crisis/lexicons/occasions.py``): the date of a wedding, a move or an appointment,
a rope for skipping, washing or a tent. A date set after such an occasion, or a rope said not
to be for the washing, still gets the full reply. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "ya tengo la fecha, después de la boda de mi hermana",
        "j'ai choisi la date, après le mariage de ma soeur",
        "я вибрала дату, після весілля сестри",
        "я купила мотузку, і це не для білизни",
        "compré una cuerda y ya tengo la fecha",
    ],
)
def test_a_date_after_an_occasion_or_a_rope_for_oneself_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ya tengo la fecha de la boda, ¡qué nervios!",
        "por fin elegimos la fecha para la mudanza",
        "já escolhemos a data do casamento",
        "j'ai choisi la date du mariage avec Paul",
        "j'ai acheté une corde à sauter pour le sport",
        "я вибрала дату весілля, червень",
        "я купила мотузку для білизни на балкон",
        "мы выбрали дату свадьбы",
        "купила верёвку для белья",
        "wir haben den Termin für die Hochzeit festgelegt",
        "nimenunua kamba ya kuanikia nguo leo",
    ],
)
def test_the_date_of_an_occasion_and_a_rope_for_chores_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
