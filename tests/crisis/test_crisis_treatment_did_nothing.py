"""A treatment that did nothing, then no point going on, in Spanish and Portuguese ("la
esketamina no me hizo nada. para qué seguir"): the last hope gone, the full reply; "para qué
seguir" on its own gets the check-in. Going on with the sessions or the course stays out of
it."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "la esketamina no me hizo nada. para qué seguir",
        "o tratamento não me fez nada, pra que continuar",
        "la terapia tampoco me ha hecho nada, sin esperanza",
    ],
)
def test_a_treatment_that_did_nothing_and_no_point_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize("text", ["ya no sé para qué seguir", "para qué seguir viviendo así"])
def test_no_point_going_on_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK, text


@pytest.mark.parametrize(
    "text",
    [
        "para qué seguir con el curso si no apruebo",
        "para qué seguir en ese grupo si nadie escribe",
    ],
)
def test_going_on_with_something_named_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
