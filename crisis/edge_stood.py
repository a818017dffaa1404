"""A drop stood at with the step thought of, or its height looked up and the rest left unsaid.

Two shapes of a place of falling told without a word of death:

- ``_STOOD`` with ``_STEP``: the writer standing on, over or at a bridge, an overpass, a well, a
  ledge or a railing, and the step or the day thought of ("Sometimes I stand over the well and
  think - just one step", "I end up at the same overpass. Today's the day. I'm standing on it").
  Told as now ("today's the day", "right now", "tonight") it gets the full reply; as a habit,
  the check-in;
- ``_LOOKED_UP`` with ``_UNSAID``: how tall or which is highest of a local structure looked up
  (the grain elevator, the bridge in the city, the car park), with the rest left unsaid ("Not
  going to say more", "then came here like a normal person"): the check-in.

Lookalikes name a view, a job or a trip: standing on the bridge for photos, over the well to
fix the pump, one step from the finish line, a height looked up for a school project, a
climb, a drone or a pub quiz. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_PLACE = (
    r"(?:bridge|overpass|flyover|viaduct|well|ledge|edge|railing|railings|parapet|cliff|cliff "
    r"edge|roof|rooftop|platform edge|tracks|car park roof|top floor|balcony rail\w*|dam wall|"
    r"quarry edge|it)"
)
_STOOD = needles.compile(
    r"\b(?:i (?:am |m )?|im |i keep |i always |sometimes i |and i )(?:standing|stand|stood|sitting|"
    r"sit|sat|leaning|lean|end up|ended up)(?: \w+){0,2}? (?:on|over|at|by|against|on top of) "
    r"(?:the |that |this |a |my )?(?:same |old |local |top of the )?" + _PLACE + r"\b"
)
_STEP = needles.compile(
    r"\b(?:just |only )?(?:one|1|a single|one more|one little|one small) (?:step|lean|push|jump)\b"
    r"(?! (?:at a time|by step|closer to (?:my|the) goal|forward|ahead))"
    r"|\b(?:today s|todays|today is|tonight s|tonights|tonight is) the (?:day|night)\b"
    r"|\b(?:how easy it would be|how easy to|let go|lean (?:forward|over)|looking down and "
    r"(?:think|thinking|wonder))\b"
)
_NOW = needles.compile(
    r"\b(?:today s|todays|today is|tonight s|tonights|tonight is) the (?:day|night)\b|\b(?:right "
    r"now|now|tonight|at the moment|as i type|as i write)\b"
)
_VIEW = needles.compile(
    r"\b(?:photo\w*|pics?|picture|selfie|view|sunset|sunrise|fireworks|pump|bucket|repair\w*|"
    r"fix\w*|finish line|dance|stage|wedding|concert|gig|train (?:spotting|spotter)|fishing|"
    r"protest|march|parade|tour|holiday|climb\w*|abseil\w*|bungee|diving board|pool)\b"
)

# A local structure's height looked up, and the rest left unsaid
_LOOKED_UP = needles.compile(
    r"\b(?:looked up|googled|searched|checked|found out|worked out) (?:how (?:tall|high|far down|"
    r"deep)|which (?:\w+ )?(?:bridge|building|tower|car park|block|cliff|overpass|roof) "
    r"(?:\w+ ){0,4}?"
    r"(?:is |s )?(?:the )?(?:highest|tallest|biggest drop)|the height of)\b"
)
_STRUCTURE = needles.compile(
    r"\b(?:grain elevator|silo|water tower|bridge|overpass|flyover|viaduct|car park|multi ?storey|"
    r"parking (?:garage|structure)|tower block|block of flats|building|cliff|dam|quarry|roof)\b"
)
_UNSAID = needles.compile(
    r"\b(?:not (?:going|gonna) (?:to )?say (?:any )?more|won t say more|wont say more|will not say "
    r"more|enough said|say no more|don t ask|dont ask|do not ask|like a normal person|as if "
    r"nothing|pretend(?:ing)? (?:i m|im|i am|to be) (?:normal|fine|ok)|nobody needs to know|no "
    r"one needs to know)\b"
)
_ERRAND = needles.compile(
    r"\b(?:project|homework|assignment|school|essay|trivia|pub quiz|quiz night|fact|facts|"
    r"engineer\w*|architect\w*|drone|photo\w*|climb\w*|abseil\w*|tour\w*|visit\w*|trip|holiday|"
    r"sightseeing|van|lorry|truck|clearance|lift|elevator pitch|bet|wager|documentary)\b"
)


def read(plain: str) -> Verdict | None:
    """The full reply for a drop stood at now with the step thought of, the check-in for a habit
    of it or for a height looked up with the rest unsaid; otherwise None."""
    stood = _STOOD.search(plain)
    if stood is not None and _STEP.search(plain) and _VIEW.search(plain) is None:
        return Verdict(CRISIS if _NOW.search(plain) else CHECK, "edge stood")
    looked = _LOOKED_UP.search(plain)
    if looked is None or _STRUCTURE.search(plain) is None or _UNSAID.search(plain) is None:
        return None
    return None if _ERRAND.search(plain) else Verdict(CHECK, "height looked up")
