"""Kinds an everyday set found alarmed with no risk in them: a quiz answer checked in a short
message, in any language ("đáp án câu 2 là B đúng không ạ?", "Jibu la swali la pili ni B").
Each stays quiet. A wish to die or being tired of living beside the answer keeps the full
reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "câu 4 đáp án là C phải không?",
        "Jibu la swali la tatu ni A",
        "la respuesta de la pregunta 3 es C, ¿verdad?",
        "Antwort auf Frage 4 ist A, oder?",
        "odpowiedź na pytanie 2 to B?",
        "answer to q5 is D right?",
    ],
)
def test_a_quiz_answer_checked_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "jibu ni B, nimechoka kuishi",
        "respuesta 2: quiero morir",
        "đáp án câu 2 là B, tôi muốn chết",
        "the answer is B and honestly i want to kill myself",
    ],
)
def test_a_wish_to_die_beside_the_answer_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
