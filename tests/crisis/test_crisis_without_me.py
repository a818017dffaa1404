"""Kinds a blind set found missed: risk told as a life without the writer, and goodbyes said
sideways (``crisis/without_me.py``): no way forward "that includes me", the family after,
imagined, "I won't be anywhere", "I'll be dead first, I mean it", going out "my own way", the
course pointless when one won't be here, an announcement asked for "when I go", a goodbye to
the course, affairs in order "just so someone knows", things given away with the why untold, a
rescue regretted, a watch taken off too soon, water that looks inviting, wanting to be with
someone who died, a suicide that "had the right idea", a rope in the car, a gun cleaned and no
longer fired, a will or a decision told with a strange calm. Each read by the rules alone; its
lookalikes (a holiday, a move, a career, a swim, a hunting season, a will for a new baby, a
wedding) stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # no future with the writer in it
        "the waiting list is two years. I can't picture a future that has me in it",
        "honestly I don't see a path where there's me in it",
        # the world after, imagined
        "they'd be sad for a while and then move on, it's not like I matter much",
        "my kids would cry for a week then be fine. he'd remarry",
        "she's two, she won't remember me. that's the kindest thing I could do",
        "my parents would be upset for a bit but they'll move on",
        "the twins are too young, they'll never remember me",
        # an absence told as total
        "court's on friday. I won't be anywhere by then",
        "not coming to work monday or ever again. sorry for everything",
        "I'm not going back to that house, I'd die first. not joking",
        # on one's own terms
        "nobody can help me, I'll go out on my own terms",
        # the course pointless
        "no point finishing these lessons, I won't be around to use any of it",
        # an announcement after
        "when I die can someone tell the discord so they know why I stopped replying",
        # a goodbye to the course
        "hope whoever comes next gets more from this than I did. bye",
        "hope the next cohort get more from it than I did. goodbye",
        # affairs in order
        "passwords are in the blue notebook. just so someone knows",
        # things given away
        "gave my bike to my neighbour's boy. he asked why, couldn't tell him",
        "gave my guitar to my nephew, he kept asking me why",
        "gave away my records to my mate, feels good to have it all squared away",
        # a rescue regretted
        "the bus swerved. part of me was disappointed",
        "the lorry stopped just in time and part of me wishes it hadn't",
        # a watch taken off too soon
        "they took me off constant obs this morning, big mistake",
        "they removed me from suicide watch, they got it wrong",
        # water that looks inviting
        "sat by the river tonight and the water looks so peaceful",
        "standing by the reservoir, the water looks dark and inviting",
        # with someone who died; a suicide envied
        "I want to be with my mum. it's been a year since she passed",
        "just want to be with my dad again, he died in the spring",
        "since my mate jumped I keep thinking he had the right idea",
        # a means in the car; a gun cleaned and never fired
        "hose is in the boot. parked up at the lookout",
        "cleaning the rifle every night. I don't even hunt anymore",
        # a strange calm
        "signed my will this morning and I'm weirdly calm",
        "decided I'm done after christmas. weirdly calm about it",
        # a child better off with another parent
        "honestly the twins would be better off with my sister as their mum",
        "he'd be happier raised by a dad who isn't a mess like me",
        # a sentence that cannot be served
        "sentence review went against me. can't do another 5 years, I won't",
        # a cell's fixture thought about
        "locked in all weekend, I think about the light fitting a lot",
        # the one who talks the writer down, about to go
        "my pad mate talks me down every night and he's being released monday",
        # a supply found, restarted or hidden
        "the nurse found my stash of tablets. I'll just start saving again",
        "she locks the meds away now but she doesn't know about the other bottle",
        "4am feed and I think about the sleeping pills in the drawer every time",
        # waking up regretted
        "wish I hadn't woken up today",
        "woke up disappointed that I'm still here",
        # a course outlived
        "why bother with the quiz if I won't make it to lesson 8",
        # water from a height; children kissed as if for the last time
        "the river looks so calm from the bridge tonight",
        "hugged my son extra tight at bedtime. he'll never know",
        # a supply bought around the limit; a means in the car; a hose measured
        "bought 4 packets of paracetamol from three different chemists today",
        "the pistol is on the passenger seat, parked at the reservoir since dark",
        "checked the hose reaches the exhaust",
        # things given away, everything squared away
        "gave the tools to my neighbour and sold the truck. everything's squared away",
        # in a learner's English
        "my life has no more value, I am tired from all",
        "maybe is better for everyone if I am no more here",
        "everyone would be better off if I disappeared",
        # a cover story
        "giving all my books away, my sister asked why and I told them I'm downsizing",
        # a policy and a means
        "rope's in the shed and the life cover is paid up, the kids will be ok",
        # suicides around one understood; caring stopped whether one wakes
        "two mates from the regiment killed themselves this year. I understand why now",
        "I've stopped caring whether I wake up",
        # a rejection taken as a verdict
        "my mum says I'm dead to her since I came out. maybe she's right",
        "he said he wishes I was dead. might just give him what he wants",
        # a means checked on; a silence excused; a plan rehearsed
        "I keep the tablets in a sock and count them every night",
        "if I ever stop answering, it won't be your fault",
        "most nights I go over it in my head, step by step",
        # logging off for good, the void, staying under
        "think I'm ready to log off permanently. been a ride",
        "the void keeps calling and tonight I kinda want to answer",
        "lying in the bath thinking about staying under",
        # eyes shut at the wheel; a knife kept close
        "crossed the main road with my eyes closed just to see",
        "keep a blade under my mattress, not for burglars",
    ],
)
def test_a_life_without_the_writer_gets_the_check_in(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "I don't see a future that includes him anymore, we broke up",
        "when I leave the company everyone will miss me for a bit then move on",
        "moving abroad next month, they'll cry and then get over it",
        "letting her live with her dad is the kindest thing I can do for her",
        "I won't be anywhere near a laptop this weekend",
        "I'd die before I wear that dress again lol",
        "I'll be dead before I can retire at this rate",
        "I want to go out on my own terms, retiring after this season",
        "what's the point of the gym plan if I won't be here in June, moving to Leeds",
        "when I go on holiday can someone water my plants",
        "when I go can someone lock the office door",
        "spare key is under the mat, just so someone knows",
        "gave my old PlayStation to my cousin since I upgraded",
        "the van braked just in time and I was so relieved",
        "they took me off obs today, I feel ready and safe",
        "at the lake with the kids, the water looks warm enough to swim",
        "I want to be with my boy at the hospital tonight",
        "she quit her job and moved to Spain, she had the right idea",
        "she's too young to remember me, I moved abroad when she was one",
        "by the lake the water looks so calm and inviting, we swam before breakfast",
        "my grandad died last year, I want to be with my gran this christmas",
        "gave my old laptop to my sister, she kept asking why I didn't sell it, I upgraded",
        "rope's in the back of the ute for the cattle, driving round the paddocks for hours",
        "cleaning my rifle every night this week before the season opens",
        "wrote my will after the baby came, weirdly calm now she's provided for",
        "we're done after exams, then the holiday",
        "the kids are better off with their dad for the weekend",
        "she'd be better off with a maths tutor than with my help",
        "can't do another 3 years of this commute, I won't, I'm handing in my notice",
        "I think about the curtain rail a lot, it needs replacing",
        "my wife talks me out of it every time I want a motorbike",
        "mum found my stash of sweets, I'll just start again",
        "he doesn't know about the other stash of chocolate in the cupboard",
        "I think about my meds every time I forget a dose, set a reminder",
        "I wish I hadn't woken up to this news",
        "wish I hadn't woken up so early, the alarm went off at 5",
        "woke up disappointed, it was all a dream",
        "if I won't get to lesson 8 before my holiday, can I pause the course?",
        "if I'm not going to see lesson 6 live, is there a recording?",
        "the sea looked so calm from the cliff walk, great photos",
        "hugged the kids extra tight after the news tonight",
        "bought 3 packs of ibuprofen from different shops, the whole family has flu",
        "the hose fits the exhaust pipe of the vacuum perfectly",
        "gave my sofa to my brother before the move, everything's squared away",
        "my life is not worth much to the tax office apparently",
        "it's better if I'm not here when the plumber comes",
        "everyone would be happier if I went to the party, they said",
        "giving my old clothes away, mum asked why, I'm decluttering before the baby",
        "took out life insurance, the family will be alright; rifle's for hunting season",
        "I count my pills every morning to make sure I took them",
        "if I stop replying it's because my phone died, not your fault",
        "every night I go over it in my head, the speech for my sister's wedding",
        "the critics say the film is dead to them, maybe they're right",
        "logging off twitter for good, the news is too much",
        "logged off permanently from the old work email account",
        "the void is calling, gotta go to bed",
        "I could drive home with my eyes shut, know that road so well",
        "keep a bat under my bed for burglars",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    # the rules' own guards; the classifier may still ask about a few of them
    assert rules(text) not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        # the refusal idiom
        "I'll die before I eat pineapple on pizza, I swear",
        "I'd die before I ever wear crocs, seriously",
        # a graduate's goodbye
        "Finished the course! Hope the next cohort has more time than I did. Bye all!",
        "got my certificate, hope the next group gets more sunshine for the live sessions, bye!",
        # water inviting in the heat
        "walked by the canal, the water looks so inviting in this heat",
        "sat by the lake at lunch, the water looked so inviting in the sunshine",
        # a limit on nappies or wine
        "bought 4 packs of nappies from different shops because of the limit",
        "bought 6 bottles of prosecco from different supermarkets for the party",
        # a joke about a recipe
        "when I die can someone post my sourdough recipe lol",
        "when i die can someone post my lasagne recipe in the group haha",
    ],
)
def test_an_idiom_a_graduate_a_hot_day_a_shopping_limit_or_a_joke_get_no_check_in(
    text: str,
) -> None:
    assert assess(text).tier not in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "Bed 4 came off obs too early, I honestly think it was a mistake",
        "the patient in bed 7 got taken off obs too soon, I think they got it wrong",
    ],
)
def test_someone_else_taken_off_a_watch_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "I'll be dead first, and I mean that literally",
        "I'll die before I go back to that house, I mean it literally",
        "they took me off obs too early, it was a mistake",
        "sat by the river, the water looks so inviting tonight",
        "bought 4 packs of paracetamol from different shops because of the limit",
        "when I go can someone please tell the group",
    ],
)
def test_beside_those_lookalikes_the_writers_own_still_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)
