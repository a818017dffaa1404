"""Kinds a blind set found missed: a plan or a thought told by what it waits on, from new and
expecting parents and from people living alone: a treatment asked to work fast beside a deadline
given to oneself, leaving timed for once the baby is born or safe, nothing seen past the
pregnancy, an assisted death abroad out of reach and the writer to see to it alone, thoughts
about ending things getting louder; and a blade got out now to feel something (the full reply).
They get the check-in or more. Their lookalikes (a treatment asked to work before a wedding,
maternity jeans and work once the baby is here, a ski trip too dear, the lesson on thoughts that
can get worse at first, a razor out to shave, a knife out for the cake) get no alarm. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "will the ketamine work fast? I've given myself till the end of the month",
        "does esketamine kick in quickly, i gave myself until christmas",
        "once the twins are safe and home i'm gone",
        "can't see a future past this pregnancy, honestly",
        "Dignitas turned me down because I'm not terminal. I'll do it myself then.",
        "Researched assisted dying abroad, too expensive on a pension, so I will see to it myself.",
        "since the twins came the thoughts of not being here have got stronger every night",
        "my thoughts about ending it are getting louder since the funeral",
        "3am feed, got a razor blade out in the loo, i need to feel something other than this",
    ],
)
def test_a_plan_told_by_what_it_waits_on_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "is esketamine going to work fast enough? my wedding is saturday and i've given myself "
        "until then to feel normal",
        "once he's born i'm out of these maternity jeans for good",
        "once she's here i am going back to work part time",
        "looked into switzerland for skiing but it's too expensive so we'll sort it out here with "
        "a cheaper resort",
        "lesson 5 says thoughts about ending things can get worse at first, is that true?",
        "got the razor out in the bathroom to shave before the scan",
        "is ketamine going to work fast? i've given myself until friday to decide on the course",
        "got the knife out for the cake, the kids need to feel special today",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
