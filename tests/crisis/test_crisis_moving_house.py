"""Kinds an everyday set found alarmed with no risk in them: a goodbye said to an old home or desk
left behind, keys handed back, and things given away before a move of house (Italian, Spanish,
French, German, Portuguese, Polish). Each stays quiet. A goodbye with everyone, sorry or no longer
alive beside it, things given away with a wish to die, a farewell or pills beside them, and all
one's things given away with no move named keep the full reply."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "this is goodbye to the old flat, keys are back with the agent",
        "this is goodbye to my old office, new desk on the third floor from monday",
        "ho regalato quasi tutti i miei vestiti prima del trasloco, l'armadio nuovo è piccolo",
        "regalé todos mis libros antes de la mudanza, qué alivio",
        "j'ai donné tous mes livres avant le déménagement",
        "ich habe alle meine Bücher verschenkt, wir ziehen um",
        "doei todas as minhas coisas antes da mudança",
        "rozdałam wszystkie swoje rzeczy przed przeprowadzką",
    ],
)
def test_an_old_home_left_and_things_given_away_before_a_move_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "this is goodbye to my old room and to everyone, sorry for everything",
        "this is goodbye to my old room, i won't be alive to see the new one",
        "this is goodbye",
        "ho regalato tutte le mie cose prima del trasloco, voglio morire",
        "ho regalato tutte le mie cose prima del trasloco, addio a tutti",
        "regalé todas mis cosas antes de la mudanza y ya tengo las pastillas",
        "regalé todas mis cosas",
        "ho regalato tutte le mie cose",
    ],
)
def test_a_farewell_or_harm_beside_them_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
