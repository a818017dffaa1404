"""Kinds a blind set found missed: affairs wound up, a means looked at or kept back, a place sat
at. A handover that is "more of a final" one; the writer's own will drafted and no need to work
"after"; accounts deleted and "wrapping everything up"; things given away and one kept "for the
last night"; a tidy-up "before the end" as a parent did "before he went"; a lethal drug at work
stared at too long; sitting on a terrace wall with the legs outside; in the sea up to the chest
and "easier than i thought"; the cold water left to "sort it"; a gun cleaned that "settles" the
call; a parent's gun out of the safe while they are at work; guns handed over and one kept back;
a blade kept in a bag and used in the toilets at work; marks hidden under sleeves; "don't worry
about me after today" with peace made; meds run out and waiting for the right moment; not
minding if a pregnancy took the writer with it; the last lesson the writer will read, with a
goodbye; a means bought with a story told at the shop; children better with a parent in a photo
frame. They get the check-in. Their lookalikes (a handover before parental leave, a will drafted
for a client, accounts deleted for a move, books given away at graduation, a dose chart stared at,
mates and a sunset on the wall, a swim, an ice bath, a rifle cleaned for the season, eczema under
sleeves, a ring waiting for its moment, a rope bought for a tent) stay quiet. The sentences here
were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

_ASKED = (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "passed my accounts to the new guy, wrote the docs. it's more like a last handover really",
        "cleared my desk and said bye to the team. call it a final goodbye",
        "finished writing my will on my lunch break. won't have to clock in after",
        "deactivated my facebook and closed the bank account i never use. wrapping it all up",
        "deleted my twitter, cancelled spotify. only the course is left",
        "been giving my clothes away to my cousins. keeping one shirt for the last night",
        "sorting the shed, squaring everything up before the end. like grandad did before he went",
        "night shift again. stared at the insulin in the fridge for way too long",
        "im sitting on the rooftop ledge with my legs over the edge. just wanted someone to know",
        "in the river up to my neck. it's easier than i thought",
        "thinking i could just drift out and let the cold water sort it",
        "bank's calling at nine. loaded the rifle and that settles the call",
        "got my stepdad's rifle out of the cabinet, he's away till sunday",
        "handed my pills to my sister to look after but i've still got a strip she doesn't know of",
        "i keep a razor in my pencil case. used it in the school toilets today",
        "hiding the cuts under long sleeves again. did it twice this week",
        "don't worry about me after tonight. i'm at peace",
        "my psychiatrist retired and my prescription ran out. just waiting for the right time",
        "i wouldn't mind if this illness took me with it",
        "this is the last lesson i will read. goodbye all of you",
        "tell whoever wrote these lessons they were good to me. farewell",
        "bought some charcoal today, told the cashier it was for a barbecue",
        "my boys would do better with a dad on the mantelpiece",
    ],
)
def test_affairs_wound_up_or_a_means_kept_is_asked_about(text: str) -> None:
    assert assess(text).tier in _ASKED


@pytest.mark.parametrize(
    "text",
    [
        "wrote a final handover doc before my parental leave starts",
        "it's more of a final handover, i start my new job on monday",
        "drafting a will for a client, won't need to bill anything after today's meeting",
        "deleted instagram, cancelled the gym as we're moving to spain. wrapping everything up",
        "giving my books away before graduation, keeping one for the last night in halls",
        "tidy up before the end of the day please, the cleaners come at six",
        "stared at the potassium dose chart way too long trying to get the calculation right",
        "sitting on the terrace wall with my legs dangling, watching the sunset with friends",
        "in the sea up to my chest on the morning swim, cold but easier than i thought",
        "cleaned the rifle tonight for roo season, that settles the argument about whose turn",
        "hide the marks under long sleeves, my eczema is bad in summer",
        "don't worry about me after today, the surgery went well and i'm home",
        "bought the ring, just waiting for the right moment now",
        "this is the last lesson i will read before my exam, take care of yourselves",
        "got my dad's rifle out of the safe for the range, he's at work so i'm cleaning it",
        "bought a rope for the tent, told the shop guy it was for camping and he sold me pegs too",
        "bought a rope today for our tent",
        "my kids have a photo of their dad in a frame by the bed",
    ],
)
def test_the_same_words_as_work_or_errands_stay_quiet(text: str) -> None:
    assert assess(text).tier not in _ASKED
