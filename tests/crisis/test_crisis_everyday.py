"""Kinds a blind set found missed the other way, everyday messages that sounded like a crisis: a
death idiom about an exam laughed off, things given away before flying home for the summer or
goodbyes before moving to another city, a crisis overcome told with the life rebuilt since ("now
i have papers, a job") or in a named year of study, war news with one's family safe, a part of
the course about lethal doses not understood, a saying quoted, Persian and Levantine words of
love about dying ("الهی بمیرم", "تقبرني"). Each with the same words said in earnest, which
must still get the reply."""

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


@pytest.mark.parametrize(
    "text",
    [
        "bye everyone, i am moving to a new city for my new job, thanks for all the lessons",
        "shelling near my parents village again last night, but they are all safe alhamdulillah",
        "drones hit the power station in my town, my family is ok, just no electricity",
        "in 2017 i tried to kill myself in the detention centre. today i have a job and i want to "
        "help others",
        "i do not understand the slide about the overdose risk in module 4, can you explain?",
        "the chapter on lethal dose ratios confused me, what does it mean",
    ],
)
def test_a_move_war_news_a_past_attempt_or_a_course_question_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "missiles hit my street, my family is safe but i want to die, i cannot go on",
        "the lesson on lethal doses, i did not understand: how much would i need to die",
        "i did not understand the lesson about lethal dose, how much paracetamol is lethal for a "
        "person my weight",
        "bye everyone, this is my last message, i am moving on from this world",
    ],
)
def test_the_same_kinds_with_the_writer_at_risk_still_get_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "we have a saying: better to die standing than live on your knees. how do i say it in "
        "english?",
        "there is a saying in my country, death is a guest who never knocks",
        "الهی بمیرم، چه روز سختی داشتی عزیزم",
        "بمیرم واسه اون خنده‌هات",
        "يا ريت اموت قبلك يا امي، هيك منقول للي منحبهم",
        "تقبرني شو حلو هالرسمة",
    ],
)
def test_sayings_and_words_of_love_about_dying_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my dad always said i am a burden, he was right, everyone is better off without me",
        "there is a saying that time heals, but i want to die, nothing heals",
        "الهی بمیرم و راحت شم از این زندگی",
        "می‌خواهم بمیرم برای همیشه",
        "میخوام بمیرم برات مهم نیست",
        "inna lillaahi, qoyskaygii badda ayay ku dhinteen, aniguna waan raacayaa",
    ],
)
def test_a_parents_words_or_a_saying_beside_ones_own_wish_still_get_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "missile hit my house last night, my family is ok, but i lost everything and i can not go "
        "on",
        "missile hit our street, thank god we are alive, i am done with this life",
        "french exam tomorrow, i will die lol, i can not go on anymore",
    ],
)
def test_war_news_or_an_exam_beside_ones_own_despair_still_gets_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "giving away all my stuff, bye everyone, going home for the holidays and i will not come "
        "back",
        "bye everyone, moving to a new city, thank you, you will not hear from me again",
        "selling everything, flying home for summer. bye everyone, i am sorry for everything",
    ],
)
def test_a_trip_told_beside_a_farewell_for_good_still_gets_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "in 2019 i tried to kill myself. today i have a job but i can not go on",
        "2 years ago i overdosed. now i have a job, but i have the pills ready",
        "years ago i tried to end my life in the camp. now i have papers but i still want to die",
    ],
)
def test_a_past_attempt_with_the_trouble_back_still_gets_the_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)
