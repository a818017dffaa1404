"""Kinds a blind set found missed: plain English with no word of suicide in it. A lethal number
of painkillers asked ("how many ... does it take"), a poison asked about as fast or painful, a
crash made to look like an accident for the insurance, an engine running in a shut garage or
barn, far too much insulin or methadone taken with the body's signs, a rope, gun or poison placed
and checked or held, a car parked on the railway crossing, the waves "calling me", knives the
writer does not trust themself with, tablets saved instead of swallowed, a policy's suicide
clause run out, and a head under the bath water "hoping i won't come back up" get the full
reply; jumping as a thought that will not stop, a tractor hoped to roll on the writer, trading
places with the dead, "hoping it's the end", a last message with a "take care", "not planning on
being around much longer" and a walk "and not come back" get a check-in. Pain relief, weeds and
rats, a novel's plot, a car warmed up with the door open, a diabetic's dose fixed, a climbing
rope, a hunting rifle, a crossing waited at, surf, diving and skydiving stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess, spelled_out


@pytest.mark.parametrize(
    "text",
    [
        "how many paracetamol does it take, i mean really",
        "how many sleeping pills would it take. honest answer please",
        "how many advil does it take",
        "would weedkiller be painless or does it hurt",
        "does antifreeze work fast or is it slow",
        "how do i make it look like an accident so my wife gets the insurance",
        "sitting in the garage with the doors shut and the car running. feel sleepy",
        "im in the shed with the door closed and the generator on",
        "injected way more insulin than i meant to, shaking and sweating, on my own",
        "took far too much of my methadone tonight, lips turning blue",
        "the noose is in the attic. checked it again tonight",
        "my dads pistol is in his drawer, i took it out and held it tonight",
        "parked on the level crossing, engine off. waiting",
        "lying on the railway tracks near my house right now",
        "at the pier. the water is calling me in",
        "i do not trust myself with the pills tonight",
        "my mind is full of ways to end it all lately",
        "been saving a pill back each night instead of taking it, the tin is almost full",
        "the suicide clause runs out on friday. then it pays",
        "i put my head under the water and hoped i would not come back up",
        "I have enough of them now. I know what I will do with them",
    ],
)
def test_a_plain_plan_or_means_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "i cannot stop thinking about hanging myself. its all day",
        "cant stop thinking about jumping, every bridge i drive over",
        "i keep hoping a truck runs into me on the way home",
        "honestly hoping this is the end, i'm so tired",
        "i'd trade places with anyone who is dead",
        "this is my last message. dont worry about me",
        "not planning on being around much longer anyway",
        "gonna drive to the cliffs and never come back",
        "i see only one way out of this mess",
        "wrote a letter to each of my sons last night. put them with my will. i feel at peace",
        "finished the letters to my wife and kids. first time in ages i feel calm",
    ],
)
def test_a_wish_or_a_parting_told_plainly_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "how many ibuprofen does it take to kick in for a headache",
        "how many tylenol for a fever in an adult?",
        "does paraquat work fast on the weeds by the fence",
        "in my novel the killer makes it look like an accident for the insurance",
        "the rope is in the shed, checked it twice for the climbing trip",
        "checked the rifle twice before deer season, the gun is in the safe",
        "stuck at the railroad crossing waiting for the freight train",
        "the waves are calling me to surf this weekend",
        "hoping this is the end of the rain",
        "how fast does weedkiller work on moss",
        "cant stop thinking about jumping ship to the new team",
        "the waves keep calling me back for a swim every summer",
        "not planning on staying much longer at the party",
        "the shotgun is in the safe, checked it twice before the clay shoot",
        "i keep hoping the bus runs on time",
        "my head is full of ways to end the essay",
        "how many tablets does it take to work for a cold",
        "there is only one way out of the car park, so slow",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "wrote a note to my wife before my surgery feeling calm now",
        "wrote letters to my parents from camp felt calm there",
        "writing letters to my kids for when they turn 18 it makes me feel calm",
        "left notes for my kids in their lunch boxes feeling peaceful this morning",
    ],
)
def test_letters_for_an_occasion_are_not_read_as_a_decision(text: str) -> None:
    # other rules may still ask about letters before surgery; this kind alone stays out of it
    assert not spelled_out.check(text)
