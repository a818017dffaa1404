"""Kinds a blind set found missed: an overdose told in street, prison or pub words, with the body
answering now ("did 2 bags and my methadone, lips look blue", "mixed spice with my meds and my
heart is going mad", "doubled my tramadol then had a few at the pub", "first hit since getting
out, used my old amount", "gouching out after some fent"), accidental or not, gets the full
crisis reply; a mate's gets the reply for helpers. A prescription by its slang name taken at
once ("had my whole script in one go") gets the full reply too. Fentanyl's street name "fent" is
read as itself, not as a slip for "sent". Their lookalikes (a question asked before mixing, a
time long past and clean since, a heart racing after a run, methadone collected as usual, pints
and a kebab, a grandmother fading in a hospice, a baby nodding off, a novel, a film, a script
changed or rehearsed) get no alarm. The sentences here were written for these tests."""

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
        "first hit since getting out, used my old amount and i cant keep my eyes open",
        "had a bag of gear then my methadone dose, lips going numb",
        "im gouching out after some fent",
        "did a bit of fent and my lips are going blue",
        "smoked spice in my cell and my heart is pounding out of my chest",
    ],
)
def test_an_overdose_told_in_street_words_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "my mate did 2 bags and his lips are going blue",
        "my cellmate smoked spice and took his meds, his breathing is really slow",
        "he smoked spice and now hes fitting on the floor",
        "my mate did fent and wont wake up",
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
        "my nan is fading after the stroke, she had her morphine at 6",
        "the baby is nodding off after her feed",
        "just sent my essay, nodding off now",
        "nodding off on the sofa after my tea",
        "i used to smoke spice inside, my heart would pound, glad im clear of it now",
        "my grandad is fading, the hospice says days now",
        "in the novel she did 2 bags and her methadone and her lips turned blue",
        "in the film he mixed spice with his meds and his heart is going mad",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    ["had my whole script in one go", "necked my whole week's script of pregabalin"],
)
def test_a_prescription_taken_at_once_by_its_slang_name_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "had my whole script changed by the gp today",
        "did my whole script for the audition in one go",
    ],
)
def test_a_script_changed_or_rehearsed_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        # "alone" is no medicine ending in -lone
        "did a double shift alone, had a few beers after, feel weird now",
        "walked home alone after two pints and feel a bit off",
        # a chocolate or protein bar is no Xanax
        "ate too many protein bars after training and feel weird",
        "spent the day fitting a kitchen, had a couple of mars bars for lunch",
        "had three cereal bars and a coffee, my heart is racing",
        # gear that is kit
        "packed way too much gear for the hike and my chest feels tight",
        "packed too much climbing gear in my rucksack and my chest feels tight after the hike",
        # spice in a drink or a dish, K2 the mountain
        "had a pumpkin spice latte and my heart is racing lol",
        "added too much spice to the curry and now my lips are numb",
        "did the k2 base camp trek last month, can't breathe properly at altitude still",
        # one's usual medicine at its usual dose
        "Took my usual codeine for my tooth and I keep nodding off on the sofa",
        "had my normal tramadol for my back and i keep nodding off in front of the telly",
        # a joke that names its trivial cause
        "lol did 2 bags and my methadone and my lips are blue, jk it's my minecraft character",
    ],
)
def test_street_words_in_their_everyday_sense_get_no_full_reply(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "smoked spice with my tea and my heart is racing",
        "took too many bars and can't stay awake",
        "took my usual methadone and 3 bags and my lips look blue",
    ],
)
def test_the_street_sense_beside_an_everyday_word_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Used naloxone on a client today, he'd done 2 bags and his lips were blue",
        "my mate's done 2 bags and his lips are going blue",
    ],
)
def test_a_mates_overdose_told_with_a_contraction_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER
