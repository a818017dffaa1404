"""Kinds told in passing: a deadline given to oneself, a countdown with nothing to count down
to, the plan and the day held, "tonight's the night" with a goodbye, everything ready after the
last hope, a double dose with the body answering, another's plan reported by a moderator or a
teacher, and a low owned even when asked as a question. Each with the everyday lookalikes a
person would be put off by a crisis reply to."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "I've given myself until Sunday. If nothing changes by then, that's it",
        "gave myself till the end of the month, then i'm done",
        "Counting down. 3 days.",
        "i'm on a clock. 3 days left",
        "i have the plan and the date now, just waiting",
        "tonight's the night. love you mum. x",
        "lol my plan for the weekend is simple: not exist after it",
        "the last infusion failed so that's it, i've got everything ready at home",
        "my kids are better off with a mom in a photo frame than the mess i am",
        "is it selfish if i go? staying is killing me",
        "Three years ago I attempted suicide and the thoughts are back, right now",
    ],
)
def test_a_plan_told_in_passing_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "I am 83. I think I took my warfarin two times today, maybe three. My gums are bleeding.",
        "took my heart pills twice this morning by mistake and now i'm dizzy and confused",
    ],
)
def test_a_double_dose_with_the_body_answering_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "As a moderator, how do I respond when someone posts that they have a plan and a date?",
        "I'm a teacher, one of my students told me she has a plan. what do I do?",
        "the father said he'd rather die than go back to the camp and walked out",
    ],
)
def test_another_persons_plan_reported_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "Is it normal to feel completely hopeless after 10 years of trying treatments? I don't "
        "know what's left to try.",
        "Every doctor says let's try one more thing. I'm running out of one more things.",
        "Everyone says ketamine saved them. What's wrong with me that it didn't?",
        "in this country I have nobody. Nobody knows who I was.",
        "I'm 88, I want someone to ask how I'm actually doing.",
    ],
)
def test_a_low_owned_gets_a_caring_reply_even_as_a_question(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK)  # never nothing, never the full alarm


@pytest.mark.parametrize(
    "text",
    [
        "I've given myself until Sunday to finish the essay",
        "gave myself till friday to decide about the job",
        "counting down 3 days until our holiday!!",
        "on the clock, 3 hours left of my shift",
        "I have the plan and the date for the wedding sorted",
        "tonight's the night! love you mum, wish me luck at the gig",
        "got everything ready for the party, the cake failed though lol",
        "my kids are better off with a tablet than the telly",
        "is it selfish if i go to the party without her?",
        "Three years ago I attempted suicide. I'm now two years into recovery and ketamine was "
        "part of that. Thank you.",
        "I took my vitamins twice today by mistake, is that bad?",
        "if i took my warfarin twice, would i bleed more?",
        "my student told me she has a plan for her science project",
        "a client disclosed a plan to open a bakery, any advice?",
        "id rather die than go back to school on monday lol",
        "what is left to try for acne? nothing works",
    ],
)
def test_their_lookalikes_get_no_crisis_reply(text: str) -> None:
    assert assess(text).tier in (None, DISTRESS)


@pytest.mark.parametrize(
    "text",
    [
        "got the shotgun from the barn. it's time",
        "nobody would notice if i logged off for good. not the game. life",
    ],
)
def test_a_means_fetched_or_a_life_logged_off_is_asked_about(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "after my sixth infusion i felt amazing for 3 days and then crashed into the worst low",
        "the ketamine afterglow is gone and i'm back in the pit",
        "i play games 14 hours a day so i don't have to think about how alone i am",
        "chronic pain since the accident, every morning i wake up and it's the same hell",
    ],
)
def test_a_low_after_a_treatment_or_told_by_its_days_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "gg, logging off for good, this season was trash",
        "bought rope for the gate at the farm store",
        "i crashed my car after the session, nobody hurt",
        "uninstalling this game for good lol",
    ],
)
def test_a_game_left_a_rope_for_a_gate_and_a_car_crash_are_no_crisis(text: str) -> None:
    assert assess(text).tier is None


def test_a_choice_left_to_try_is_no_low() -> None:
    assert assess("i don't know what's left to try for dinner tonight").tier is None
