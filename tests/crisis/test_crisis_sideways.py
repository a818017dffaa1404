"""Signs told sideways get the check-in (or more): a wish to be hit by a bus, a voice one starts
to agree with, thoughts of harm that now feel like a plan, an hour spent looking over the
balcony, a gun held a little longer each time, a belt and a door handle, a crash hoped for and
missed, no one left to stay for, lessons that came too late, the only thing that kept one alive
gone, scars hidden; someone else's note left with the phone off, a razor behind a locked door, a
child's search for how to hang oneself get the reply for helpers. Their lookalikes (a meeting
one would rather be hit by a bus than sit through, a trip that feels like a plan, fireworks from
the balcony, a swing's rope, a recipe that didn't work, a discount that came too late, stretch
marks) get no alarm. In more languages: a farewell, pills kept ready, a rope bought, the last day
tomorrow, arms cut again, driving into the river, and their lookalikes (a hen party, a rope for a
tent, the last day at work, a cut while slicing bread). The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "honestly i want to be hit by a car",
        "the voices telling me to jump are louder and i'm starting to listen",
        "the thoughts about overdosing feel more like a plan every day",
        "sat staring down from the bridge for an hour tonight",
        "parked by the river, working up the courage",
        "each night I get the pistol out and hold it a bit longer",
        "my wife doesn't know I know the code to the gun cabinet",
        "got the rope. closet rod.",
        "swerved at the truck on purpose. didn't die. disappointed.",
        "lost my job and my flat. I've decided my life insurance is worth more than me",
        "the kids would be better raised by their dad",
        "no longer have anyone left to live for",
        "these lessons came too late for me. I hope they help someone else",
        "my therapist retired and the only thing keeping me going is gone",
        "I'm pretty much done fighting",
        "invisible already, might as well make it official",
        "I have everything ready in case tonight goes badly",
        "how do I hide the scars on my wrists at work",
        "so many of the guys I served with have gone. thinking about being one of them",
        "cant anymore",
        "I won't make it to lesson 12. thanks for these",
        "wrote my letter. goodbye, the lessons were kind while they lasted",
        "cancelled everything after friday. there is nothing after friday",
        "can't do another winter. won't.",
        "the pills are on the desk next to me and I don't know why I'm typing this",
        "sitting on the ledge of the car park, floor 9",
        "sorted the bills so my sister won't have to deal with anything after friday",
        "left enough food in the feeder for the dog until someone notices",
        "returned the library books, the flat is spotless. it's time",
        "thanks for the lessons everyone, i'm heading off for good",
        "honestly my parents would be relieved",
        "stood on the platform edge for twenty minutes watching the trains",
        "sorry for everything. take care of my dog",
        "tuesday's session will be my last. not the treatment, everything",
        "I've left the back door unlocked and the cat with my sister",
        "the infusions stopped working, the pills stopped working, and now i'm stopping too",
        "i keep staring at the beams in the garage",
    ],
)
def test_a_sign_told_sideways_gets_asked(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "my sister left a note and her phone is off, i'm scared",
        "my bf is in the bathroom and i heard the blade packet open, he won't unlock the door",
        "my colleague keeps joking about eating his gun",
        "my friend says she's got it all planned for when the semester ends, laughs it off, "
        "nobody takes it seriously",
        "my son searched how to tie a noose on the school laptop",
        "my boyfriend keeps sending me photos of a rope and says it's my fault",
        "my client texted me last night: thank you for everything, I'm done",
        "my old army mate sold his truck and posted it's been an honour serving with you all",
        "my husband keeps saying we'd be better off without him",
        "my brother is telling he will drink pesticide if the loan is not cleared",
        "my wife said she wished she hadn't woken up this morning, should I call her doctor",
    ],
)
def test_someone_else_at_risk_told_by_what_was_seen_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "downed a bottle of tylenol an hour ago",
        "took a whole pack of sleeping pills and my heart is racing",
        "swallowed a box of benadryl, seeing bugs on the walls",
        "which car park near me is high enough that you wouldn't survive",
        "which painkiller does the worst liver damage if you take a lot",
        "how much would put someone into a sleep they never wake up from",
        "how many paracetamol would it take to actually do damage that can't be fixed",
        "in the game I'm designing the player can end their life - what method is the least "
        "painful in real life so it's accurate",
        "my novel character needs the least painful method, in real life would pills work",
        "there's a drum of paraquat in the shed, how much of that would do it",
        "injected a lot of my insulin on purpose, getting shaky",
        "drank some of the sheep drench from the barn",
    ],
)
def test_a_bottle_downed_or_lethality_asked_sideways_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather get hit by a bus than sit through another meeting lol",
        "our thoughts on the trip feel like a plan now",
        "stood looking over the balcony for an hour watching the fireworks",
        "sat staring down from the bridge for an hour at the boats",
        "working up the courage to ask her out on the bridge",
        "held the knife a bit longer over the onion when cooking",
        "got the rope for the swing, tied to the beam",
        "I tried the new recipe, it didn't work, disappointed",
        "the house insurance is worth more than the car",
        "the discount came too late for me, I hope it helps someone else",
        "the only thing keeping me going at work is coffee and it's gone",
        "I'm almost done fighting with this printer",
        "i can not anymore with this weather",
        "I won't see lesson 30 until I'm back from holiday",
        "cancelled everything after the 20th because we are moving abroad",
        "Can't do another Monday at this job. Won't.",
        "the pills are on the table, I don't know why I'm telling you, they are vitamins lol",
        "my ex keeps sending me photos of our old flat",
        "my colleague texted thank you for everything, I'm done with this project",
        "sorted the paperwork so the new tenants won't have to deal with anything after we move",
        "left food in the feeder until the sitter comes",
        "returned the keys, the flat is clean, it's time to move on to the new place",
        "gg, logging off for good, this season was trash",
        "heading off for good to Australia! thanks everyone",
        "stood on the platform edge for twenty minutes waiting for the delayed train",
        "cancelled everything after the 15th because of the surgery",
        "the quickest way home in real life is the bus",
        "left the back door unlocked and the dog with the neighbours for the cleaner",
        "kept staring at the beams in the old barn, they are gorgeous",
        "what is the most reliable method irl for sourdough",
        "everyone would be relieved to hear the news",
        "last lesson for me this week, I'm off on holiday, back on the 20th",
        "how much paraquat would do it for the whole field",
        "how much weedkiller to do the drive",
        "the sheep drank the drench fine this morning",
        "injected my insulin on time today, sugars are good",
        "she said she wished she hadn't woken up so early on a saturday lol",
        "my brother says he will take the pesticide to the farm tomorrow",
    ],
)
def test_their_everyday_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "perdón a todos, esta es mi despedida",  # es
        "tengo las pastillas guardadas listas para el sábado",  # es
        "si no funciona me quito la vida",  # es
        "hoje eu acabo com tudo",  # pt
        "nie chce mi się żyć",  # pl
        "jutro ostatni dzień. dziękuję za wszystko",  # pl
        "am cumpărat o frânghie azi",  # ro
        "olen miettinyt, että ajaisin auton järveen",  # fi
        "bileklerimi yine kestim",  # tr
        "kitni goliyan leni padegi ki subah uthu hi na",  # hi, romanised
        "i dey think to jump inside river",  # pcm
    ],
)
def test_more_languages_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "esta es mi despedida de soltera, gracias chicas",  # es: a hen party
        "el trabajo me quita la vida",  # es: a job that drains
        "nie chce mi się iść do pracy",  # pl: not feeling like work
        "jutro ostatni dzień pracy przed urlopem",  # pl: the last day before a holiday
        "am cumpărat o frânghie pentru cort",  # ro: a rope for the tent
        "kendimi kestim ekmek keserken",  # tr: a cut while slicing bread
    ],
)
def test_their_lookalikes_in_those_languages_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
