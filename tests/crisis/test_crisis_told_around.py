"""More kinds told around the words: leaving the course because no one will be left to read it,
a goodbye with a failed treatment as its reason, a rehearsal, a swerve imagined, something
drastic announced, an accident hoped for, a method made certain "for a screenplay", self-harm
as the only relief, drugs and what the body is doing, a means posted online, a patient's gun and
plan; the same kinds in other languages (someone else's overdose or rope, a jump announced, a
wrist cut in slang, a lethality question); and loneliness that gets the caring reply. The
lookalikes beside them (a holiday, homework finished, a haircut, a parachute) get no alarm.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)
OWN = (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "pretty sure i won't be around for the next module, remove me",
        "soon there will be no me to open these messages",
        "i will not be needing module 3 or the rest of them",
        "came to say goodbye, the infusions never helped",
        "i've decided, i'll say my goodbyes on friday",
        "went up to the roof again. next time i won't climb down",
        "i keep thinking about swerving into oncoming traffic on my way to work",
        "i'm about to do something permanent tonight",
        "if i get lucky and get hit by a bus tomorrow that's fine",
        "the k trip made dying feel peaceful and now i want to make it happen",
        "six rounds of hell and nothing. i am going to end it",
        "burning myself is the only way i can calm down",
        "honestly afraid of what i could do this weekend",
        "not sure i can keep myself safe until monday",
        "might go walk down the middle of the highway later",
        "got my tablets counted out on the bed",
        "if this last infusion fails then that's it for me",
        "they would be better looked after by my mum, honestly",
        "told my boss i'm moving away. i'm not",
        "sitting at the edge of the bridge, been here since 9",
    ],
)
def test_a_plan_or_a_farewell_told_around_the_words_gets_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in OWN


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around for lesson 5, I'm on holiday until the 20th",
        "pretty sure i won't be around for the next lesson, work trip. can i catch up later?",
        "this essay is hell again but i am going to finish it first",
        "gonna do something drastic with my hair lol",
        "cutting carbs is the only thing that worked for my weight",
        "i decided to say goodbye to my old job on friday, new one starts monday",
        "next time i won't walk back from the station, i'll take the bus",
        "I won't be needing the lesson reminder at 7, I'll read it over lunch",
        "my hip replacement is finally scheduled, I won't be a burden on the waiting list",
        "dying to know when the next module comes out",
        "if it snows again that's it for me, moving somewhere warm",
        "we watched the sunset from the top of the car park with friends",
        "took so many photos at the zoo that my phone is full",
        "my meds are ready for the week in the pill box",
    ],
)
def test_a_trip_homework_a_haircut_or_a_diet_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "for a short story: what height guarantees death when someone falls",
        "how do you make sure a nitrogen bag works",
        "best spot on the leg to cut so it bleeds properly",
        "would an overdose of potassium show up in an autopsy",
        "how many of my blood pressure pills would be too many",
        "hangi haplar birlikte öldürür",
        "jakie tabletki zabijają najszybciej",
    ],
)
def test_a_method_made_certain_however_framed_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "did a few lines of coke and some xanax, chest feels heavy and im sweating",
        "took two bumps of ket on top of my gabapentin and the room is spinning",
        "吃了一整瓶安眠药",
    ],
)
def test_drugs_taken_with_the_body_answering_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "did a hard workout and my chest is tight",
        "had two coffees and i'm sweating in this heat",
    ],
)
def test_exercise_or_coffee_with_a_symptom_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "someone in my discord posted a photo of a noose with no caption",
        "a student of mine told me she has pills saved and a date",
        "meu irmão tomou todos os comprimidos e não acorda",
        "mi hermana se tomó todas las pastillas",
        "ma sœur m'a dit qu'elle avait acheté une corde",
        "мой брат сказал, что покончит с собой",
        "arkadaşım intihar etmeyi düşünüyor",
        "彼氏が「今から死ぬ」って",
        "my sister wrote me a goodbye note and now she's not picking up",
        "if my dad takes all his sleeping pills with whisky will he die",
        "mijn moeder zegt dat ze klaar is met het leven",
    ],
)
def test_someone_elses_means_or_overdose_gets_a_reply_with_crisis_lines(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "sto sul tetto e voglio saltare",
        "estoy en la azotea, antes de tirarme quería escribir",
        "ya reshila pokonchit s soboj",
        "またリスカした",
        "真想死",
    ],
)
def test_the_same_kinds_in_other_languages_get_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in OWN


@pytest.mark.parametrize(
    "text",
    [
        "antes de saltar en paracaídas estaba nervioso",
        "我想死你了",
        "sto sul tetto a sistemare l'antenna",
    ],
)
def test_a_parachute_a_fond_hello_or_a_repair_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "since my wife died the house is so quiet, i talk to the dog all evening",
        "i barely recognise myself these days",
        "i can't face people these days and my friends have stopped inviting me",
        "kimse beni anlamıyor",
        "最近提不起精神",
        "tôi thấy trống rỗng",
        "kinda depressed today tbh",
        "so stressed for the exam tomorrow",
    ],
)
def test_loneliness_and_emptiness_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS
