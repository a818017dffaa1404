"""Three everyday lookalikes stay quiet without quieting the real risk beside them: death asked for
over an embarrassment with a crying or laughing mark ("someone kill me 😭 my dad commented on my
crush's post"), laughing "till I nearly died" in Indonesian, and an attempt told as years behind
with a life of study since ("six years out now, doing my phd"). The same words beside a weight
that lasts, a wish to die again or a recent attempt still get their reply."""

from __future__ import annotations

import pytest

from crisis import assess


@pytest.mark.parametrize(
    "text",
    [
        "someone kill me 😭 my dad commented on my crush's post",
        "just kill me lol my aunt shared my baby photos in the family group",
        "lucu banget sampe hampir mati ketawa 😂",
        "ngakak sampe mau mati liat videonya wkwk",
        "tried to end it back in 2018. six years out now, doing my phd in psychology",
        "a few years ago i tried to end it. 5 yrs out now and doing my degree part time",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "kill me now 😭 i cant do this anymore, my mom posted it on facebook",
        "ngakak di depan orang tapi sebenarnya aku mau mati",
        "tried to end it a few years ago. doing my masters now but i want to die again",
        "tried to end it last week. doing my masters and cant cope",
    ],
)
def test_real_risk_nearby_keeps_a_reply(text: str) -> None:
    assert assess(text).tier is not None
