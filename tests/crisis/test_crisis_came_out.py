"""Kinds a youth line's talk showed misread: coming out told as news that went well ("finally
came out as trans to my best friend and she hugged me", "came out to my mom today and she took
it better than i thought") stays quiet; the classifier had read it as risk, and the spelling
fixer had read "trans" as "trains". A wish to die or a bad reception beside a coming out still
gets its reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "came out to my mom today and she took it better than i thought",
        "finally came out as trans to my best friend and she hugged me",
        "i came out to my dad last night. he said he loves me no matter what",
        "how do i tell my parents im trans",
        "i'm a trans guy and my top surgery got approved!!",
    ],
)
def test_a_coming_out_that_went_well_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "came out to my parents and they kicked me out, im sleeping at a friends, i dont want to "
        "be here anymore",
        "came out to my dad and he took it well but i still want to die",
        "came out as nonbinary to my team and they were so supportive, but lately i keep "
        "thinking about ending it",
        "im trans and my parents dont know, i want to die",
        "came out to my mom and she said shed rather have a dead son. i dont see the point anymore",
    ],
)
def test_a_wish_to_die_beside_a_coming_out_is_answered(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
