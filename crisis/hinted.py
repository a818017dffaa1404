"""Ends hinted at in everyday words, read after the main rules: the first kind found decides.

Each kind has its own module with its lookalikes; here they are only put in order: a drop or
deep water where the writer is now, with no way back hinted (``up_there``), a risk run with the
hope that it ends the writer (``tempted``), things given away that the writer "won't need"
(``squared``), an end set up in practical words (``staged``: a hotel under a cover story, ward
drugs brought home "not for sleep"), a farewell that is "not a cry for help", the course or the
treatment read as the last hope gone (``spent``), affairs put in order or a note left to whoever
finds it (``put_in_order``), and an absence imagined or a last word passed on (``unmissed``);
first of all, a plan told as a household matter by an older writer (``late_plans``), which is
always the writer's own.
Someone else named as the one at the place or giving things away gets the reply for helpers.
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import late_plans, put_in_order, spent, squared, staged, tempted, unmissed, up_there
from crisis.tiers import CHECK, CRISIS, HELPER, Verdict
from crisis.tiers import about_someone_else as _about_someone_else


def read(plain: str) -> Verdict | None:
    """The verdict of the first of these kinds told in ``plain`` (normalised), or None."""
    late = late_plans.read(plain)
    if late is not None:
        return late  # "the rope is already in the barn. i only wait for my sister to go home"
    found = up_there.read(plain)
    if found is None and tempted.meant(plain):
        found = Verdict(CRISIS, "tempted")  # "whatever happens happens. kinda hoping it does"
    if found is None and squared.given_no_need(plain):
        # "giving my stuff away. im quitting everything"; "he doesn't know what it's for" is
        # the one given to, so only a giver named makes it someone else's
        return Verdict(HELPER if squared.GIVEN_BY_OTHER.search(plain) else CRISIS, "given away")
    if found is None and staged.crisis(plain):
        found = Verdict(CRISIS, "staged")  # "told my partner it's a conference. it's not"
    if found is None and unmissed.crisis(plain):
        found = Verdict(CRISIS, "unmissed")  # "not a cry for help ... to know before i go"
    if found is None and spent.check(plain):
        found = Verdict(CHECK, "spent")  # "treatment resistant, life resistant. finished"
    if found is None and put_in_order.check(plain):
        found = Verdict(CHECK, "put in order")  # the will updated, the gym cancelled, keys left
    if found is None and tempted.hoped_not_back(plain):
        found = Verdict(CRISIS, "tempted")  # "hoping one of these times i dont come back up"
    if found is None and unmissed.check(plain):
        found = Verdict(CHECK, "unmissed")  # "how long would it take people to stop missing me"
    if found is not None and _about_someone_else(plain):
        return Verdict(HELPER, found.reason)
    return found
