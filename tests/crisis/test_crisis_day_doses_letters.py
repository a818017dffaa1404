"""Kinds a blind set found missed: none; these are lookalikes of an overdose and of a farewell
letter that were read as risk in Portuguese and Spanish. The morning's or the night's doses
taken ("tomei todos os remédios da manhã") are a routine, unless taken at once or together;
a letter for an application or a job ("la carta de motivación para la beca") is no farewell,
while a letter to one's children still is. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "tomei todos os comprimidos da noite de uma vez e estou tonta",
        "tomei todos os remédios da noite juntos, não sei o que fazer",
        "engoli todos os comprimidos da caixa agora",
        "ya escribí la carta de despedida para mis hijos",
        "escribí las cartas para mis hijos, ya está todo listo",
    ],
)
def test_pills_taken_at_once_and_farewell_letters_still_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "tomei todos os remédios da manhã, agora vou trabalhar",
        "hoje tomei todas as vitaminas da manhã",
        "ya escribí la carta de motivación para la beca",
        "escribí una carta de presentación para el trabajo nuevo",
        "dejé la carta de renuncia en la oficina, empiezo en otra empresa",
    ],
)
def test_the_days_doses_and_letters_for_work_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
