"""A height asked "enough to be sure", an overdose told in a few words (what was left shot up
with the lips going numb, dozens of a medicine downed with drink or told as already done), and
pills taken in a heap in Georgian or in Russian written in Latin letters get the full reply; the
same said of a brother in Georgian gets the helpers' reply. Floors enough for a lift, a monthly
prescription, prices that shot up, one pill for a headache and a pack of juice stay quiet.
"""

import pytest

from crisis import assess

CRISIS = [
    "would 15 storeys be high enough to be certain, asking for real",
    "are 20 metres enough or does it need more to die",
    "i shot up all of it, everything i had left. cant keep my eyes open now",
    "injected the rest of the bag an hour ago and my breathing feels slow",
    "30 of my lorazepam with half a bottle of vodka. goodnight",
    "just did it. 50 of the tramadol. no going back",
    "მთელი კოლოფი წამალი გადავყლაპე ათი წუთის წინ",
    "vypila vse tabletki iz aptechki, golova kruzhitsya",
]
QUIET = [
    "is 8 floors enough for a lift in the new block?",
    "pharmacy gave me 30 of the sertraline for the month",
    "petrol prices shot up all week and i am so sleepy from the night shifts",
    "ერთი აბი დავლიე თავის ტკივილზე",
    "vypil vsyu pachku soka za obedom",
    "ate what was left of the cake and now im so sleepy lol",
]


@pytest.mark.parametrize("text", CRISIS)
def test_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == "crisis"


def test_a_brother_in_georgian_gets_the_helpers_reply() -> None:
    assert assess("ჩემმა დამ ყველა აბი დალია და არ მპასუხობს").tier == "helper"


@pytest.mark.parametrize("text", QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
