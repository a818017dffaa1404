"""Kinds a blind set found missed: an end dwelt on without its word. A dam, a river or a quarry
the writer keeps thinking about by how deep or how cold it is, or a crossing driven past again
and again, slowing down; whether heaven is real for people who "take their own way out", asked
because the writer needs to know "before"; everything wanted to stop, the writer named among it
("the bills, me. especially me"); nothing left to build or to fight for; a treatment that may
not work and no further year after it ("im not doing a 5th year"); the only thing keeping the
writer here, its "lol" bitter ("my dog needs walking"); not existing to one's child, "might as
well make it official". They get the check-in. Their lookalikes (a dam's level after the rain, a
swim remembered, a crossing slowed at for a camera, the afterlife asked for a class, the
roadworks wanted to stop, a Lego set finished, another year of a job refused, the one thing
keeping the writer at a job or at a party, an engagement made official) stay quiet. The sentences
here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about the dam on the back block. how deep it is. how cold",
        "i keep thinking about the river under the old bridge. how fast it is. how cold",
        "can't stop picturing the quarry, how deep it is",
        "been thinking about the viaduct a lot. how high it is",
        "keep thinking about the river near work. how fast the current is",
        "do you go to hell if you kill yourself? asking for me",
        "keep driving past the rail crossing and slowing down",
        "been walking to the motorway bridge every night and just standing there",
        "is heaven real for people who take their own way out? asking because I need to know "
        "before",
        "do people who take their own life go to hell? i need to know before i",
        "will god forgive people who kill themselves. asking for myself",
        "just want all of it to stop. the back pain, the head, the bills, me. especially me",
        "i want it all to stop. the noise in my head, the debt, me",
        "wish all of it would stop. the pain, the fighting, even me",
        "my daughter doesnt speak to me. court took my licence. i'm 58. nothing left to build",
        "lost the farm, lost the wife. nothing left to fight for",
        "52, redundant, nobody calls. nothing left to get up for",
        "insomnia 4th year. if this ketamine thing doesnt work im not doing a 5th year. i mean "
        "that",
        "if this spravato doesnt work im not facing another winter",
        "if these infusions don't work i'm not doing another year like this",
        "giving the infusions till easter. after that i'm out",
        "there's nothing left for me to work for",
        "lol at this point the only thing keeping me here is that my dog needs walking",
        "the only thing keeping me here is my cat",
        "my kids are the only reason i am still here",
        "lol my cat is the only reason i'm still alive tbh",
        "the dog is the only one keeping me here lol",
        "only reason i havent checked out is my dog lmao",
        "if this doesnt work by summer i'm not hanging around",
        "i keep picturing the water at the weir. how cold it'd be",
        "my ex's new boyfriend is raising my son. i dont exist to him anymore. might as well "
        "make it official",
        "i dont exist to my family anymore, might as well make it official",
    ],
)
def test_an_end_dwelt_on_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about the lake at the cottage, how cold it was when we swam as kids",
        "always thinking about the river level, how high it is after the storms",
        "keep picturing the lake from our honeymoon, how still it is",
        "keep driving past the crossing and slowing down for the speed camera",
        "i keep thinking about the bridge in the lesson 3 diagram, how high the dose goes",
        "keep thinking about the lake house, how quiet it is up there, cant wait for the holidays",
        "if this ketamine doesnt work im not doing another year of being on a waitlist",
        "giving the infusions till easter, after that im out of pocket",
        "giving this course till easter, after that i am done with it",
        "i want all of it to stop, the rain, the wind, and me being stuck inside lol",
        "if this treatment doesn't work i'm not doing another year of driving 2 hours to the "
        "clinic",
        "can a christian who takes their own life go to heaven? we're debating it in bible study",
        "is heaven real for people who take their own life? my priest said something odd, for my "
        "class",
        "i want all of it to stop, the drilling, the noise, the dog barking next door",
        "the extension is finished, nothing left to build",
        "the site's done, nothing left to build till spring",
        "if this ketamine doesnt work i'm not doing another year of this job",
        "if this treatment doesn't work i'll try tms instead, not doing another year of nothing",
        "the only thing keeping me here is the pay lol",
        "honestly the only thing keeping me going is coffee",
        "the only reason im still here at this party is the cake",
        "lol the only reason im still here is the free pizza",
        "lol the only thing keeping me going this week is coffee",
        "if this doesnt work by 5 im not hanging around the office",
        "been engaged 6 years, might as well make it official",
        "shes dead to me, might as well make it official and block her",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
