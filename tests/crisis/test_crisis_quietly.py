"""Kinds told quietly, as people text a crisis line at night (``crisis/quietly.py`` and the
``quiet`` lexicon): each read by the rules alone, in wordings of its kind, and its everyday
lookalikes kept quiet by the whole detector."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # a medicine's bottle emptied, with the body or the hour
        "emptied the whole bottle of nortriptyline an hour ago, my chest feels weird",
        "I emptied a pack of my sleeping pills tonight and everything is spinning",
        # esketamine or ketamine mixed with drink or opioids
        "mixed my esketamine dose with half a bottle of vodka, can't feel my legs",
        "so I mixed my ketamine session with some tramadol and a few shots",
        # an overdose told as a farewell
        "did it. the tablets are in. thank you for everything",
        "the pills are down now. sorry to everyone, love you",
    ],
)
def test_an_overdose_told_in_passing_gets_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        # a supply built in secret
        "been holding back my meds for weeks to build up enough",
        "saving my tablets instead of taking them to stash them",
        "the stockpile is large enough now, months of skipped pills",
        # slang
        "suicide o clock again",
        "sewerslide mode tonight",
    ],
)
def test_a_supply_built_or_slang_gets_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        # things given away
        "gave my camera to my cousin and my bike to my neighbour. felt right, clearing it all",
        "giving away my books and plants, I won't need them",
        # a place named by its details
        "sitting on the ledge. 9 floors down",
        "waiting on the platform, the express does not stop here",
        # a room for one night
        "booked for one night, that's all I'll ever need",
        # messages scheduled with a freedom after
        "scheduled all my texts for Sunday, then I'll be gone",
        # a will in a hurry
        "signed my will at the kitchen table today, no one asked me why",
        # loose ends
        "cancelled my gym, my phone, my bank cards. tying up loose ends",
        # a thank-you that closes one's last weeks
        "thanks, these lessons were the end of my final days",
        # the lessons stopped with nothing to explain
        "please stop my lessons from Monday. no need to know why",
        # testing the water
        "if someone died would the bot keep their account going",
        # the only reason, gone
        "my nan passed, she was the only reason i was still alive",
        "lost my job and my wife left. nothing keeping me",
        # no future with oneself in it, a going that is a formality
        "honestly I cannot imagine a future where I'm still around",
        "I'm hardly here any more. dying would just be a formality",
    ],
)
def test_a_plan_shown_by_what_is_done_gets_a_check_in(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my brother is on ketamine, he bought a hose 'for the car', he doesn't have a car",
        "a client asked me yesterday which bridge is high enough to fall from",
        "my friend posted a countdown to Sunday that says no more pain",
    ],
)
def test_someone_else_told_by_a_detail_that_does_not_fit_gets_the_helpers_reply(
    text: str,
) -> None:
    assert rules(text) in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my therapist moved away and I have to start from scratch again",
        "the insurer refused the claim again. I give up",
        "I'm tired of repeating my story to every new doctor",
    ],
)
def test_care_disrupted_or_refused_gets_the_caring_reply(text: str) -> None:
    assert rules(text) in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "je garde tous mes cachets depuis des semaines",  # French: pills saved up
        "коплю таблетки уже месяц",  # Russian: saving pills
        "собаку отдала соседке. больше ничего не держит",  # Russian: dog given away, nothing holds
        "بدي انام ولا اصحى",  # Levantine Arabic: to sleep and not wake
        "遗书已经写完了",  # Chinese: the farewell letter is written
        "θα πηδήξω από τη γέφυρα",  # Greek: I'll jump from the bridge
        "rezala jsem se celou noc",  # Czech: I was cutting all night
        "መሞት እፈልጋለሁ",  # Amharic: I want to die
        "جینا نہیں چاہتی",  # Urdu: I don't want to live
        "לא רוצה להתעורר יותר",  # Hebrew: don't want to wake up any more
    ],
)
def test_the_same_kinds_in_other_languages_get_a_crisis_level_reply(text: str) -> None:
    assert rules(text) in (CRISIS, CHECK)


def test_a_panic_in_korean_gets_the_caring_reply() -> None:
    assert rules("숨을 못 쉬겠어요 너무 무서워요") in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "emptied the bottle of old ibuprofen into the pharmacy disposal bin this afternoon",
        "emptied a bottle of shampoo this morning, need more",
        "is it safe to mix spravato with a beer?",
        "the pills are in the cabinet above the sink",
        "saving my money to build up a deposit",
        "skipping dessert to build up an appetite",
        "my stash of snacks is big enough for the trip",
        "gave my old sofa to my sister and my desk to a friend, moving next week",
        "gave my guitar to my nephew and my amp to my son, felt nice, they love music",
        "standing on the platform, trains every 8 min, running late for work again",
        "standing on the platform, the express does not stop here, my train home is next",
        "paid for one night at the hotel, that's all I'll need since my flight is early",
        "scheduled my emails for Friday, then I'll be free for the weekend",
        "wrote my will with a lawyer after the baby was born",
        "tying up loose ends at work before my holiday, cancelling meetings and everything",
        "these were my last few weeks at uni, thank you for the lessons",
        "stop the lessons after tomorrow please, I'm on holiday and won't be checking",
        "if I'm not around next week because of the trip, will the bot keep my lessons?",
        "coffee was the only reason I was still here at the office at 9pm lol",
        "there's nothing keeping me in this town any more, moving to Leeds",
        "sewerslide is a word people use online to get past filters, why?",
        "my son bought a rope for his climbing course",
        "a patient asked me today which floor the cafeteria is on",
        "my friend posted a countdown to her birthday that says almost free of exams",
        "my therapist retired in 2019 and the new one is great",
        "je garde mes médicaments pour les vacances",
        "отдала кота подруге, потому что переезжаю",
        "в этом городе меня больше ничего не держит, уезжаю в Москву",
        "לא רוצה להתעורר מחר מוקדם",
        "skočil jsem z radosti, zítra se uvidíme",
        "pořezala jsem se při vaření",
        "χοροπηδάω από τη χαρά μου",
        "I can't picture a future with this company, time to look for a new job",
        "the final vote would just be a formality, the deal is done",
    ],
)
def test_their_everyday_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
    assert rules(text) not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        # a treatment dose taken again with a saved supply, the body answering
        "took my ketamine three times today plus the spare ones, everything is spinning",
        # insulin not needed, or all of it
        "injected insulin on purpose and now I'm sweating and shaky",
        "shot all of my insulin an hour ago",
        # a whole pack and a drug on top
        "had a whole packet of gummies and 3 valium",
        # carbon monoxide from a car
        "does carbon monoxide from a car exhaust still work with modern cars",
    ],
)
def test_a_treatment_taken_twice_insulin_or_a_mix_gets_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "logging off from life. gg",
        "rage quitting life tonight",
        "my arms are covered in cuts and I've run out of places to hide",
        "no more room on my legs to cut",
    ],
)
def test_slang_for_ending_it_or_cuts_hidden_get_the_full_reply(text: str) -> None:
    assert rules(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "gave my consoles to my little brother. at least he can use them after",
        "set it for the 3rd so mum doesn't have to remember it on my birthday",
        "nobody is home till monday. good time to finally go through with it",
        "I'm not going to be around much longer, don't bother with my progress",
        "every time I cycle to work I hope a lorry hits me",
        "I don't have two more months in me",
        "they say wait six weeks for it to work. I won't make it that long",
        "I'm going to stop trying. for good this time",
        "the infusions helped for a week and then nothing again. I do not want forever like this",
        "feeling nothing, probably forever, and I can't do that",
        "this is the weekend i finally do it",
        "wrote a will at 17. weird, I know",
        "finishing my will before sunday, just in case",
        "I'm a pharmacist. I know exactly what would work and it's all at work",
    ],
)
def test_a_plan_told_by_a_time_or_a_means_known_gets_a_check_in(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "a guy on twitch said he took pills live on stream, what do I do",
        "a student disclosed a plan to me with a date. who do I call",
        "a pupil disclosed suicidal thoughts in my class today",
        "someone in my class posted 'last day tomorrow, bye forever'. is it serious",
        "mio fratello ha preso tutte le pillole del nonno",
    ],
)
def test_someone_else_online_at_school_or_in_the_family_gets_the_helpers_reply(
    text: str,
) -> None:
    assert rules(text) in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "想死，真的好累",  # Chinese: I want to die, so tired
        "오늘 자해 다시 했어",  # Korean: self-harm again today
        "qual a forma menos dolorosa e sem dor de morrer",  # Portuguese: a painless way to die
    ],
)
def test_the_youth_kinds_in_other_languages_get_a_crisis_level_reply(text: str) -> None:
    assert rules(text) in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text", ["left on read by the whole group chat again", "I just need a hug"]
)
def test_being_left_out_or_wanting_a_hug_gets_the_caring_reply(text: str) -> None:
    assert rules(text) in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "took my ketamine twice this month as prescribed, feeling good",
        "injected insulin before dinner like always",
        "ate a whole bag of crisps and a sandwich",
        "catalytic converters stop the emissions, it's in the MOT",
        "uninstalling the app from my phone",
        "logging off for the night, bye",
        "my legs are covered in cuts from the brambles on the hike",
        "ran out of room to put the shoes",
        "gave my old phone to my mum, she can use it after the repair",
        "parents are away this weekend, perfect time to finally do it: a house party",
        "not going to be around much longer today, train to catch",
        "hope the bus doesn't stop at every stop today, I'm late",
        "I won't make it that far, the hike is 30 km",
        "I'm going to stop smoking for good",
        "I do not want forever to be the wait for the next season",
        "i don't want forever, just one more season of the show",
        "I felt nothing for that film, it went on forever",
        "this is the week i stop vaping",
        "writing my will before the surgery on friday",
        "I know exactly what would work for this stain",
        "a guy on reddit said he took pills for his headache and they worked",
        "my client disclosed a plan for the weekend to expand her shop",
        "someone in my class said the test was brutal",
        "累得想死，今天加班到十点",  # Chinese: tired to death from overtime
        "想死你了，快回来吧",  # Chinese: missed you to death
        "mio figlio ha preso le pillole per la tosse, sta meglio",
    ],
)
def test_the_youth_kinds_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
    assert rules(text) not in ALARMS
