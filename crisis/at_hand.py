"""Means and ends told close at hand, read before the main rules: the first kind found decides.

Each of these kinds has its own module with its lookalikes; here they are only put in order, as
``crisis.assess`` reads them once a message is not meant in jest and its plain signals are read:
a cover story denied (``cover``), a place or means scouted and an end between the lines
(``scouted``, ``between``), medicine put by (``put_by``), living set against a means
(``last_hold``), "I won't be here long" (``not_around``), things given away "before I go"
(``squared``), a means held (``held_means``) or hidden (``hidden_means``), suicide as a thought
that keeps coming back (``intruding``), a calm outing with the means brought along
(``outing``), a means laid out and stared at (``stared_at``), a drop stood at with the step thought
of (``edge_stood``), the blade taken back out (``blade_out``); then lithium poisoning and a means
beside the writer or a poison drunk by someone close (``near_means``), a farewell to everyone
with a sorry (``signed_off``), nothing after now (``no_after``), and a
means or place made ready in practical words (``made_practical``), and plain kinds with no
word of suicide in them (``spelled_out``), plans and farewells told as errands
(``made_plans``), and ends told as plain arrangements (``closing_up``, ``ends_arranged``). Pure;
nothing here logs.
"""

from __future__ import annotations

from crisis import (
    between,
    blade_out,
    closing_up,
    cover,
    edge_stood,
    ends_arranged,
    held_means,
    hidden_means,
    intruding,
    last_hold,
    made_plans,
    made_practical,
    near_means,
    no_after,
    not_around,
    outing,
    put_by,
    scouted,
    signed_off,
    spelled_out,
    squared,
    stared_at,
)
from crisis.tiers import CHECK, CRISIS, HELPER, Verdict


def read(plain: str) -> Verdict | None:
    """The verdict of the first of these kinds told in ``plain`` (normalised), or None."""
    if cover.OWN.search(plain):
        return Verdict(CRISIS, "cover")  # a cover story denied, the means taken and another found
    if scouted.crisis(plain) or between.crisis(plain):
        return Verdict(CRISIS, "scouted")  # a noose still up, shut in the cold store, voices
    if put_by.put_by(plain):
        return Verdict(CRISIS, "put by")  # "hoarding my gabapentin, 2 months worth in a sock"
    if last_hold.leaning(plain):
        return Verdict(CRISIS, "leaning")  # "cold turkey or the river. leaning river"
    if last_hold.giving_way(plain):
        return Verdict(CHECK, "giving way")  # "the only thing stopping me... even that isnt"
    if not_around.check(plain):
        return Verdict(CHECK, "not around")  # side effects waved away: "i wont be here long"
    if squared.before_going(plain):
        return Verdict(CRISIS, "squared")  # things given away, "squared away before i go"
    if held_means.held(plain):
        return Verdict(CRISIS, "held")  # a bottle of morphine held for an hour, "didnt take it yet"
    if hidden_means.kept(plain):
        return Verdict(CRISIS, "hidden means")  # a noose in the wardrobe, a cord and a lie
    if intruding.mine(plain):
        return Verdict(CRISIS, "intruding")  # suicide popping up in the head, not waking prayed for
    # "going to the lake tonight with the pills", pills lined up and stared at, "I stand over
    # the well and think - just one step"
    for kind in (outing.read, stared_at.read, edge_stood.read, blade_out.read):
        verdict = kind(plain)
        if verdict is not None:
            return verdict
    if near_means.overdose(plain):
        return Verdict(CRISIS, "overdose")  # lithium with ibuprofen, shaking and confused now
    if signed_off.own(plain):
        return Verdict(CRISIS, "signed off")  # "so long. forgive me guys", "they think i travel"
    if near_means.own(plain):
        return Verdict(CRISIS, "near means")  # a loaded gun on the bed, pills saved in a tin
    if near_means.theirs_drunk(plain):
        return Verdict(CRISIS, "poison drunk")  # "my mother drank the kerosene, she is vomiting"
    if near_means.shut_cold(plain):
        return Verdict(CHECK, "shut cold")  # "gonna sit in the cool room and pull the door shut"
    if signed_off.theirs(plain):
        return Verdict(HELPER, "signed off")  # silent since posting "forgive me everyone"
    if no_after.crisis(plain):
        return Verdict(CRISIS, "no after")  # "finished with all of it, with living too"
    stopping = no_after.stop_all(plain)
    if stopping is not None:
        return Verdict(HELPER if stopping == "theirs" else CHECK, "stop all")
    if no_after.check(plain):
        return Verdict(CHECK, "no after")  # "my last week doing this course. or anything"
    if made_practical.crisis(plain):
        return Verdict(CRISIS, "made practical")  # a door taped up, "sat here with the oven"
    if spelled_out.crisis(plain):
        return Verdict(CRISIS, "spelled out")  # "how many tylenol does it take", a truck running
    if spelled_out.check(plain):
        return Verdict(CHECK, "spelled out")  # "cant stop thinking about jumping"
    planned = made_plans.read(plain)
    if planned is not None:
        return planned  # pills bought "so nobody gets suspicious", a known key to dad's gun
    closed = closing_up.read(plain)  # "collected them slowly, a box a week. 60 now. enough"
    return closed if closed is not None else ends_arranged.read(plain)  # "my plan is ready"
