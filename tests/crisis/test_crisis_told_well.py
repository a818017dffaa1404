"""Kinds a blind set found missed: distress told by what weighs (a close person's recent death
with the pain of it, a funeral one could not get to; the writer's worth judged, "worthless is the
word", "nothing I do is ever good enough"; waking every day with the stomach in knots, anxious all
the time; "so tired I could scream", tired of waiting on the home office; a war back in one's
dreams; forms one can only stare at; ashamed of how hard a pet's death hits). They get the caring
reply and no alarm.

And false alarms a blind set and two everyday sets found: a goodbye on the last day at a firm, a
date set for a c-section, a layoff told as the best thing that happened, a famous line about death
quoted with "lol", a burnout told as past and recovered, a character who dies in an anime, a
character who dies in a fic or a tabletop game, a final lost, a fear of heights faced, a driving
test passed after a day of knots, a toddler who sleeps through at last, a CGM alarm, a mechanic
wanted, an overdose asked about for a nursing exam. They get no reply, and the real risk in the
same words keeps its alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess, heavy, normalise, told_well

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my nan died on sunday and i can't stop thinking about her",
        "my uncle passed last week and i couldn't even fly home for the funeral, visa trouble",
        "just a rough day. my grandpa passed in march and i'm missing him so much",
        "my dad died three weeks ago and I keep breaking down at work",
        "useless is what I am. worthless is the word my teacher used and it's true",
        "nothing i make is ever good enough for my supervisor",
        "i feel never good enough, whatever i do",
        "i wake up every morning with my chest tight about the job",
        "my stomach has been in knots constantly since the move",
        "on edge all the time since the break in",
        "so tired i could cry. the twins are 3 weeks old",
        "haven't slept more than three hours at a time since she was born",
        "another letter from the council. so tired of waiting",
        "the accident is back in my dreams. i wake up shaking most nights",
        "the crash is back in my nightmares again",
        "the bills came again. i sat on the stairs and stared at them for hours",
    ],
)
def test_distress_told_by_what_weighs_gets_the_caring_reply(text: str) -> None:
    # the rule reads distress; where the classifier reads more (a check-in), that stands
    assert heavy.distress(normalise(text))
    assert assess(text).tier in (DISTRESS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "my dog died and i feel so silly for being this upset",
        "our cat passed last month and i feel stupid for being so sad about it",
    ],
)
def test_a_pets_death_with_shame_at_the_grief_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my grandad died before i was born, in 1979",
        "nothing i bake is ever good enough for the judges on bake off lol",
        "stomach in knots every time the plane takes off haha",
        "so tired of waiting for this bus lol",
        "the war film is back in cinemas, saw it in my dreams lol",
        "sat by the lake and stared at the sunset for an hour, bliss",
    ],
)
def test_heavy_words_told_lightly_are_not_read_as_distress_by_the_rule(text: str) -> None:
    assert not heavy.distress(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "goodbye everyone, last day at the office is thursday! cake in the kitchen",
        "goodbye all, last day with the team today, thanks for 6 great years (oops wrong group)",
        "i've set the date: my caesarean is on the 2nd",
        "we set the date for my induction, baby comes on the 9th!",
        "getting made redundant was the best thing that ever happened to me, now I run a bakery",
        "being dumped was a blessing honestly, met my wife a year later",
        "quote of the week on the staff board: 'i'm not afraid to die, i just don't want to be "
        "there when it happens' haha genius",
        "burned out in 2022, took a sabbatical, therapy. genuinely fine now, just curious",
        "in 2017 i hit rock bottom and my best friend sat with me all night. so grateful for her",
        "five years ago i was in a really dark place. today i just feel thankful for my kids",
        "my stomach was in knots all morning before the interview, but i got the job!!",
        "scared of flying but did the 12 hour flight anyway",
        "we lost the final again, i'm dead lol",
        "lost the derby 3-0. gutted",
        "my elo is in free fall after tonight's blitz games",
        "finished the book where the hero dies at the end, i am not ok 😭",
        "the fanfic killed off my favourite character and i sobbed, best thing i've read all year",
        "our campaign's paladin died last session and the whole table cried, what a night",
        "the villain died in the season finale and i screamed at the tv lol",
        "my baby finally sleeps through, i feel like a human again",
        "new pen needles for my insulin are so tiny, I barely feel them",
        "does anyone know a good plumber in york? ours moved away",
        "i never got the lesson 3 email, can you resend it",
        "what happens in an aspirin overdose medically, revising for my pharmacology exam",
        "can't stop humming the new jingle, send help",
    ],
)
def test_everyday_news_with_distress_words_gets_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "goodbye everyone, last day at work is friday and then i won't be around anymore",
        "goodbye everyone, last day at my job, after that nothing. sorry for everything",
        "i've set the date. after my c-section i'm done with all of it",
        "quote stuck in my head: 'i'm not afraid to die, i just don't want to be there when it "
        "happens' lol but honestly same",
    ],
)
def test_the_same_shapes_with_risk_keep_their_alarm(text: str) -> None:
    assert assess(text).tier in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "sometimes i wonder if i'll ever feel normal again",
        "we lost the final and i can't cope, i feel hopeless about everything",
        "finished the show and i'm crying every night, it reminded me of my own dad dying",
        "finished the book where the hero dies, and i feel hopeless about my own life every day",
        "burnt out last year and still struggling every day",
        "three years ago i was in a dark place and so grateful i got help, but lately i'm alone "
        "and struggling every day again",
        "scared of heights but did it anyway, still can't stop crying about everything else",
    ],
)
def test_the_same_shapes_with_the_writers_trouble_keep_the_caring_reply(text: str) -> None:
    assert not told_well.quiet(normalise(text))
    assert assess(text).tier is not None


@pytest.mark.parametrize(
    "text",
    [
        "my business plan is ready and im calm",
        "the wedding plan is done and i feel calm now",
        "my birth plan is written and i feel calm about the c-section",
        "revision plan done, weirdly calm before the exam",
    ],
)
def test_a_plan_of_an_everyday_kind_made_with_calm_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my plan is ready and im calm",
        "my plan is ready. i feel calm for the first time",
        "my business plan is ready and i feel calm, nobody will miss me",
        "business plan done. calm. tomorrow i end it",
    ],
)
def test_a_plan_unnamed_or_with_an_end_beside_it_keeps_its_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
