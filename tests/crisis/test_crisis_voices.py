"""Kinds a blind set found missed: a voice that tells the writer to step in front of a bus, to
jump or to kill themselves ("the voice keeps telling me to step in front of the bus and today i
nearly listened"), told in Spanish, Portuguese, Italian, French, German, Russian, Ukrainian,
Polish, Turkish, Indonesian and Tagalog: the full reply. The satnav's voice, a parent's voice
telling one to study and a navigator's "turn right" stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "otra vez la voz me dice que me corte, hoy casi lo hago",
        "las voces me piden que me lance a las vías",
        "tem uma voz que me diz pra pular da ponte",
        "una voce continua a dirmi di farla finita",
        "une voix me répète de me jeter sous le métro",
        "die Stimmen sagen mir, dass ich mich umbringen soll",
        "голоса твердят мне покончить с собой",
        "голос наказує мені стрибнути з даху",
        "głos każe mi, żebym się zabiła",
        "sesler bana kendimi asmamı söylüyor",
        "ada suara yang nyuruh aku gantung diri",
        "may boses na nag uutos sa akin na tumalon sa tulay",
    ],
)
def test_a_voice_commanding_harm_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "la voz del GPS me dice que gire a la izquierda",
        "a voz do meu pai me diz pra estudar mais",
        "голос навигатора говорит повернуть направо",
        "die Stimme im Navi sagt, ich soll links abbiegen",
        "la voix du prof me dit de me taire",
        "suara alarm nyuruh aku bangun jam 5",
    ],
)
def test_a_voice_saying_something_else_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
