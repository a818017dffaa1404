"""Kinds a blind set found missed: a place or a means looked up, carried, counted, left set up or
gone into, told without a word of death. A height or a way up looked up again and again, at
night or "not for" a reason; a blade or pills carried "just in case it gets too much"; the pills
in the house counted box by box; the location turned off beside a sorry to everyone or a walk to
the sea (the check-in); a noose made ready or still up, the writer shut inside a cold store not
coming out, a message written from a cliff with a sorry (the full reply). Their lookalikes (a
bridge's clearance for a van, rooftop bars at night, an architecture assignment, a razor in the
wash bag for a trip, pills counted into an organiser, location off to save battery or from an
ex, a noose in a Halloween display or a western, locked in the walk-in freezer by mistake,
writing from the bridge of a ship) get no alarm from these rules. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, normalise, scouted

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "i keep looking up how high the multi storey by the station is. every night",
        "googled how tall the bridge on the ring road is at 4am again",
        "been researching high rises near me with roof access, not for any project",
        "searched how far down the drop from the quarry edge is, for no reason",
        "i carry a blade in my phone case now just in case it gets too much",
        "started keeping pills in my locker in case things get bad again",
        "counted all my sleeping pills. 4 strips and the ones in the drawer. enough",
        "added up the codeine in the flat, 3 boxes plus the ones in my bag",
        "switched off find my iphone. said goodbye to mum. going down to the river",
        "turned off location sharing. sorry for everything",
        "keeping a blade in my pencil case for emergencies. the emergency is every day",
        "been on street view looking at the bridge near my work every night",
        "searching which buildings in my city have open rooftops. 2am again",
        "i carry my pills with me everywhere now incase i decide",
        "checking how far the drop is from the 9th floor balcony at my office. again",
        "i looked up the height of every bridge in my town this week",
        "bro i keep googling how tall the parking garage downtown is lol idk why",
    ],
)
def test_a_place_looked_up_or_means_carried_gets_the_check_in(text: str) -> None:
    assert scouted.check(normalise(text))
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "the noose is still hanging in the garage from last night",
        "made the noose ready on sunday, it's in the loft",
        "im inside the walk in freezer at the restaurant, locked myself in from the inside. not "
        "coming out",
        "in the garage, shut the door behind me with the engine running. not getting out",
        "typing this from the top of the car park. sorry mum",
        "im writing from the bridge. sorry for all of it",
        "the rope is still tied to the beam in the garage",
        "tied the belt to the banister last night. its still there",
        "locked myself in the walk in freezer at work. staying here",
        "sitting in the car in the garage, engine on, door shut",
    ],
)
def test_a_noose_up_or_the_writer_shut_in_gets_the_full_reply(text: str) -> None:
    assert scouted.crisis(normalise(text))
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "keep checking how tall the bridge is, my van is 3.2m, dont want to get stuck",
        "scrolling rooftop bars with roof access near me at 3am lol cant sleep",
        "looking up how high the eiffel tower is for my assignment",
        "kept looking up how tall the new tower block is, just curious about architecture",
        "i keep a razor in my wash bag just in case i need to shave on the trip",
        "i always have pills in my bag just in case i get a migraine",
        "counted my pills into the weekly organiser, 3 boxes left",
        "counted the tablets the pharmacy gave me, 2 boxes, they shorted me",
        "turned off location so my ex cant see where i am lol",
        "turned off location to save battery, going to the sea with the girls",
        "the noose in the halloween display is still up",
        "the noose scene in that western was intense",
        "got locked in the walk in freezer at work by mistake, closed the door from inside, not "
        "coming out till they find me lol",
        "writing this from the bridge of the ship, sorry for the late reply",
        "rope is tied to the beam for the punching bag",
        "tied the rope to the rafters for the tyre swing",
        "sitting in the car in the garage engine on, door shut, warming up before work, its -20",
        "been on google maps looking at car parks near the stadium every night, parking is a pain",
        "i carry a lighter incase i want to smoke",
        "keep my pills in my bag incase i get a headache",
        "writing this from the roof terrace, sorry for the late reply",
        "keep checking how high the river is near campus, flood warning",
        "scrolling tall buildings in dubai at 3am, dream holiday",
        "location off, said goodbye to the group, off to the sea for the weekend with family",
        "writing this from the edge of my seat, sorry, the match is insane",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    plain = normalise(text)
    assert not scouted.check(plain)
    assert not scouted.crisis(plain)


@pytest.mark.parametrize(
    "text",
    [
        "keep checking how tall the bridge is, my van is 3.2m, dont want to get stuck",
        "looking up how high the eiffel tower is for my assignment",
        "counted my pills into the weekly organiser, 3 boxes left",
        "turned off location so my ex cant see where i am lol",
        "the noose scene in that western was intense",
        "writing this from the bridge of the ship, sorry for the late reply",
    ],
)
def test_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
