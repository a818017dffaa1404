"""Kinds a blind set found missed: an end half said. A word turned on oneself ("the only thing
left is to stop, full stop"; laid off and "letting myself go too, all the way"; a status set
"away, permanently soon"; going quiet for good; a brain switched off for good); a countdown or a
booking with the holiday denied and nothing in its place, or a long absence the others take for
a holiday; a plan gone through with as the reason for an absence ahead, or days left before it;
holding on until a family day and "free to go" after; done "with all of this" after a birthday;
not sticking around if an exam is failed; "tell me it's ok to go"; not waking up as the one thing
looked forward to; a plan of days beside a five-year plan laughed at; others from the unit gone
and the writer next "and ok with that"; better off in a pine box; the kindest thing to disappear
for good; a non-responder who is "out". They get the check-in. Their lookalikes (a habit to
stop, a countdown to exams, a conference booked, a surgery gone through with, a honeymoon after
the wedding, a social media break, a phone switched off, a promotion one is next for, an alarm
not to wake to) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, assess

_ASKED = (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "stopped texting back, stopped going out. all that's left now is to stop, full stop",
        "stopped cooking, stopped showering, stopped answering. time to stop full stop",
        "hr said they're letting me go. funny, i'm letting myself go as well. all the way",
        "they let me go from the warehouse today. guess i'll let myself go for good too",
        "teams status: away. permanently, soon",
        "not a cry for help, just letting one person know before i go silent forever",
        "my brain won't shut up so i'm switching it off for good",
        "counting down the hours. and not to a holiday",
        "booked a room at the motel by the highway for saturday, just me. not for a getaway",
        "told my mum i'll be away for a long while. she thinks i mean a trip",
        "if i don't show up to the seminar on monday it's because i went through with it",
        "got maybe four days before i go through with my plan, so the course is a bit late",
        "i'll hold on until my niece's christening for my sister, after that i can go",
        "after my graduation in june i'm done with it all",
        "if i flunk this semester i'm not sticking around to watch my dad's face",
        "please just tell me it's okay to let go now. i'm so tired",
        "honestly the only thing i look forward to is not waking up",
        "people ask about my 10 year plan. i don't have a 1 month plan. i've got a 4 day one",
        "three mates from my platoon have gone since. pretty sure i'm next and i'm fine with that",
        "reckon i'd be better off in a box. a pine one",
        "the kindest thing i could do for my family is vanish for good",
        "the psychiatrist says i'm a treatment non-responder. that's it for me",
    ],
)
def test_an_end_half_said_is_asked_about(text: str) -> None:
    assert assess(text).tier in _ASKED


@pytest.mark.parametrize(
    "text",
    [
        "status: away for a holiday, back on the 12th",
        "we sold the house, i'm moving away for good",
        "my status is away for good now that i've left that discord server lol",
        "my brain needs a rest, so notifications are switched off for good after 9pm",
        "the teacher circled it: stop, full stop. then a capital letter",
        "the company account is going quiet for good on twitter",
        "counting down the days to my exams, not to a holiday sadly",
        "booked a hotel for friday, not for a holiday, for the conference in leeds",
        "i'll be away for a long time on my gap year, mum knows it's work not a holiday",
        "if i miss the quiz it's because i went through with the surgery, sorry in advance",
        "went through with it and quit my job! best decision",
        "i'll hold on till the wedding and after that we're off on honeymoon",
        "after my exams next week i'm done with all of this revision",
        "if i fail these exams i'm not sticking around for the resits, i'll switch course",
        "is it ok to go to the gym after my infusion?",
        "so looking forward to not waking up at 5am now the night shifts are over",
        "my 5 year plan is a house and a dog lol",
        "the boss reckons i'm next for promotion and i'm fine with that",
        "the whole office has the flu, reckon i'm next and honestly i'm ok with that, sick days",
        "these old tools are better off in a box in the shed",
        "my therapist says i'm a non-responder to ssris, so we're trying ketamine next",
        "the kindest thing i can do for my ex is give her space",
    ],
)
def test_the_same_words_about_a_habit_or_a_trip_stay_quiet(text: str) -> None:
    assert assess(text).tier not in _ASKED
