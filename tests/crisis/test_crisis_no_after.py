"""Kinds a blind set found missed: nothing after now, told without a word of death ("my last
week doing this course, or anything", "not doing anything anymore. ever", "i dont think i have
hours left", "i dont know if i will still be here on the 20th", "finished with all of it, with
living too", "rest forever", "no more strength to continue living", "just want out of this
life", "plan: have one. timeline: weekend", a will signed and a strange calm, Pidgin "i wan end
am"), and all of life to stop "not the course, everything", said by the writer or of a friend.
The end of living said gets the full reply, the rest at least a check-in, a friend's the
helpers' reply. Their lookalikes (the last week of a course before a holiday, hours left on a
deadline, a trip on the 20th, done with living in London, out of this life of office work,
gone from social media, a will made after buying a house) get no alarm. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, no_after, normalise

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "i'm done with all of it. with life too",
        "tired of fighting, i will just go and sleep forever",
        "no strength left to go on living",
        "i just want out of my life, nobody would miss me",
        "plan: got one. date: friday",
        "i just want out of this world",
        "i no fit again, i wan end am tonight",
    ],
)
def test_the_end_of_living_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "this is probably my last month on this course. and everything else",
        "after this i'm not doing anything again. ever",
        "honestly i do not think i have many days left",
        "i don't know if i'll still be around by friday",
        "i think i'll just disappear for good after the results",
        "i'll disappear forever before anyone notices",
        "nobody would find me for weeks up here. that's fine",
        "signed my will this morning. feel strangely at peace now",
    ],
)
def test_nothing_after_now_gets_at_least_a_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


def test_a_friend_stopping_everything_gets_the_helpers_reply() -> None:
    text = "my coursemate told me she will stop everything after exams, not the course, everything"
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "last week of the course before the holiday, and everything is booked",
        "i have two hours left to finish this essay before the deadline",
        "i want out of this life of spreadsheets, applying for a new role",
        "i'm going to disappear for good from instagram",
        "we made our wills after the baby came, such a relief",
        "plan for the weekend: party at mine, timeline tbc",
        "plan: have one for the quiz night. when: friday",
        "date plan: yes! dinner sunday",
        "i could disappear forever into this book",
        "this pizza is out of this world, i want out of this diet",
    ],
)
def test_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


def test_a_last_week_alone_is_not_the_rule() -> None:
    assert not no_after.check(
        normalise("don't know if i'll still be here next year, landlord is selling")
    )
    assert not no_after.check(normalise("last week of the course!"))
    assert not no_after.crisis(normalise("finished with the course"))
    assert not no_after.check(
        normalise("don't know if i'll still be here next year, landlord is selling")
    )
    assert not no_after.check(
        normalise("i don't know if i'll still be here on the 20th, i might be travelling")
    )
