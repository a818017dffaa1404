"""Kinds a blind set found missed: feeling a failure after a loss at work ("mi sento un
fallimento, ho perso il posto al porto"), in Italian, French and German: the caring reply. The
same words said of a character in a film stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "mi sento proprio un fallito, non trovo lavoro da un anno",
        "je me sens comme un échec depuis que j'ai raté le concours",
        "ich fühle mich wie ein Versager, seit ich den Job verloren habe",
    ],
)
def test_feeling_a_failure_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "il protagonista del film si sente un fallimento",
        "dans le roman, le héros se sent comme un échec",
        "im Film fühlt sich der Vater wie ein Versager",
    ],
)
def test_a_character_feeling_a_failure_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER, DISTRESS)
