"""Everyday words the classifier reads as a crisis stay quiet: "i'm dead" or "i'm crying" said
laughing over something seen or posted, a steak or a loaf rested or cut in the kitchen, and a
film's moving part that "gets me every time" on a night it was watched again. A wish to die, a
cut to the writer's own arm beside them, "dead inside", and a film with the writer's own end
beside it still get a reply; "i actually want out" after a joke about being born gets the full
reply, and a lonely student whose mum only thinks they are thriving the check-in."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

QUIET = (
    "im actually deceased 😂 have you seen his face in that video",
    "i am crying lmao did you see what she posted",
    "how long should a roast chicken rest before carving",
    "do you cut brownies warm or let them rest first",
    "rewatched the green mile tonight, the bit at the end destroys me every time",
)
STILL_HEARD = (
    ("im dead inside lol did you see what he posted, i want to die", CRISIS),
    ("cut my arm on purpose while cutting the bread lol, wanted to", CRISIS),
    ("whats the refund policy on life 💀 asking for me. i honestly want out", CRISIS),
    (
        "i sit in my room all day and my mum thinks im doing great. if i vanished no one would "
        "notice and honestly maybe thats the way out",
        CHECK,
    ),
)


@pytest.mark.parametrize("text", QUIET)
def test_laughing_cooking_and_a_film_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(("text", "tier"), STILL_HEARD)
def test_an_end_beside_them_still_gets_its_reply(text: str, tier: str) -> None:
    assert assess(text).tier == tier
