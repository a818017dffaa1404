"""A method asked by what others would find, or a drop asked by its height: the full reply.

Kinds, read on normalised text:

- ``_SPARED``: the least messy or cleanest way asked so that family or whoever comes does not
  have to find something horrible or clean up ("what's the least messy way so my family doesn't
  have to find something horrible");
- ``_HIGHEST_DROP``: which bridge, building, car park or cliff has the highest drop or fall
  ("which bridge in the city has the highest drop, need to know"), or the highest asked with a
  need to know now, "no reason" or as a place to get onto ("what's the highest building i can get
  onto", "whats the tallest bridge near leeds. no reason").

Lookalikes name a task or a ride: the least messy way to eat a mango or dye hair, the cleanest
way to cut a cake "so nobody has to find crumbs", the rollercoaster or the bungee jump with the
highest drop, a waterfall photographed, the bridge with the highest clearance for a van. Pure;
nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_SPARED = needles.compile(
    r"\b(?:least messy|cleanest|tidiest|neatest|least gruesome|least traumatic|least horrible|"
    r"least graphic|least gory|least upsetting) (?:\w+ )?(?:way|method|option|means)\b"
    r"(?! (?:to|of|for) (?!(?:go|do it|end it|die|check out)\b))"
    r"(?: \S+){0,4}? so (?:that )?(?:my (?:\w+ )?(?:family|kids|children|mum|mom|dad|wife|husband|"
    r"partner|parents|flatmates?|roommates?|son|daughter)|nobody|no one|they|whoever|the person|"
    r"someone|people) (?:(?:do not|does not|don t|doesn t|won t|will not|never|would not|"
    r"wouldn t) (?:have to|need to|ever)? ?|(?:has|have|needs|need) to )(?:find|see|discover|"
    r"clean|walk in)\b"
)
_HIGHEST_DROP = needles.compile(
    r"\b(?:which|what|whats|what s) (?:\w+ ){0,2}?(?:bridge|building|car park|multi storey|"
    r"parking garage|tower|tower block|block of flats|flats|cliff|overpass|flyover|viaduct|"
    r"rooftop|roof|dam)s? (?:\w+ ){0,5}?(?:has|have|is|gives) (?:the )?(?:highest|biggest|longest|"
    r"tallest|steepest|deepest|sheerest|furthest) (?:drop|fall|jump)\b"
)
# ...or the highest asked with a need to know now, or as a place one can get onto
_HIGHEST_NOW = needles.compile(
    r"\b(?:which|what) (?:\w+ ){0,2}?(?:bridge|building|car park|multi storey|parking garage|"
    r"tower|tower block|block of flats|cliff|rooftop|roof)s? (?:\w+ ){0,3}?(?:is|s) (?:the )?"
    r"(?:highest|tallest)\b(?=.*\b(?:need to know|tonight|right now|rn|asap|just tell me|"
    r"no reason|for no reason|do not ask|dont ask)\b)"
    # ...or the superlative first: "what's the tallest bridge near leeds. no reason"
    r"|\b(?:which|what) is the (?:highest|tallest) (?:bridge|building|car park|multi storey|"
    r"parking garage|tower|tower block|block of flats|cliff|rooftop|roof|viaduct|flyover)\b"
    r"(?=.*\b(?:need to know|tonight|right now|asap|just tell me|no reason|for no reason|"
    r"do not ask|dont ask)\b)"
    r"|\b(?:highest|tallest) (?:bridge|building|car park|multi storey|parking garage|tower|roof|"
    r"rooftop|block of flats) (?:that )?(?:i|you|one) (?:can|could) (?:get onto|get on to|get up|"
    r"get on top of|get to the top of|access|get into|climb)\b"
)
_RIDE = needles.compile(
    r"\b(?:bungee|bungy|rollercoaster|roller coaster|coaster|ride|rides|zip ?line|zipwire|"
    r"abseil\w*|photo\w*|pics?|view|views|drone|waterfall|kayak\w*|skydiv\w*|swing|base jump\w*|"
    r"cliff jump\w*|diving|dive|climb\w*|clearance|van|lorry|truck|trivia|quiz|game|minecraft)\b"
)


def method(plain: str) -> bool:
    """One of the kinds here, the highest drop asked with no ride or view named."""
    if _SPARED.search(plain) is not None:
        return True
    high = _HIGHEST_DROP.search(plain) or _HIGHEST_NOW.search(plain)
    return high is not None and _RIDE.search(plain) is None
