"""Kinds found alarmed by everyday words: too much coffee (or too many notes) with shaking hands
read as an overdose, two beauty treatments compared for the pain read as a method asked,
"done with life admin" read as hopelessness, and "done trying to live on ramen" read as an end.
The same words with real risk keep their reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "drank way more coffee than i should, hands shaking",
        "had 4 espressos before the exam and now my hands are shaking",
        "downed two energy drinks for the night shift, bit shaky and my heart is pounding lol",
        "i took way more notes than i should in that lecture, hand shaking lol",
        "which is more painless, waxing or threading",
        "laser or shaving, which hurts less?",
        "what's less painful, a tattoo or a piercing",
    ],
)
def test_everyday_jitters_and_beauty_questions_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER), text


@pytest.mark.parametrize(
    "text",
    [
        "done with life admin for today, time for tea",
        "done trying to live on ramen, i'm cooking proper meals now",
        "done trying to live in this tiny flat, moving next month",
    ],
)
def test_life_admin_and_living_on_ramen_are_no_end(text: str) -> None:
    assert assess(text).tier != CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "drank way more than i should with my pills, hands shaking",
        "took 20 caffeine pills and my heart is racing",
        "took way more of my meds than i should, hands shaking",
        "which is more painless, pills or hanging",
        "which is less painful, cutting or pills",
        "done with life. nothing left",
        "im done trying to live",
        "i am done trying to live on this earth",
        "done trying to live in this world",
    ],
)
def test_the_same_words_with_real_risk_keep_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text
