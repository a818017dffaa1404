"""Kinds a blind set found missed: an end told without its word, in the talk of service people
and of the young online (``crisis/unsaid.py``): a promise to be at a child's day the writer says
they won't keep, becoming "one of the 22" or a statistic, clocking out for good, done with it
all "me included", accounts closed and "tidying up before I go", the helpline refused before it
is offered, letters left "where she'll find them after", not deserving to keep breathing, a sign
set by the clock, affairs squared away with the guns promised to heirs. Each gets at least the
check-in from the rules alone; the lookalikes (a deployment, 22 students, a retirement, a game
season, a holiday, an essay, a celebrity's air, a sign to go to bed, affairs put in order before
surgery) stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, kept, normalise, unsaid
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "my daughter wants me at her recital in may. told her yes of course. i won't be",
        "wife asked would I be around for our anniversary. I said sure. I'm not going to be",
        "22 a day they say. I'm about to become one of the 22 soon",
        "honestly gonna end up another statistic before christmas",
        "my lil sis asked will i come to her bday next month. i said ofc. i wont be",
        "gonna become another vet statistic by xmas",
        "im done w everything. me included",
        "last module, then I log off for good. it was a decent course",
        "after this shift i tap out permanently",
        "therapy didn't work, meds didn't work. i'm done with everything, myself included",
        "cancelled my phone plan, gave away the xbox, closed the bank account. tying up loose "
        "ends before i leave",
        "please don't send me the suicide hotline. i've made my mind up",
        "dont bother posting the crisis line, tonight's it",
        "left a note for each of my sisters in the glovebox where they'll find them after",
        "after what i did over there i don't deserve to keep living",
        "i dont deserve to be breathing after that call",
        "if no one answers by 2am i'm taking it as the sign",
        "everything's squared away now. guns going to my son, the dog going to my neighbour. "
        "at peace with it",
    ],
)
def test_an_end_told_without_its_word_gets_asked(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my son asked if I'd be at his graduation, said yes of course, but I won't be, I'm "
        "deployed that month",
        "I'm going to be one of the 22 students picked for the exchange!",
        "did the 22 push ups a day challenge for veterans awareness",
        "the teacher asked if i'd be at the exam, i said yes, i won't be there, dentist",
        "gonna become a statistic in the class survey lol",
        "clocking out for good from this shift, see you monday",
        "done with everything for today, me included in the nap lol",
        "my character is done with everything, me included lol",
        "tidying up before i go on nights",
        "wrote thank you notes for the crew, left them where they will find them after briefing",
        "my son asked if i'll be at his graduation. said yes of course. i will be",
        "uninstalled, logging off this server for good, the season is over",
        "everyone is done with this exam week, me included",
        "exam tomorrow, done with everything, me included lol",
        "clock out for good? nah, 5 more years till my pension",
        "cancelled the gym, returned the library books, tidying up before i go on holiday",
        "don't send me the crisis line, I'm fine, it's for my essay on helplines",
        "hid the birthday cards where she'll find them after breakfast",
        "i don't deserve to breathe the same air as taylor swift",
        "if nobody texts back by midnight i'm taking it as a sign to go to bed",
        "34 years on the department, clocking out for good on friday, retirement party after",
        "retiring after 25 years in the fire service, signing off for good",
        "the whole crew clocks out for good from the old station friday, new firehouse monday",
        "this boss fight killed me lol, done with everything in the dlc",
        "the character said she'd be at the wedding and she won't be, that season finale",
    ],
)
def test_everyday_endings_stay_quiet(text: str) -> None:
    assert rules(text) not in ALARMS


def test_affairs_in_order_before_surgery_are_no_farewell() -> None:
    text = "affairs in order before my surgery. guns going to my son if anything happens"
    assert unsaid.check(normalise(text)) is False


@pytest.mark.parametrize(
    "text",
    [
        "don't send me the crisis line number again, i saved it last time",
        "i hit my hand on the door on purpose to see if the cast holds",
        "the only thing i have left is my sidearm qual, then i'm off for the week",
    ],
)
def test_the_rules_of_kept_and_unsaid_leave_everyday_lines(text: str) -> None:
    # the classifier may still ask; these rules do not
    plain = normalise(text)
    assert not unsaid.check(plain)
    assert not kept.check(plain)


@pytest.mark.parametrize(
    "text",
    [
        "clocking out for good tonight, see you all on the other side",
        "done with the job. clocking out for good. pension's sorted and the note's on the table",
    ],
)
def test_a_shift_or_pension_beside_a_farewell_is_no_excuse(text: str) -> None:
    assert unsaid.retiring(normalise(text)) is False
    assert rules(text) in (CHECK, CRISIS)


def test_a_retirement_excuses_no_farewell_with_death_beside_it() -> None:
    text = "clocking out for good tonight, 30 years on the job, nobody will miss me, goodbye"
    assert unsaid.retiring(normalise(text)) is False
    assert rules(text) in (CHECK, CRISIS)
