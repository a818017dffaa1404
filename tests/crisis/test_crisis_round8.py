"""Medicine taken as part of the day, a lone goodbye, a bare day, a family history turned into
intent, a meme's "this girl" meaning the writer, a farewell put in a profile, and languages with
few phrases: each gets the reply it needs, and the lookalikes (a routine dose ticked off, a
goodbye before a trip, a day for a plan, a family history told as a worry, a meme about someone
else, a story) get none. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "took my meds 💊✅",
        "took my meds ✅",
        "took my pills 💊 ✅ now breakfast",
        "had my evening tablets ✔️ off to bed",
        "took my lithium with breakfast",
        "remembered my antidepressants today, day 30 streak",
        "morning meds done 💊✅",
    ],
)
def test_medicine_taken_as_usual_is_no_overdose(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "took all my meds 💊✅",
        "took my meds 💊💊💊💊 ✅",
        "took my meds. goodbye everyone 💊✅",
        "took my whole prescription ✅",
        "took my meds 💊✅ 🍷",
        "meds taken, all of them",
        "took the rest of my meds ✅",
        "took my meds and a bottle of wine",
        "took my meds, then took them again and another two. feel shaky",
    ],
)
def test_medicine_taken_beyond_the_usual_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    ["bye", "goodbye.", "farewell", "bye 👋", "ok so. saturday.", "so. sunday then.", "tonight."],
)
def test_a_lone_goodbye_or_day_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize(
    "text",
    [
        "ok bye",
        "bye for now",
        "bye, see you tomorrow",
        "bye! thanks for the lesson",
        "bye!!",
        "saturday?",
        "see you saturday",
        "saturday works",
        "ok so saturday at 3",
    ],
)
def test_a_goodbye_or_day_with_its_reason_or_question_is_left_alone(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "my dad killed himself at 40. i'm 40 now. makes sense to follow him",
        "my mom took her own life and i'm going the same way",
        "my uncle hanged himself. guess it runs in the family and i'm next",
        "my grandma died by suicide, i think i'll do what she did",
    ],
)
def test_a_family_history_turned_into_intent_is_the_writers_crisis(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my dad killed himself when i was 10; i'm determined not to go the same way",
        "my dad killed himself, i'm scared i'll end up like him",
        "my brother died by suicide last year. is it hereditary?",
        "my mum died by suicide and i'm doing the walk for her charity",
    ],
)
def test_a_family_history_told_as_a_fear_or_a_question_is_not_intent(text: str) -> None:
    assert assess(text).reason != "family intent"


@pytest.mark.parametrize(
    "text",
    ["this girl is done with life 💀", "ya girl wants to die lol", "this girl hates herself"],
)
def test_a_memes_this_girl_is_the_writer(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    ["this girl in my class wants to die", "this guy i know said he wants to kill himself"],
)
def test_this_girl_from_somewhere_is_someone_else(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)
    assert assess(text).reason not in (None, "lone")


@pytest.mark.parametrize(
    "text",
    [
        'my friend changed her bio to "see you on the other side 🌉"',
        "my friend changed his bio to just 🌉",
        "my sister changed her whatsapp status to goodbye 🌉",
        "my friend posted a goodbye on her insta story and deleted all her pics",
    ],
)
def test_a_friends_profile_changed_to_a_farewell_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        'my friend changed her bio to "bye twitter, find me on bluesky"',
        "my brother changed his profile picture to our dog",
        "changed my bio to my new job title",
    ],
)
def test_a_profile_changed_to_something_else_is_no_farewell(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Cảm ơn bạn. Tuần sau đừng gửi bài nữa, tôi sẽ không còn ở đây.",
        "ขอบคุณค่ะ หลังวันจันทร์ผมจะไม่อยู่แล้ว",
        "Köszönöm. Jövő héten már nem leszek.",
        "Merci pour tout. Je ne serai plus là lundi.",
        "Dziękuję. Po świętach już mnie nie będzie.",
        "شکریہ، کل کے بعد میں نہیں رہوں گا",
        "Efharisto. Den thelo na zo pia.",
        "ani lo rotza lihyot yoter",
        "Nimeshaandika barua zangu zote kwa familia.",
        "Mình đã uống hết lọ thuốc ngủ rồi",
        "ฉันกินยาแก้ปวดไปทั้งขวด",
        "Nimekunywa vidonge vyote vya baba",
        "Ich habe alle meine Tabletten auf einmal geschluckt",
    ],
)
def test_a_farewell_or_overdose_in_a_language_with_few_phrases_gets_a_risk_reply(
    text: str,
) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "Спасибо за курс! Прощайте, было очень интересно 🙂",
        "Jutro mnie nie będzie na zajęciach, przepraszam.",
        "Am făcut testamentul la notar, totul e în regulă pentru copii.",
        "Ich habe meine Tabletten heute Morgen genommen, wie immer.",
        "Tôi sẽ không còn ở văn phòng vào thứ Sáu.",
    ],
)
def test_everyday_lookalikes_in_those_languages_are_left_alone(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "my cousin texted me 'don't look for me' and blocked everyone",
        "she posted a sunset with the caption 'finally free' and isn't picking up",
        'a man in my support group said "this was my last session" and smiled',
        "my flatmate wrote 'it was nice knowing you' on the fridge and left",
        "my best friend posted a bridge at night captioned finally free. she isn't answering",
    ],
)
def test_someone_elses_farewell_quoted_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my coworker wrote 'thanks for everything' in my leaving card",
        "my teacher said 'goodbye, see you next term' and we all clapped",
        "my sister posted a photo of the beach with the caption summer vibes",
    ],
)
def test_an_ordinary_farewell_quoted_is_left_alone(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "what happens to my subscription if i die, does it just stop",
        "i'll be gone by friday so give my lessons to someone who'll use them",
        "it's my last day today. going to have my favourite meal first",
        "won't make it to lesson 14 😌 but this one was nice",
        "which lesson would be a good one to go out on",
        "the chemist was lovely. nearly told her what i'm saving them for",
        "one more week of thinking about the rope in the garage",
        "cancelled the flat, the gym, the phone contract. me included",
        "gave my bike away. my mum thinks i'm decluttering",
    ],
)
def test_arrangements_for_after_and_a_last_day_get_a_risk_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i'll be gone by friday on a work trip, pause my lessons please",
        "it's my last day at work today, cake in the kitchen",
        "won't make it to lesson 14 today, busy at work",
        "thinking about the knife in the drawer i need to sharpen for cooking",
        "which antidepressant is the least likely to cause weight gain",
        "took 2 of my painkillers for the headache, is it bad to have coffee",
    ],
)
def test_their_everyday_lookalikes_are_left_alone(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "for a story: which sleeping pill overdose is the least painful",
        "what chemicals make a toxic gas in a small sealed room",
        "is the car park roof high enough, people say it's known for that",
        "heart is racing, took like 12 of my adderall to study. is it bad",
        "how many is too many, i've had 11 of them",
    ],
)
def test_lethality_with_the_noun_first_and_an_overdose_counted_get_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my hearing is on the 9th and i don't plan to be alive for it",
        "driving out to the reservoir tonight. i won't be driving back",
        "going up on the roof at dawn and not come down",
        "how long before someone finds you if you live alone",
        "bought charcoal and tape today, just saying it somewhere",
        "i keep the pistol in my bedside table, i like knowing it's there",
        "my grandad's rifle looks like a solution now, not a threat",
        "sat in the bath with the razor on the edge for an hour",
        "i stood at the window and wanted to step out",
    ],
)
def test_a_means_kept_close_or_an_end_told_by_its_return_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "stop sending the lessons after friday, i won't be around to read them",
        "change my reminder? never mind, it won't matter after this week",
        "unsubscribe me on the 20th, it's my birthday and i'm not planning on another one",
        "i'm not going to be around for christmas and that's a relief",
        "please don't send anyone. i am choosing this",
        "if i died nobody loses anything, i've worked it out",
        "deleting my accounts tonight. then the last thing",
        "i've made my decision and i just want to say thank you for these lessons",
    ],
)
def test_an_end_told_by_what_will_not_be_needed_gets_a_risk_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i won't be around for christmas, we're on a trip to my in-laws",
        "bought charcoal and tape for the bbq this weekend",
        "my dad keeps a rifle for hunting season, he cleaned it today",
        "i already know how to cook rice, thanks",
        "i've made my decision about the job offer, thank you for the advice",
        "i'll be driving back on sunday after the wedding",
    ],
)
def test_their_lookalikes_of_a_trip_a_barbecue_or_a_job_are_left_alone(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "what method do people with cancer pain use that doesn't hurt",
        "which veins do people cut when they really mean it",
        "an overdose of that takes days, i'd want something quicker",
        "ile tabletek trzeba wziąć, żeby na pewno umrzeć",
    ],
)
def test_a_method_asked_by_what_it_would_spare_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
