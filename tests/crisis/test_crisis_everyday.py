"""Kinds a blind set found missed the other way, everyday messages that sounded like a crisis: a
death idiom about an exam laughed off, things given away before flying home for the summer, a
crisis overcome told with the life rebuilt since ("now i have papers, a job") or in a named year
of study. Each with the same words said in earnest, which must still get the reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "chemistry midterm on friday, i am going to die 😂 but i studied",
        "presentation in an hour, gonna die lol",
        "selling my bike and desk, flying back home for the summer! bye everyone",
        "anyone want my rice cooker? going home for the holidays, leaving on the 20th",
        "three years ago in the camp i tried to end my life. now i have a job and friends, i am "
        "good now",
        "my flatmate overdosed in first year, she is doing great now and told me about this course",
    ],
)
def test_an_exam_idiom_a_trip_home_or_a_crisis_overcome_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "after the exam i will die, i have the pills ready",
        "giving away all my stuff, told them i am flying home. i am not going home",
        "bye everyone, this is my last message",
        "years ago i tried to end my life and now i want to die again",
    ],
)
def test_the_same_words_said_in_earnest_still_get_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
