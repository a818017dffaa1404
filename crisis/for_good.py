"""A wish to be gone told sideways, and a loss that knocked the ground away.

Kinds, read on normalised text:

- not existing, then "for good": "how nice it'd be to not exist for a while. like permanently",
  "want to disappear off the earth. not on holiday" -- a rest first said, then undone; a check-in;
- hoping a vehicle will not stop: "i keep hoping the bus doesn't stop in time when i cross" --
  a passive wish to be hit; a check-in;
- finished trying to live: "i'm finished trying to live like this" -- a check-in;
- a long relationship ended and "the floor fell out": distress, the caring reply.

Lookalikes stay quiet: "i wish the bus didn't stop at every stop", "moving to spain for good",
"the floor fell out of the market", "done trying to live on ramen, i'm cooking now". Pure.
"""

from __future__ import annotations

from crisis import needles

# Gone for a while, then for good: the rest undone by what follows.
_GONE_FOR_GOOD = needles.compile(
    r"\b(?:not exist|not to exist|stop existing|not be here|disappear|vanish|be gone)\b"
    r".{0,50}\b(?:like permanently|permanently|for good|forever|for ever|not on holiday|"
    r"not on vacation|not like a holiday|and never come back|and not come back)\b"
)
_GONE_ELSEWHERE = needles.compile(
    r"\b(?:move|moving|moved|emigrate|abroad|spain|france|country|cabin|island|account|"
    r"delete|deleted|app|social media|instagram|facebook|tiktok|offline|off grid|stain|rash|"
    r"symptoms?|pain|headache|acne|hair|book|novel|story|game|music|series|show|film|garden)\b"
)
# Hoping a bus, a car or a train will not stop for the writer.
_NOT_STOP = needles.compile(
    r"\b(?:hope|hoping|hopes|wish|wishes|wishing|want) (?:that )?(?:the |a )?(?:\w+ )?"
    r"(?:bus|car|train|lorry|truck|van|tram|driver|traffic) (?:does not|do not|will not|would not|"
    r"did not|won t|doesn t|wouldn t) stop\b(?! (?:at|here|there|running|for long|so often|"
    r"every|on)\b)"
)
# Finished or done trying to live (like this), not to live on ramen or in a flat.
_DONE_LIVING = needles.compile(
    r"\bi am (?:finished|done|through) (?:with )?trying to (?:live|stay alive|keep living|"
    r"keep going)\b(?! (?:on|in|off|with|without|abroad|at|near|by|frugally|cheaply)\b)"
)
# A long relationship ended, and the ground gone: distress.
_LOSS = needles.compile(
    r"\b(?:broke up|split up|break up|breakup|divorce|divorced|separated|left me|dumped|ended)\b"
)
_FLOOR = needles.compile(
    r"\b(?:floor|ground|rug|bottom) (?:fell|has fallen|dropped|has dropped|gave way) "
    r"(?:out|away)\b(?! of (?:the|my) (?:market|prices|deal|sales|plan|business)\b)"
)


def check(plain: str) -> bool:
    """A wish to be gone told sideways: a check-in."""
    if _GONE_FOR_GOOD.search(plain) and not _GONE_ELSEWHERE.search(plain):
        return True
    return bool(_NOT_STOP.search(plain) or _DONE_LIVING.search(plain))


def distress(plain: str) -> bool:
    """A relationship ended and the ground gone from under the writer: the caring reply."""
    return bool(_LOSS.search(plain) and _FLOOR.search(plain))
