"""Kinds blind sets found alarmed: laughing oneself to death in German beside "im" (German's "in
the", which reads as a texted "I'm": "Ich hab mich heute totgelacht, der Chef ist im Matsch
ausgerutscht"), a day at the river with friends in Yoruba ("Mo lọ sí odò pẹ̀lú àwọn ọ̀rẹ́ mi"), and
a pastime out of doors called the most peaceful thing one knows (duck hunting at dawn in a
freezing marsh). Each stays quiet; a rope or pills beside the German idiom, a last time or a
wish not to come back beside the pastime, and a wish to die at the river keep their reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

QUIET = (
    # German laughter beside "im"
    "Ich hab mich im Unterricht totgelacht, der Lehrer ist vom Stuhl gefallen",
    "wir haben uns im Kino totgelacht, der Film war so lustig",
    "ich lach mich tot, der Hund ist im Pool gelandet",
    # the river with friends or family, in Yoruba
    "A lọ lúwẹ̀ ní odò pẹ̀lú àwọn ọ̀rẹ́ wa lánàá",
    "Mo lọ sí odò pẹ̀lú àwọn ẹbí mi ní ọjọ́ Àìkú, inú mi dùn",
    # a pastime out of doors, peaceful
    "deer hunting at first light in the frozen woods is the most peaceful time of my week",
    "fishing on the lake at dawn, honestly nothing is more peaceful",
    "birdwatching in the marsh this morning, so peaceful out there",
    "cold water swimming before work is so calming, highly recommend",
)
ALARMED = (
    "Das Seil liegt im Auto, heute Nacht mach ich es.",
    "Ich hab mich totgelacht, aber ich will nicht mehr leben, die Tabletten liegen im Schrank",
    "Mo fẹ́ pa ara mi",
    "going fishing one last time, the lake is so peaceful, I won't be coming back",
    "the lake is so peaceful, thinking of swimming out till i can't swim back",
)


@pytest.mark.parametrize("text", QUIET)
def test_laughter_and_peaceful_outings_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ALARMED)
def test_the_same_words_beside_a_means_or_an_end_keep_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
