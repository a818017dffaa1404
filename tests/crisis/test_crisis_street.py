"""Kinds a blind set found missed: an overdose told in street, prison or pub words, with the body
answering now ("did 2 bags and my methadone, lips look blue", "mixed spice with my meds and my
heart is going mad", "doubled my tramadol then had a few at the pub"), accidental or not, gets
the full crisis reply; a mate's gets the reply for helpers. Their lookalikes (a question asked
before mixing, a time long past and clean since, a heart racing after a run, methadone collected
as usual, pints and a kebab) get no alarm. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "did 2 bags and my methadone. mate says my lips look blue",
        "mixed spice with my meds on the wing, i dont feel right, heart going mad",
        "doubled my tramadol by accident and had a couple of pints. heart's going mental",
        "had my subutex and then some street valium, can't keep my eyes open",
        "smoked spice and had my mirtazapine, everything is going dark",
        "took my pregabalin and some xans at the party, breathing feels slow",
        "done a bit of gear on top of my script, keep nodding off and my lips are going purple",
        "way more oxy than usual tonight and my heart is going crazy",
    ],
)
def test_an_overdose_told_in_street_words_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my mate did 2 bags and his lips are going blue",
        "my cellmate smoked spice and took his meds, his breathing is really slow",
    ],
)
def test_a_mates_overdose_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "if i mix tramadol with a few pints would my heart go mad?",
        "years ago i did 2 bags and my methadone and my lips went blue, clean 6 years now",
        "had a coffee and my meds and my heart is racing after my run",
        "took my meds and had dinner, don't feel right, think it's the fish",
        "had a few pints and a kebab and i dont feel right",
        "went for a run and a swim, heart going mad",
        "done my methadone at the chemist this morning, feel fine",
        "bought 2 bags of compost and my back doesn't feel right",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
