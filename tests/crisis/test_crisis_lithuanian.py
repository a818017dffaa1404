"""Lithuanian: not wanting to live, hanging oneself, never waking up, being better gone, things
given away, pills hoarded, cutting oneself, standing on a bridge, a pack of pills swallowed and
how many it takes get the full reply; a brother who threatens to kill himself gets the reply for
helpers, "I can't any more" the check-in and loneliness the caring reply. A life not wanted in
one town, "I don't want to die", dying of laughter, a rope for the washing, a hand cut by
accident, a bridge with friends at sunset, pills as prescribed, a farewell letter to colleagues
and "can't wait for the weekend" stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "noriu mirti, nebegaliu",
        "nenoriu daugiau gyventi",
        "rytoj pasikarsiu",
        "galvoju apie savižudybę kiekvieną naktį",
        "norėčiau užmigti ir nebepabusti",
        "visiems būtų geriau be manęs",
        "išdalinau savo daiktus kameroje",
        "kaupiu tabletes jau mėnesį",
        "vėl pjaustausi, nebeturiu jėgų",
        "stoviu ant tilto",
        "prarijau daug migdomųjų",
        "kiek tablečių reikia kad mirčiau",
    ],
)
def test_a_lithuanian_crisis_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("brolis grasina nusižudyti", HELPER),
        ("nebegaliu daugiau", CHECK),
        ("jaučiuosi vienišas ir niekam nereikalingas", DISTRESS),
    ],
)
def test_lithuanian_for_another_or_at_the_end_of_strength_gets_its_reply(
    text: str, tier: str
) -> None:
    assert assess(text).tier == tier


@pytest.mark.parametrize(
    "text",
    [
        "nenoriu gyventi Vilniuje",
        "nenoriu mirti",
        "mirštu iš juoko",
        "nusipirkau virvę skalbiniams",
        "netyčia persipjoviau ranką pjaustydama duoną",
        "stoviu ant tilto su draugais ir fotografuoju saulėlydį",
        "išgėriau visas tabletes kaip paskyrė gydytojas",
        "parašiau atsisveikinimo laišką kolegoms, nes išeinu iš darbo",
        "nebegaliu sulaukti savaitgalio",
    ],
)
def test_lithuanian_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
