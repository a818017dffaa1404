"""Kinds a blind set found missed: distress told without its usual words. A grey or numb mood
lived with for decades ("ive felt grey for 30 yrs"), feeling nothing after CPR on a child or a
crash worked, intrusive thoughts the writer fears ("i would never. they terrify me"), a parent
who died far away and a funeral the writer could not go to, shame that is "eating me", and a cat of
19 years dead and a writer who does not know how to be in the flat without him. They get the
caring reply. Their lookalikes (a low time told as over since the treatment, a day flat
after an infusion, nothing felt from an injection or a war film, a lesson on intrusive thoughts,
a grandad's long life and the funeral everyone went to, "what a shame the lesson ended", a phone
or a car one cannot do without) get no reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "honestly I've felt numb since I was a teenager and I'm 58 now",
        "did CPR on an old man at the shop today, he died, and I feel nothing at all",
        "worked the crash on the motorway last night, came home and felt absolutely nothing. is "
        "that normal",
        "having intrusive thoughts about hurting my newborn, I would never, they terrify me",
        "my mum died in Lagos on Sunday and I couldn't even fly home to bury her",
        "my brother passed away last week and I wasn't allowed to see him in the hospital",
        "the shame is eating me alive, I had to ask my son for money again",
        "so ashamed of myself, I used to run a business and now I queue for the food bank",
    ],
)
def test_distress_told_without_its_usual_words_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "felt low for years until the ketamine, now much better",
        "felt down for 3 days after the infusion, is that normal?",
        "I felt nothing from the injection, is that normal?",
        "watched a war film, felt nothing lol",
        "the lesson on intrusive thoughts was really interesting, scary how common they are",
        "my grandad passed last week at 96, a good long life, we all went to the funeral",
        "what a shame the lesson ended so soon",
        "she felt nothing after the crash, the paramedic said it was shock",
    ],
)
def test_their_lookalikes_get_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "my cat died this morning, she was 17. i don't know how to be in the house without her",
        "our old dog was put to sleep yesterday and I can't sleep without her at the foot of the "
        "bed",
        "my dog died last week. I don't know how to go on without him",
    ],
)
def test_a_death_and_not_knowing_how_to_be_without_them_gets_a_reply(text: str) -> None:
    assert assess(text).tier is not None


@pytest.mark.parametrize(
    "text",
    [
        "lost my phone on the bus, i can't function without it lol",
        "my car died on the motorway, don't know how to get to work without it",
    ],
)
def test_a_thing_one_cannot_do_without_gets_no_reply(text: str) -> None:
    assert assess(text).tier is None
