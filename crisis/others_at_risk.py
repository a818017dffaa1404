"""Someone else at risk, told by kinds the main rules do not read: the reply for helpers.

Each kind has its own module with its lookalikes; here they are put in order, as
``crisis.assess`` reads them when neither the writer's own risk nor a plain signal was found: a
keepsake handed over "to keep safe" (``worried``), "he'll take care of it himself" beside his
guns (``wished_end``), a workmate's words said again (``crew``), a son who keeps coming back to
the dam (``dwelt_on``), a colleague missing with drugs unaccounted for (``unaccounted``), a rope
bought for a garden they don't have (``quietly``), a small child who got into medicine or poison
(``framed``), someone locked in with a poison open or asking where the insurance papers are
(``shut_in``). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import (
    crew,
    dwelt_on,
    framed,
    peer_told,
    quietly,
    shut_in,
    unaccounted,
    wished_end,
    worried,
)
from crisis.tiers import HELPER, Verdict


def read(plain: str) -> Verdict | None:
    """The reply for helpers if one of these kinds is told in ``plain`` (normalised), or None."""
    if peer_told.other(plain):
        return Verdict(HELPER, "peer told")  # "she wants to log out permanently", an account given
    if worried.other(plain):
        return Verdict(HELPER, "worried")  # a wedding ring handed over "to keep safe"
    if wished_end.other(plain):
        return Verdict(HELPER, "himself")  # "he'll take care of it himself", and he has rifles
    if crew.other(plain):
        return Verdict(HELPER, "crew")  # a workmate better off under the press, said again
    if dwelt_on.other(plain):
        return Verdict(HELPER, "dwelt on")  # "my son keeps talking about the dam, how deep it is"
    if unaccounted.other(plain):
        return Verdict(HELPER, "unaccounted")  # a vet missing and the pento log short
    if quietly.OTHER.search(plain):
        return Verdict(HELPER, "quietly other")  # a rope bought "for the garden" they don't have
    if shut_in.other(plain):
        return Verdict(HELPER, "shut in")  # locked in the shed, the paraquat drum open
    if framed.child_poisoned(plain):
        return Verdict(HELPER, "child poisoned")  # "my toddler got into the pills"
    return None
