"""Kinds a blind set found missed: preparations told by what is done in an ordinary week. Whether
life insurance pays out if the death is "my own doing", or the payout they would get beside
being a burden; tools or gear handed on under the story of
retiring at 41; one's affairs sorted with the will done and the dog and the bike assigned; a hose
and tape bought while "the wife thinks it's for the garden"; boots and a wedding ring left behind
with the river a short walk away; one's antidepressants stopped and every one kept, with a day
for the plan; the same script filled at two pharmacies so nobody counts. They get the check-in
(the script, the full reply). Their lookalikes (insurance for a mortgage, a car, a boiler or a
premium, someone else dying of an illness, a relative's claim refused, retiring at 65 or from a
sport, a will after a baby or before an operation, a hose for the garden, a ring left before a
swim, leftovers taken back to the chemist, a script filled twice because the first shop ran out)
stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # a policy asked about a death of one's own doing
        "anyone know if life insurance still pays out if its ruled my own doing? asking cause my "
        "wife would get the house clear",
        "does my life insurance still pay out if it's my own doing? the kids would be sorted",
        "would the policy cover it if it was ruled self inflicted. asking for my family's sake",
        "does the super pay out to my kids if it's suicide",
        "my kids deserve a dad who isn't a burden. they'd get the payout",
        "she'd be better off, and she would get the life insurance",
        # things handed on under the story of retiring young
        "handed my tools over to the young fella at work, said im retiring. im 38",
        "gave away my guitar and my records, told everyone im retiring early lol. 33 years old",
        "giving all my gear to my nephew, told the boss i'm retiring at 44",
        # affairs sorted, things assigned one by one
        "sorting out my affairs this week. don't worry about me",
        "wills done. ute goes to my brother, tools to my mate",
        "just getting my affairs in order. will is done, cat goes to my sister",
        # a means bought, and the family told a story
        "picked up some rope and charcoal, the missus thinks it's for the camping trip",
        "got a length of hose at bunnings, my son thinks its for the car wash",
        "ordered some helium online, flatmate thinks its for balloons",
        "bought charcoal and tape, wife thinks we're having a bbq",
        # things always worn left behind, water or a height a short walk away
        "left my watch and my wallet on the kitchen table. the bridge is 5 min away",
        "left my wedding ring and my phone on the bed. the cliffs are a 10 minute walk",
        "left my keys and my ring on the table. the quarry's just up the road",
        # medicine stopped and kept, with a day
        "came off my sertraline last month and kept every single one. plan is friday",
        "stopped taking my sleeping pills and saved all of them, doing it on sunday",
        "stopped my sertraline, saved the lot. sunday",
    ],
)
def test_preparations_told_by_errands_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "got my prescription from two different doctors so no one notices how many i have",
        "filling my scripts at three different chemists so nobody twigs",
        "got my doctor and the walk in clinic both prescribing me zopiclone, they dont know about "
        "each other",
        "been getting my repeat from two chemists so it doesnt show up",
        "ive been getting my sleeping pills from two different gps so nobody adds them up",
    ],
)
def test_a_script_filled_twice_over_in_secret_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "does life insurance pay out on the mortgage if one of us dies?",
        "is suicide covered by life insurance policies? it's for my essay on the course",
        "does travel insurance cover it if i break my leg skiing",
        "what does my car insurance cover if i crash it myself",
        "does our home insurance cover it if the boiler floods the kitchen",
        "will the life insurance pay out if my husband dies of covid",
        "is life insurance worth it at 30 with no kids",
        "if the flight is cancelled they'd get the payout from the travel insurance",
        "my uncle's life insurance didn't pay out because it was ruled suicide, is that even legal",
        "gave my tools to my apprentice today, retiring at 65 finally",
        "handed my gear to the under 12s, retiring from football at 34",
        "sold the business, gave my tools to the lads, retiring at 45 on the savings",
        "getting my affairs in order before the surgery next week, will is done, dog goes to my "
        "brother",
        "will's done since the baby was born, house goes to the kids",
        "bought a hose and duct tape for the garden today, the tap leaks",
        "bought a rope, the kids think it's for a swing but it's a surprise treehouse",
        "left my boots by the door and walked to the river for a swim",
        "left my wedding ring on the dresser before the gym",
        "left my phone at home, the river walk is 10 min and i wanted photos",
        "left my keys on the table and the pub by the river is 10 min walk, can you let me in",
        "stopped my antidepressants with my gp's help, took the leftovers back to the chemist",
        "came off my sertraline and kept every one in case i need to restart, plan is to see "
        "the gp friday",
        "filled my prescription at two different pharmacies because the first one ran out",
        "filled my script at two pharmacies because neither had enough stock, annoying",
        "got my meds from two different pharmacies this month because of the strike, nobody had "
        "stock",
        "stopped my sertraline with my doctor, took the lot back to the pharmacy on sunday",
        "got two doctors prescribing me things, they know about each other, its fine",
        "does my life insurance pay out if the death is ruled suicide in the first year? asking "
        "for the policy review at work",
        "bought a hose and tape for the washing machine, the plumber thinks it's for the sink",
        "left my wallet and my phone at the pub, the river's 5 min walk from there, can someone "
        "check",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "is life insurance worth it when everyone would be better off if i was gone",
        "my dad's life insurance was ruled suicide and refused, i want to join him",
        "does my car insurance pay out if i crash it on purpose, asking for me",
        "thinking of making it look like a crash on the motorway so the kids still get the "
        "insurance",
        "checked the life insurance again, the waiting period ran out in june. sleeping in the "
        "car most nights now",
    ],
)
def test_insurance_beside_an_end_of_ones_own_keeps_its_reply(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)
