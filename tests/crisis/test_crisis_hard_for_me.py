"""Kinds a blind set found missed: a father or a mother missing children seen once a month, "it's
very hard for me" (Polish "tęsknię za dziećmi ... ciężko mi bardzo", ``crisis/lexicons/pl.py``):
the caring reply. Its lookalikes stay quiet: hard to believe the course is ending, hard to say
which module was best."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "tęsknię za dziećmi, widzę je co drugi weekend. ciężko mi",
        "Od rozwodu jest mi bardzo ciężko, dom jest pusty.",
        "Tęsknię za córkami, mieszkają teraz z matką w Niemczech.",
        "Jest mi źle bez niej, nie umiem się pozbierać.",
    ],
)
def test_missing_children_and_hard_for_me_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "Ciężko mi uwierzyć, że kurs już się kończy!",
        "Ciężko mi powiedzieć, który moduł był najlepszy, wszystkie były dobre.",
        "Źle mi się siedzi na tym krześle, kupię nowe.",
    ],
)
def test_hard_to_believe_or_to_say_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (DISTRESS, CHECK, CRISIS, HELPER)
