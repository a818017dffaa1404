"""Kinds a blind set found missed: risk told in the words of work by nurses, midwives, doctors,
vets and pharmacists: drugs put aside from the unit or from what comes back for destruction, a
way out kept in a locker, the bag taken from theatre beside the writer in the car, a line from
work something could be run through, a drug drawn up and put back with the writer unsure about
next time, a joke at work that is no longer a joke, envy of the patients who died, the things of
the trade given away under a cover story then denied. They get the check-in. Their lookalikes
(returns counted for destruction, hand gel decanted, a spare inhaler in the locker, the wrong
drug drawn up and put back, laundry taken home, a joke still a joke, a colleague's rota envied, a
real move abroad, a stethoscope upgraded) get no alarm. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "i keep squirrelling away some tablets from the practice. about 40 now",
        "I've been putting aside a few of my zopiclone from the pharmacy each month, nearly enough",
        "been topping up a small jar with whatever gets returned for destruction at the chemist",
        "fine i guess. knowing i have a way out in my bag is the only thing that keeps me going",
        "sat in my car outside a&e with the box of vials i took from the ward",
        "the cannula from work is still in my arm. thinking of pushing something into it later",
        "drew up the 5ml then held it for ages. put it back. not sure i could stop myself next "
        "time",
        "we always joke that the on-call will kill us but now i'm not joking when i say it",
        "people joke that nights are killing us, i have actually worked out how and when",
        "lost two patients this week, I'm jealous that they got to rest",
        "three of my residents died this month. not sad for them, i'm envious",
        "gave my scrubs and my books away. they think i'm leaving for another trust. i'm not",
    ],
)
def test_risk_told_in_the_words_of_work_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "counted the returns for destruction with the pharmacist, signed the book, all correct",
        "filling a little bottle with hand gel from the ward dispenser for my handbag",
        "i keep a spare inhaler in my locker at work, just in case",
        "drew up the wrong antibiotic, caught it at the second check, put it back. not sure i "
        "will ever stop shaking about it",
        "sat in the car park with the bag of stuff i took from the ward to wash at home",
        "we joke that the night shifts are killing us, but honestly i love my team",
        "we joke the rotas are killing us, i have actually worked out how and when to ask for "
        "leave",
        "my colleague got the day rota and i'm jealous of her",
        "they think i'm moving abroad, i am. gave my books to the new F1s, off to australia in may",
        "i gave my old stethoscope to the student, she thinks i'm retiring. i'm not, just "
        "upgrading",
        "the line from work is still in my bag, i forgot to put it back",
        "I put aside some tablets from the pharmacy order for Mrs Jones to collect",
        "there's a way out in my car park at work through the back gate",
        "sat in the car outside the hospital with the bag of stuff i took from the ward for mum",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
