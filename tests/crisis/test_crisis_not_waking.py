"""Kinds a blind set found missed: not waking up, a heart hoped to stop in the night, falling
asleep to join the dead, no reason left to be alive, tired of living, the family better off
without one, and a burden to the children, in the languages older writers and carers use; and
the amount asked "to end it in sleep" or never to wake; a parent or grandparent tired of living.
Their everyday lookalikes stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

CRISIS_REPLY = (
    "बस यही सोचती हूं कि एक रात सो जाऊं और फिर न उठूं",
    "dil karta hai so jaun aur subah na uthu",
    "والله ما ابغى اصحى بكره، تعبت",
    "ما بدي اصحى الصبح",
    "Depuis que Jacques est parti, je n'ai plus envie de me réveiller.",
    "Je prie pour que mon cœur s'arrête cette nuit.",
    "Vorrei morire e raggiungerlo, mi manca troppo.",
    "voglio solo raggiungerla in cielo",
    "quisiera dormirme y estar con él para siempre",
    "queria dormir e ir encontrar ela no céu",
    "Ko si idi ti mo fi tun wa laye mo",
    "ngikhathele yimpilo, angisafuni ukuphila",
    "ndidiniwe kukuphila",
    "ngifuna ukufa, angisakwazi",
    "m-am săturat să mai trăiesc",
    "my kinders sal beter af wees sonder my",
    "quem dera que o meu coração parasse hoje à noite",
    "ich hoffe, mein Herz bleibt heute Nacht einfach stehen",
    "mình chỉ muốn ngủ rồi không bao giờ tỉnh dậy nữa",
    "真想一睡不醒",
    "mo fe sun ki n ma ji mo",
)
FOR_SOMEONE = (
    "bibi yangu anasema amechoka kuishi",
    "ugogo uthi ukhathele yimpilo",
    "my ouma sê sy is moeg om te lewe",
    "bunica zice că s-a săturat de viață",
)
METHOD = (
    "नींद में ही सब खत्म हो जाए, ऐसी कौन सी दवा है?",
    "aisi koi goli batao jisse neend mein hi sab khatam ho jaye",
    "hoeveel slaappille sou nodig wees om nooit weer wakker te word nie",
    "¿cuál es la forma más rápida y sin dolor? ya no puedo más",
    "qual é o jeito mais rápido e sem dor, não aguento mais",
)
CHECK_IN = (
    "अब मैं अपने बेटे पर बोझ नहीं बनना चाहता",
    "main sab pe bojh hoon ab",
    "我不想再拖累儿女了",
    "sitaki kuwa mzigo kwa wanangu tena",
    "не хочу быть обузой для семьи",
    "ich will niemandem mehr zur Last fallen",
    "não quero ser um peso para a minha filha",
    "çocuklarıma yük olmak istemiyorum artık",
)
QUIET = (
    "ما ابغى اصحى بدري بكره، عندي اجازه",
    "je n'ai plus envie de me lever tôt le samedi",
    "j'espère que mon cœur va tenir pendant le marathon",
    "vorrei raggiungerla a Milano la settimana prossima",
    "voglio andarmene e raggiungerla domani in treno",
    "mi o ri idi kankan lati lo si oja loni",
    "ngikhathele umsebenzi namuhla",
    "ek is beter af sonder my ou kar",
    "hoeveel pille moet ek vir griep drink",
    "¿cuál es lo más rápido y que no duela para depilarse?",
    "bachon par bojh nahi banna chahta isliye naukri dhoondh raha hoon",
    "mera beta kehta hai main so jaun aur subah jaldi uthu",
    "tomara que meu coração aguente a maratona",
    "sitaki kuwa mzigo kwenye safari, nitabeba begi dogo",
    "m-am săturat de ploaie",
    "s-a săturat de viața la oraș, se mută la țară",
)


@pytest.mark.parametrize("text", CRISIS_REPLY)
def test_not_waking_and_joining_the_dead_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", FOR_SOMEONE)
def test_a_parent_tired_of_living_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", METHOD)
def test_an_end_in_sleep_asked_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_IN)
def test_a_burden_to_the_children_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
