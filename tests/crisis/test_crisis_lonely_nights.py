"""Kinds a blind set found missed: distress with no word of an end, homesick and sleepless
(Punjabi), crying with nobody to talk to (Hindi), lonely since a death (Tamil, Japanese), a
carer who cannot hold on (Chinese), a panic attack now (Greek), and no place left in this world
(Arabic) (``crisis/lexicons/lonely_nights.py``); a parent who says he has lived enough or left a
letter asking to be forgiven (Chinese, Tamil; ``said_they_would.py``). Their lookalikes (a trip
home planned, a phone battery, a panic attack last year, a series not finished, a letter to the
bank, a meal had enough of) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "ਪਿੰਡ ਦੀ ਯਾਦ ਆਉਂਦੀ ਹੈ ਤੇ ਰਾਤ ਨੂੰ ਰੋਣਾ ਆ ਜਾਂਦਾ",
        "ਰਾਤ ਨੂੰ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ, ਸੱਚੀਂ ਥੱਕ ਗਈ ਹਾਂ",
        "रात को फिर रोना आया, घर में अकेली हूँ",
        "यहाँ कोई भी बात करने वाला नहीं है",
        "அம்மா இறந்த பிறகு தூக்கம் வரலை",
        "母が亡くなって半年、毎晩涙が止まらない",
        "带孩子又上班，我实在快撑不住了",
        "με έπιασε κρίση πανικού πάλι και τρέμω",
    ],
)
def test_distress_gets_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ما في مكان الي بهالدنيا",
        "تعبت من كل شي، ما رح اكمل",
    ],
)
def test_no_place_left_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "我妈说她活够了，不想再治疗了",
        "என் மகன் ஒரு கடிதம் எழுதினான், என்னை மன்னித்துவிடு என்று",
    ],
)
def test_a_parent_or_child_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ਘਰ ਦੀ ਯਾਦ ਆਉਂਦੀ ਹੈ ਪਰ ਅਗਲੇ ਮਹੀਨੇ ਜਾ ਰਿਹਾ ਹਾਂ",
        "手机电量快撑不住了",
        "πέρσι είχα κρίση πανικού πριν τις εξετάσεις",
        "ما راح اكمل المسلسل هذا",
        "妻が亡くなって五年になります",
        "我爸说他吃够了，不要再给他夹菜了",
        "அப்பா கடிதம் எழுதினார் வங்கிக்கு",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
