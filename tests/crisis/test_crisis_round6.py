"""Crisis told in the course's terms, by a means at hand, of a parent, in German, Portuguese and
Arabizi, and low moods said in a word: each gets the reply it needs, and the everyday lookalikes
(a course finished, a pile of toys, a diet, a last day at work, a kitchen cut) get none. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # the lessons not needed, this one the last, a message left behind
        "great lesson today. I won't need module 7 though",
        "not gonna be needing lesson 9, thanks for everything",
        "this is my last message here. thank you for the kindness",
        "last lesson for me. thanks for everything",
        "tell my mum it wasn't her fault, she did everything she could",
        "please tell everyone that i tried",
        "tell my kids it was never their fault",
        "tell my wife i tried my best",
        # a height looked at anew and measured
        "lately i keep looking at the bridge differently when i walk home",
        "i'm on the 9th floor and i keep calculating the drop in my head",
        # a means lying ready
        "40 of my sleeping pills spread out on the bed. i keep counting them",
        "all of my oxy lined up next to a glass of water",
        "my pills are in a neat row on the table, all of them",
        # a lethal amount asked for a story
        "my story ends with the character dying of an overdose. how much of it would he need?",
        "asking for me, how high does a bridge have to be",
        "how many of my pills would it take? asking for myself",
        # German self-harm and a last day
        "ich ritz mich seit wochen wieder",
        "hab mich heute wieder geritzt, es hört nicht auf",
        "morgen ist mein letzter tag. danke für alles",
        # Arabizi
        "ana ta3bana w bafakar fel ente7ar",
        "3ayez a2tel nafsi",
        "mesh 2ader, ante7ar a7san",
        "msh 3ayza a3ish khalas",
        "ab morgen bin ich nicht mehr da",
        "morgen bin ich für immer weg",
    ],
)
def test_own_crisis_told_without_the_words_gets_a_risk_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "if i'm not gonna be around for lesson 20 why bother",
        "if i stop replying, that's why. i'm exhausted and i've decided",
        "el 7aya malhash lazma",
        "mesh 2adra akammel",
        "what if i just didn't steer on the motorway bend tomorrow",
        "what if i just stopped steering on the motorway",
        "what if i drove into the river tonight",
        "if the quiz goes unanswered tomorrow, you'll know why",
    ],
)
def test_a_decision_hinted_at_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "my dad says he will stop taking his insulin so he can die",
        "my grandmother told us she'll stop eating until she dies",
        "my sister is unresponsive after mixing pills and vodka",
        "my friend passed out after taking benzos, his lips are turning blue",
        "my brother mixed ketamine with alcohol and now he is snoring weirdly and won't respond",
        "meu irmão desmaiou depois de misturar ketamina e álcool",
        "minha amiga está desacordada depois de tomar remédios com bebida",
        "mein bruder ist nach ketamin und alkohol bewusstlos",
        "meine freundin atmet kaum, sie hat tabletten mit alkohol gemischt",
        "Meu pai disse que não aguenta mais viver",
        "minha amiga falou que vai se matar hoje",
    ],
)
def test_someone_elses_crisis_gets_the_helper_or_crisis_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "i'm fine, i'm fine. i am not fine",
        "sad asf tonight",
        "so sad today",
        "sad",
        "mir geht es heute so schlecht",
        "mir gehts beschissen, es wird mir alles zu viel",
        "ana ta3bana gedan",
    ],
)
def test_low_moods_in_a_word_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "This is my last lesson, right?",
        "this is my final lesson of the week!",
        "this is my last lesson before the holidays",
        "looking at the balcony differently since we painted it",
        "30 of my lego in a pile on the floor",
        "all of my pills lined up in the organiser as prescribed",
        "how much of each would she need for the cake recipe",
        "i am not fine with that plan",
        "what if i didnt brake on the highway, my driving instructor asked",
        "I stopped eating sugar so I can lose weight",
        "tell her I tried calling",
        "the last lesson for me was the best one",
        "how high is the bridge, asking for myself since i am painting it",
        "my mum was asking for me, how much is the rent",
        "what if i drove into the river in gta",
        "my pills are in a row in the dosette as prescribed",
        "if the quiz goes unanswered, is that ok?",
        "my brother passed out after a long shift",
        "my dad won't respond to my texts after drinking",
        "meu irmão desmaiou depois de correr no calor",
        "er ist nach dem sport bewusstlos umgefallen",
        "tell my kids it was never their fault we lost the game",
        "what if i stopped braking at the bend, asking for my physics homework",
        "Morgen ist mein letzter Tag im Büro",
        "morgen ist mein letzter tag, dann urlaub",
        "ich schneide mich beim Kochen ständig",
        "es ist zu viel arbeit heute",
        "el ente7ar haram?",
        "mesh 3ayez a3eesh fe masr",
        "mesh 3ayza a3ish ma3ahom",
        "mesh 2ader ageelak bokra",
        "ab morgen bin ich weg, urlaub!",
        "morgen bin ich nicht mehr da, bin auf dienstreise",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
