"""Kinds a blind set found missed: an end told between the lines. Not being around by a date
ahead, felt rather than planned ("lol i wont be around in 6 months, i can feel it"); part of
the writer wanting to stay under the water or keep driving into harm; leaving life in an app's
words ("unsubscribe from everything, not just this bot"); a dread tomorrow the writer "won't
have to" face; free to go once the day held on for is over (the check-in); voices telling the
writer to step in front of a bus or to jump (the full reply). Their lookalikes (away next month
for a contract or a move, part of me wants to stay in bed or on the reef, unsubscribing from
newsletters, the gym closed tomorrow, going on holiday after the wedding, a sat nav's voice,
voices told as years past) get no alarm from these rules. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, between, normalise

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "the therapist has a 4 month wait. i doubt i'll still be around by then honestly",
        "i wont be here by christmas, i just know",
        "i sit in the bath with my head under and part of me wants to not come up",
        "on the motorway part of me wanted to keep driving into the barrier",
        "how do i log out of life",
        "is there an unsubscribe from existence button",
        "cancel myself from everything, not just this app",
        "cant face the court date tomorrow. wont have to.",
        "dont want to face the landlord on monday. i wont have to",
        "her graduation is in may. after that i can finally go. i've hung on for her",
        "i've held on until the baby's christening. after that i can rest",
        "i wont make it to christmas tbh",
        "wish i could just uninstall myself",
        "held on for my mum's 70th. it's done now. i can go",
        "cant face another monday. wont have to after this weekend",
        "my head is under the water in the tub and i dont want to come up",
        "my daughter's baby is born now. i waited for that. now i can leave",
        "once my daughter finishes school i can finally go. been holding on for her",
        "tomorrow is the court. i wont go. i wont have to go anywhere anymore",
    ],
)
def test_an_end_between_the_lines_gets_the_check_in(text: str) -> None:
    assert between.check(normalise(text))
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "the voices keep telling me to jump off the balcony and i almost did",
        "the voice told me to walk into the traffic again today",
        "voices say to kill myself all night",
    ],
)
def test_voices_telling_the_writer_to_die_get_the_full_reply(text: str) -> None:
    assert between.crisis(normalise(text))
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "i wont be around in 6 months lol, contract ends and im moving back home",
        "i wont be around next month, semester abroad, can i pause the course?",
        "part of me wants to stay in bed all day",
        "part of me wants to stay down there forever, the reef was beautiful on the dive",
        "how do i unsubscribe from everything, too many newsletters",
        "how do i unsubscribe from everything, not just this bot, all the emails too",
        "cant face the gym tomorrow. wont have to, it's closed lol",
        "cant face work tomorrow. wont have to, called in sick",
        "held on for the wedding, after that i can go on holiday",
        "my sat nav voice keeps telling me to jump off at the next exit",
        "the voice in my head keeps telling me to eat the cake",
        "i used to hear voices telling me to kill myself, years ago, im well now",
        "i wont make it to christmas dinner, working that day tbh",
        "i wont make it to christmas, flights are too expensive tbh",
        "held on for the final, its over now i can go home",
        "i want to uninstall myself from the family whatsapp",
        "under the water at the pool i dont want to come up, so peaceful lol",
        "i waited for the bus for an hour, now i can leave",
        "i waited for it all day now i can go",
        "waited for her birthday party to finish now i can go home",
        "once my son graduates i can finally go travelling, held on for him",
        "got a remote job, i wont have to go anywhere anymore",
        "part of me wants to stay under the duvet all day",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    plain = normalise(text)
    assert not between.check(plain)
    assert not between.crisis(plain)


@pytest.mark.parametrize(
    "text",
    [
        "i wont be around in 6 months lol, contract ends and im moving back home",
        "part of me wants to stay down there forever, the reef was beautiful on the dive",
        "how do i unsubscribe from everything, too many newsletters",
        "held on for the wedding, after that i can go on holiday",
        "the voice in my head keeps telling me to eat the cake",
    ],
)
def test_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "my sister sent me a voice note saying she wants to die, how do i help her",
        "got a voice message from my friend, he says he wants to kill himself",
    ],
)
def test_a_voice_note_with_someone_elses_words_gets_the_helpers_reply(text: str) -> None:
    assert not between.crisis(normalise(text))
    assert assess(text).tier == HELPER
