"""Kinds a blind set found missed: in French (Québec's words too), someone in a garage, a barn
or a shed with the engine running who doesn't answer: the reply for helpers. A car warming up, a
tractor's odd noise and a garage (the business) that doesn't pick up stay without an alarm. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "mon frère est dans la remise avec le truck qui tourne, y répond plus",
        "ma blonde s'est barrée dans le garage, l'auto est en marche pis a ouvre pas",
        "mon mari est dans le garage depuis 40 minutes, la voiture en marche, il ne répond pas",
    ],
)
def test_someone_in_a_garage_with_the_engine_running_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "le moteur du tracteur qui tourne dans la grange fait un bruit bizarre, le garage répond "
        "pas au téléphone",
        "j'ai laissé le moteur allumé dans le garage pour réchauffer le char, on part bientôt",
        "le garage a appelé: le moteur est réparé, on peut passer le chercher",
    ],
)
def test_engines_and_garages_of_every_day_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
