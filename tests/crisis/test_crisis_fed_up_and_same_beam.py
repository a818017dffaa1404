"""Kinds a blind set found missed: in Québec French, a parent's hanging told and the writer now
looking at the same beam, tree or barn every night (a check-in); fed up with everything, all
going wrong (the caring reply); in Hindi, worn right out, nothing feels right, just needing to
talk to someone (the caring reply). Fed up with the rain, a printer going wrong, a film watched
each year in an uncle's memory, tired after a match stay without an alarm. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "mon grand-père s'est tiré dans le bois. moi aussi je pense à la même carabine le soir",
        "ma mère s'est pendue quand j'étais petit. je fixe la même poutre dans le garage",
    ],
)
def test_a_parents_hanging_and_the_same_beam_gets_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "chu à boutte, je suis écœuré, toute va mal depuis le printemps",
        "je suis tannée, tout va de travers avec la ferme pis les dettes",
        "मैं अंदर से थक चुकी हूँ, बस किसी से बात करनी थी",
        "पता नहीं क्यों, कुछ भी ठीक नहीं लग रहा आजकल",
    ],
)
def test_fed_up_and_worn_out_gets_at_least_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "je suis tanné de la pluie, trois semaines sans foin sec",
        "tout va mal avec l'imprimante du bureau, encore",
        "mon oncle s'est pendu en 1970, je regarde le même film chaque année en son honneur",
    ],
)
def test_rain_printers_and_memories_stay_without_an_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
