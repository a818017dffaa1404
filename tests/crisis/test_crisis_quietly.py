"""Kinds told quietly, as people text a crisis line at night (``crisis/quietly.py`` and the
``quiet`` lexicon): each read by the rules alone, in wordings of its kind, and its everyday
lookalikes kept quiet by the whole detector."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess
from crisis.model import Model

ALARMS = (CRISIS, CHECK, HELPER)
# A classifier that never speaks: what the rules catch by themselves.
THRESHOLDS = ("check", "crisis", "distress", "foreign")
SILENT = Model("silent", ("negative",), (0.0,), (), dict.fromkeys(THRESHOLDS, 2.0))


def rules(text: str) -> str | None:
    return assess(text, SILENT).tier


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
