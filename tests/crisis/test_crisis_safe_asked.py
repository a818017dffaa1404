"""Kinds a blind set found missed: whether the course's drug is safe, asked in another language
("ketamina jest bezpieczna dla osób z nadciśnieniem?"), got the caring reply from the learned
layer, which reads other languages less well; it is a question for the course, like an English
one, and gets no reply for distress. A question about the drug that tells sadness or fear
beside it keeps its caring reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "czy ketamina jest bezpieczna przy cukrzycy?",
        "¿la esketamina es segura durante la lactancia?",
        "a cetamina é segura pra quem tem arritmia?",
        "ist Ketamin sicher bei Epilepsie?",
        "ketamin astım hastaları için güvenli mi?",
    ],
)
def test_whether_the_drug_is_safe_asked_in_another_language_gets_no_caring_reply(
    text: str,
) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "la ketamina no me funciona, estoy muy triste y sola, ¿qué hago?",
        "ketamin güvenli mi, çok korkuyorum ve her gün ağlıyorum?",
    ],
)
def test_a_drug_question_with_sadness_beside_it_keeps_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS
