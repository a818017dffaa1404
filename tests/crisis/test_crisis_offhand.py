"""Kinds a blind set found caught by the classifier alone, now asked about by the rules too: an end
told offhand in the slang of service people and of the young online (``crisis/offhand.py``):
eating one's gun or holding it under the chin, hoping a call or a scan "takes me", a crash one
would not swerve from, which rafter "would hold", the writer as an error to be corrected, pills
held and "not taken any yet", opting out of a life "optional", not going to be around for a
birthday or the results, not seeing oneself make it to an age, told to kill oneself and "maybe
they're right", walking into the water "and just keep going", a goodbye the other didn't know was
one, the meds stopped and waiting on "the right night", a plan told "so it looks like an
accident", the insurance's waiting years passed, cutting again for the first time since, wanting
it "to finally be over", a spot picked, things given away one "won't need after" a day. Each gets
at least the check-in from the rules alone; the lookalikes (a deer on the road, a hammock, a
payroll error, vitamins, a newsletter, a vacation, the gym, a lobby insult reported, a
grandparent who died, a gym break, a mystery novel, a dented car, a haircut, a picnic, a move, a
new phone) stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, kept, normalise, offhand
from tests.crisis.silent import rules

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "thought about eating my gun again on the drive home",
        "had the barrel under my chin in the truck last night",
        "i keep hoping the next call is the one that takes me",
        "lowkey hoping the biopsy comes back bad, saves me doing it myself",
        "if a semi came at me on the highway i wouldn't even swerve",
        "been looking up at the garage wondering which rafter would hold",
        "i'm just a paperwork error the army never fixed. correcting that this weekend",
        "sitting here holding the bottle. haven't taken any yet",
        "being alive should be optional and i'm thinking of opting out",
        "if my parents find out i'm not gonna be around for christmas",
        "i don't see myself making it to my 18th birthday tbh",
        "kids at school keep telling me to kys. maybe they're right",
        "sometimes i want to walk into the lake in winter and just keep going",
        "i said goodbye to my brother at lunch. he didn't know it was goodbye",
        "stopped taking my meds a week ago. just waiting for the right night",
        "gonna take the boat out in the storm so it looks like an accident",
        "checked my policy, insurance pays out after one year, it's been two now",
        "burned again tonight, first time since rehab, nobody at home knows",
        "i want this to finally be over. for good",
        "found the spot. nobody would miss me if i was gone",
        "gave my ps5 to my cousin, won't need it after the weekend",
    ],
)
def test_an_end_told_offhand_gets_asked(text: str) -> None:
    assert rules(text) in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "hoping this leg day kills me lol",
        "if a deer runs out i wouldn't swerve, brake instead, rule of thumb",
        "which beam would hold the hammock best",
        "which hook would hold my bike",
        "i was a clerical error on the payroll, they're fixing it",
        "haven't taken my vitamins yet",
        "considering opting out of the newsletter",
        "not gonna be around for the results, flight leaves tuesday",
        "i don't see myself making it to the gym tomorrow",
        "they told me to kys in the lobby lol reported them",
        "walked into the sea at sunset, so cold",
        "said goodbye to grandpa sunday, he didn't know it was goodbye, he passed monday",
        "the kids didn't know it was goodbye when we moved to ohio",
        "stopped going to the gym, waiting for the right time to restart",
        "this boss fight killed me, i was hoping the next run takes me further",
        "the murderer made it look like an accident so it reads like an accident in the novel",
        "so it looks like an accident, the insurer will pay for the dent lol",
        "got my hair cut again, first time since the summer",
        "picking a spot for the picnic",
        "won't need my winter coat after friday, moving to florida",
        "gave my old phone to my brother, won't need it after friday, new one arrives",
    ],
)
def test_everyday_offhand_lines_stay_quiet(text: str) -> None:
    assert rules(text) not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "i'm thinking of opting out of the group chat, life's busy",
        "i'm not gonna be around for the party, i'm on vacation",
        "i don't see myself making it to the final round",
        "more than enough snacks for the trip, just haven't decided when we leave",
        "my life insurance pays out after 2 years they said, it's been a good policy",
        "i want this exam week to be over already",
    ],
)
def test_the_offhand_rules_leave_plans_and_games(text: str) -> None:
    # whatever the classifier or older rules read in them, these rules do not
    assert offhand.check(normalise(text)) is False
    assert kept.check(normalise(text)) is False
