"""A means laid out and stared at, or gone back to and stared at: the writer's own risk.

The means is not held in the hand but set out and looked at, and the looking is the telling:
"the benzos are all lined up on the table. been staring at them an hour" (the full reply), "cant
stop picturing the rope in the hayloft. i go up there and stare at it" (the check-in: the means
is near and keeps calling, with no act yet). Two shapes:

- ``_LAID_OUT`` with ``_STARING``: pills, tablets or a blade lined up, counted out or laid out,
  and stared at or sat with;
- ``_MEANS`` with ``_DRAWN``: a rope, a gun or pills gone back to or pictured again and again
  ("keep going back to look at", "go up there and stare at it", "cant stop picturing").

Lookalikes name a job or a harmless sight: a weekly pill organiser filled, pills counted for the
chemist, a rope for a climb or a boat, a rifle cleaned, a puzzle laid out, staring at a screen.
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, HELPER, Verdict, about_someone_else

_PILLS = (
    r"(?:pills|tablets|tabs|capsules|benzos|xanax|bars|oxy\w*|painkillers|sleeping pills|meds|"
    r"morphine|diazepam|valium|zopiclone|paracetamol|blades?|razors?)"
)
_LAID_OUT = needles.compile(
    r"\b" + _PILLS + r" (?:are |is )?(?:all )?(?:lined up|laid out|counted out|spread out|set out|"
    r"in (?:a row|rows|a pile|piles)|out on the (?:table|desk|bed|counter|floor))\b"
    r"|\b(?:lined|laid|counted|spread|set) (?:up |out )?(?:all )?(?:my |the |of my |all my )?"
    + _PILLS
    + r"\b"
)
_STARING = needles.compile(
    r"\b(?:staring|stared|stare|looking|looked|gazing|sitting here looking|sat looking) at "
    r"(?:them|it|the lot|the \w+)\b|\bbeen (?:sat|sitting) (?:here )?(?:with them|with it|there)"
    r"\b|\b(?:for |over )?(?:an hour|hours|ages|all night|half the night)\b"
)
_MEANS = needles.compile(
    r"\b(?:rope|noose|belt|cord|gun|rifle|shotgun|pistol|blade|razor|pills|tablets|benzos|"
    r"morphine|bottle of pills)\b"
)
# drawn back to it again and again
_DRAWN = needles.compile(
    r"\b(?:i|and) (?:keep |always )?(?:go|going|went|walk|climb) (?:up |out |down )?(?:there|to "
    r"it|to look at it|back to it)? ?(?:and|to) (?:just )?(?:stare|look|sit) (?:at|with) "
    r"(?:it|them)\b"
    # pictured, and waiting where it is: "cant stop picturing the rope. its just hanging there"
    r"|\b(?:can not|cant|can t) stop (?:picturing|imagining|thinking about|looking at|staring at) "
    r"(?:the|my|that|his|dads|my dads) (?:\w+ )?(?:rope|noose|gun|rifle|shotgun|pistol|blade|"
    r"razor|pills|tablets|beam|belt)\b(?: \S+){0,8}? (?:just )?(?:hanging there|sitting there|"
    r"waiting (?:there|for me)|loaded)\b"
    r"|\bkeep (?:going back to|checking on|looking at|staring at|taking out) (?:the|my) (?:\w+ )?"
    r"(?:rope|noose|gun|rifle|shotgun|pistol|blade|razor|pills|tablets)\b"
)
_JOB = needles.compile(
    r"\b(?:organi[sz]er|dosette|pill box|weekly|for the week|blister pack|chemist|pharmacy|"
    r"prescription|count\w* (?:them )?for|inventory|stock ?take|ward|shift|climb\w*|belay\w*|"
    r"boat|sail\w*|anchor|clean\w*|oil\w*|range|hunt\w*|season|museum|puzzle|jigsaw|lego|"
    r"screen|phone|tv|telly|homework|exam|recipe|shav\w*|barber|craft\w*|art|painting|"
    r"photo\w*|tug of war|gym|swing|horse|hay bales? (?:today|this morning|again))\b"
)


def _told(plain: str) -> bool:
    laid = _LAID_OUT.search(plain)
    if laid is not None and _STARING.search(plain, laid.end()):
        return True
    return _MEANS.search(plain) is not None and _DRAWN.search(plain) is not None


def read(plain: str) -> Verdict | None:
    """The full reply for a means laid out and stared at, the check-in for one drawn back to."""
    if _JOB.search(plain):
        return None
    if about_someone_else(plain):
        return Verdict(HELPER, "stared at") if _told(plain) else None
    if not _told(plain):
        return None
    laid = _LAID_OUT.search(plain)
    if laid is not None and _STARING.search(plain, laid.end()):
        return Verdict(CRISIS, "stared at")
    if _MEANS.search(plain) and _DRAWN.search(plain):
        return Verdict(CHECK, "stared at")
    return None
