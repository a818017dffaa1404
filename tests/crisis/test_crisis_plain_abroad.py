"""Kinds a blind set found missed: an overdose just taken in spoken German and Hinglish and a
farm pesticide drunk in Hindi (``crisis/lexicons/whole_pack_now.py``); how many sleeping pills
it takes asked in the general "you" or as "enough" (Turkish, Chinese, Swahili) and the surest
painless method (Romanian) (``how_many_kill.py``); cuts in the arms told with a word between
(Dutch, Turkish) (``cut_again.py``); not wanting tomorrow's morning (Greek, Japanese) and not
wanting to live (Punjabi) (``no_morning.py``). Their lookalikes (a pack bought or eaten, pills
a day, a cut while cooking, an early alarm, a city one does not want to live in) stay quiet.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "hab eben nen ganzen blister schlaftabletten geschluckt",
        "grad ne komplette schachtel paracetamol eingeworfen, mir ist schwindelig",
        "pura patta dard ki goliyan kha liya abhi",
        "maine poori strip neend ki tablets kha li, ghar pe koi nahi",
        "मैंने आज घर में रखी कीटनाशक दवा पी ली",
        "kaç tane parol yutarsan ölürsün",
        "安眠药一次吃多少颗会死",
        "vidonge ngapi vya panadol vinaua mtu?",
        "care e cea mai rapidă metodă să nu mai simt nimic",
        "heb gisteren weer op mijn polsen gekrast",
        "kendime tekrar zarar veriyorum, kimse bilmiyor",
        "δεν θέλω να ξυπνήσω ξανά",
        "明日の朝が来なければいいのに",
        "ਮੈਂ ਹੋਰ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ",
    ],
)
def test_said_plainly_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "hab ne ganze packung kaugummi gekauft",
        "poora patta khatam ho gaya, naya lena hai",
        "kaç tane hap içmem gerekiyor günde",
        "安眠药吃多少片才够睡着？失眠好几天了",
        "一天吃多少片维生素才够",
        "Ni vidonge vingapi kwa siku daktari alisema?",
        "care e cea mai sigură metodă să înveți engleză?",
        "heb in mijn vinger gesneden bij het koken",
        "heb per ongeluk in m'n arm gesneden met papier",
        "δεν θέλω να ξυπνήσω αύριο νωρίς",
        "朝が来るのが早すぎる",
        "ਮੈਂ ਇਸ ਸ਼ਹਿਰ ਵਿੱਚ ਨਹੀਂ ਰਹਿਣਾ ਚਾਹੁੰਦਾ",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
