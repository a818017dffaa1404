"""Kinds a blind set found missed, from teenagers and from health and veterinary staff: a song
that is "not just a song any more", "already decided how I'm going", a will of one's own written
in a notes app with what one owns given out, goodbye posted to everyone on one's server and then
logged out (the check-in); and in Ukrainian, French, Italian, Arabic and Japanese: decided, a day
and sorry only for the dog; holding on only for the cat or a child; animals put down at work and
"why not me"; papers left in order and not knowing whether one reaches Monday; knowing exactly
which medicine would be enough; on the roof looking past the railing. Their lookalikes (a song
that's a whole mood, a will for a game's family, a goodbye before camping, a trip decided for
Saturday, holding on for coffee, papers in order before a trip, a tired "don't know if I'll make
it to Monday", which medicine is enough for a headache, a barbecue on the roof) get no alarm.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "that sad song from the film is on loop and it's not only a song anymore",
        "dont worry about the lesson plan, i already know how i'm going if nothing changes",
        "made my will on my phone last night haha, my dog goes to my cousin and my xbox to my "
        "brother",
        "said goodbye to everyone in our group chat and deleted my account. sorry",
        "я все вирішив. у неділю. шкода лише маму",
        "Сьогодні приспала двох котів на роботі. Тримаюся тільки заради доньки.",
        "Aujourd'hui j'ai euthanasié deux chats et je me demande pourquoi pas moi.",
        "Ho lasciato i conti e le password in ordine per i miei figli, non so se ci arrivo a "
        "venerdì.",
        "أنا ممرضة وعارفة بالضبط كم حبوب تكفي. ما أقدر أوقف التفكير",
        "夜勤のあと屋上に上がって柵の向こうを見ていた",
    ],
)
def test_risk_told_through_a_post_a_song_or_work_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "that song is not just a song, it's a whole mood lol",
        "wrote my will in my notes app for my sims family lol",
        "i know how i'm going, my mum is driving me",
        "posted bye to everyone in our discord and logged off, camping for a week with no signal",
        "вирішили в суботу поїхати, шкода тільки що дощ",
        "тримаюся тільки заради кави",
        "Ho messo i documenti in ordine per mia moglie prima del viaggio.",
        "Non so se arrivo a lunedì con questi turni",
        "أعرف أي دواء يكفي للصداع",
        "屋上でバーベキュー、柵の外の景色がきれい",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
