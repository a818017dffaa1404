"""Someone else's risk told by where they are shut in or what they asked: the reply for helpers.

- ``_SHUT_IN``: someone who has not come out of a shed, a garage or a room for hours, the door
  locked from the inside, with a poison or a means open beside them ("farmhand hasnt come out of
  the shed in 2 hours, the paraquat drum's open on the bench and the door's locked from inside");
- ``_ASKED_PAPERS``: a partner or a parent, quiet or withdrawn, who asks where the insurance
  papers or the will are and whether the writer would be all right on their own.

Lookalikes name what keeps them in or why they asked: a teenager gaming, someone welding or
mixing a spray, asleep or on a call; a trip, an operation, a new policy or a move ahead. Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_NOT_OUT = needles.compile(
    r"\b(?:has not|hasnt|have not|havent|not|never) (?:come|came) out of (?:the|his|her|their) "
    r"(?:\w+ )?(?:shed|garage|room|bedroom|bathroom|barn|workshop|office|van|ute|car|cabin)\b"
)
_LOCKED = needles.compile(
    r"\b(?:locked|bolted|barricaded) (?:from (?:the )?inside|(?:himself|herself|themselves) in)\b"
)
_MEANS_OPEN = needles.compile(
    r"\b(?:paraquat|poison|pesticide|weedkiller|weed killer|herbicide|roundup|glyphosate|"
    r"chemicals?|drum|pills|tablets|meds|rope|gun|rifle|shotgun|hose|exhaust|engine (?:is )?"
    r"running|charcoal|gas bottle|razor|blades?)\b"
)
# ...what keeps them in: a job, a game, sleep
_KEPT_IN = needles.compile(
    r"\b(?:welding|working on|fixing|building|mixing|spraying|cleaning|gaming|playing|sleeping|"
    r"asleep|napping|on a call|on the phone|in a meeting|music|headphones|revising|studying|"
    r"sulking|grounded)\b"
)
_ASKED_PAPERS = needles.compile(
    r"\b(?:he|she|they|my (?:husband|hubby|wife|partner|dad|mum|mom|father|mother|son|daughter))"
    r" (?:asked|asks|wanted to know|keeps asking|kept asking) (?:me )?where (?:the|his|her|their|"
    r"our) (?:life )?(?:insurance|policy|will|super|superannuation|pension) (?:papers |documents "
    r"|details |stuff |policy )?(?:are|is|were|was|is kept|are kept)\b"
    r"(?=.*\b(?:if|whether) (?:i (?:would|will|could|can) |id )(?:be (?:right|ok|okay|alright|"
    r"all right|fine)|manage|cope) (?:on my own|without (?:him|her|them)|by myself|alone)\b)"
)
_ASKED_WHY = needles.compile(
    r"\b(?:trip|away|deploy\w*|hospital|surgery|operation|work trip|conference|new policy|"
    r"renew\w*|moving|move|mortgage|claim|accident|flood|fire|burglary)\b"
)


def other(plain: str) -> bool:
    """Someone shut in with a means, or asking after the papers and the writer alone."""
    if _ASKED_PAPERS.search(plain) and _ASKED_WHY.search(plain) is None:
        return True
    if _NOT_OUT.search(plain) is None or _LOCKED.search(plain) is None:
        return False
    return _MEANS_OPEN.search(plain) is not None and _KEPT_IN.search(plain) is None
