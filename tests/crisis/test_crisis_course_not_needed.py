"""Thanks "for everything" and the course, the group or the app not needed any more, with no
reason given, in Portuguese, Spanish and Italian: a farewell, the full reply. The same said with
an exam passed, a job found or the course finished, and the course not needed beside a
subscription to cancel, stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "obrigado por tudo pessoal, não preciso mais do grupo",
        "gracias por todo. ya no voy a necesitar el curso",
        "grazie di tutto, non avrò più bisogno del corso",
        "não vou mais precisar das aulas. obrigada por tudo mesmo",
    ],
)
def test_thanks_and_the_course_not_needed_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "obrigada por tudo! não vou mais precisar do curso porque passei no concurso",
        "gracias por todo, ya no voy a necesitar el curso, conseguí trabajo",
        "grazie di tutto, non ho più bisogno del corso, ho finito il corso e ho trovato lavoro",
        "não vou mais precisar do curso, pode cancelar a assinatura",
    ],
)
def test_the_course_not_needed_for_a_reason_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
