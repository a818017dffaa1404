"""Kinds a blind set found missed: a means beside the writer or made ready with no word of death (a
loaded gun on the bed, a late father's gun taken out at night and held, the rope ready before a
last lesson, the door of a cool room pulled shut with the writer inside, a farm chemical to
drink "and finish this suffering", a jump where nobody would see, tablets saved in a tin and
counted), lithium with ibuprofen and its poisoning now, and a poison already drunk by someone
close. They get the full crisis reply, the cool room a check-in. Their lookalikes (a rifle
loaded for the hunt or cleaned before a trip, a rope ready for the goats or the tent, pills
counted into an organiser, a course question about lithium) get no alarm. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, near_means, normalise

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "the shotgun is loaded and lying on my bed",
        "loaded the pistol, it's next to me on the sofa",
        "pistol loaded, in my lap, been sitting like this an hour",
        "my grandad's revolver, i take it out every night and hold it",
        "noose is tied in the barn. just wanted to say thanks first",
        "i might drink the weed killer and end this pain",
        "thinking i swallow the kerosene and finish it all",
        "if i step off the bridge tonight no one would notice",
        "been keeping my mums sleeping pills in a sock under the mattress, 35 so far",
        "counting my tablets again. 52. it helps",
        "lithium plus naproxen for my back all week, now i'm shaky, vomiting and confused",
        "my dad drank the pesticide, he is foaming at the mouth, help",
    ],
)
def test_a_means_at_hand_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "rifle is loaded and on the bed, leaving for the deer hunt at dawn",
        "loaded my rifle, it's on the bed next to me, deer opener at 5am",
        "cleaned my late father's gun before the hunting trip, took it out of the safe",
        "rope is ready for the goats, tie them before the storm tonight",
        "counting the pills into my mum's weekly organiser again, 28 tablets",
        "does lithium interact with ibuprofen? the lesson mentioned it",
        "if i jump off the boat will the instructor see me? first dive lesson tomorrow lol",
        "we dip the cows with the chemical every month to finish the ticks",
        "counting the tablets again for the stock check, 48",
    ],
)
def test_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "going to sit in the cold room and close the door. nobody comes in at night",
        "i'll go lie in the walk in freezer and pull the door shut. peaceful in there",
    ],
)
def test_shut_in_a_cold_store_gets_at_least_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "going to sit in the cool room and shut the door, it's 40 degrees out here",
        "gonna sit in the cold room and pull the door shut for my break, too hot in the kitchen",
    ],
)
def test_a_cold_store_on_a_hot_day_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


def test_the_gun_alone_is_not_the_rule() -> None:
    assert not near_means.own(normalise("the rifle is loaded"))
    assert not near_means.overdose(normalise("i take lithium and ibuprofen sometimes"))
    assert not near_means.own(normalise("counting the pills again so i don't miss a dose, 14 left"))
    assert not near_means.own(normalise("if i jump off the boat nobody will see the dolphins"))
