"""Kinds a blind set found missed: an overdose already taken, told by what was taken and what the
body does now, with no word of overdose: a lamp or stove fuel drunk (kerosene, paraffin); insulin
injected double, with a low sugar's shaking and sweating; G after a night's drinking, "went blue";
two medicines "overdid", lips numb; pills with rum told in Jamaican Patois ("mi tek nuff a di pills
dem wid di rum. mi cyaan feel mi hands"); and a stranger at a party collapsed after a drug and not
waking (the helpers' reply, with the emergency first). Each gets the full reply (the helpers' for
someone else's); a fuel bought for the lamp, a childhood mishap, a doctor's sick-day rule, a
gym's sweat, a team's colours and a harm-reduction question stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, OVERDOSE_REASONS, THEIR_OVERDOSE_REASONS, assess
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "drank the kerosene. its done. just wanted to tell someone",
        "drank half a bottle of paraffin an hour ago. sorry",
        "i just drank the lamp oil. nobody is home",
        "swallowed some kerosene from the stove tin, my throat is burning",
        "accidentally injected double my insulin and now shaking and sweating bad",
        "took double my insulin by mistake, now sweating loads and shaky",
        "gave myself double the usual insulin and I'm shaking and sweating, on my own",
        "injected twice my novorapid dose by accident, shaking and sweating",
        "accidentally did G after drinking, my mate says i went blue for a sec. still feel off",
        "did some g after a few drinks and my boyfriend says i went blue, feel super weird",
        "i think i overdid the codeine and gabapentin tonight. lips going numb, alone in the house",
        "overdid the pregabalin and the vodka, lips numb, cant keep my eyes open",
        "i think i overdid the tramadol and the gabapentin, heart going mad",
        "mi tek nuff a di pills dem wid di rum. mi cyaan feel mi hands",
        "mi tek di whole heap a tablet dem wid white rum, mi cyaan breathe good",
    ],
)
def test_an_overdose_taken_with_the_body_answering_gets_the_full_reply(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == CRISIS
    assert rules(text) == CRISIS
    assert verdict.reason in OVERDOSE_REASONS  # the medical emergency comes first


@pytest.mark.parametrize(
    "text",
    [
        "guy at the afterparty collapsed after G and alcohol, not waking up",
        "some girl at the festival passed out after ket and drink, not responding",
        "a lad at the party collapsed after G, barely breathing",
        "bloke at the rave keeled over after ket and drink, breathing sounds weird",
    ],
)
def test_someone_collapsed_after_a_drug_gets_the_helpers_emergency(text: str) -> None:
    verdict = assess(text)
    assert verdict.tier == HELPER
    assert verdict.reason in THEIR_OVERDOSE_REASONS


@pytest.mark.parametrize(
    "text",
    [
        "my grandfather drank kerosene by accident as a child, they took him to the clinic",
        "bought kerosene for the lamp, the power is out again",
        "is paraffin safe to use in a heater indoors?",
        "my doctor said to take double my insulin on sick days",
        "shaking and sweating after the spin class, love it",
        "what happens if you inject double your insulin?",
        "i overdid the gym and the protein shakes, feel super off today lol",
        "my team went blue for the final, we won",
        "overdid the wine and the cheese last night, feel super off",
        "what do you do if someone collapses after g and won't wake up?",
        "my grandad collapsed after dinner and went to bed, he's fine now",
        "the tent collapsed after the storm, nobody is waking up early tomorrow",
        "my phone dropped after ket lol now the screen is not responding",
        "the server went down after the update and is not responding",
        "he went grey after years on methadone",
        "i went purple with rage after the ref's call",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert rules(text) not in ALARMS
    assert assess(text).tier not in ALARMS
