"""An end told by a figure of speech or beside a decision, in plain English: the check-in.

Writers who will not name it borrow a picture, a faith's question or another's death:

- ``_FOLDED``: a game given up "for good" ("pretty sure that's a full house. time to fold for
  good", "time to cash out for good");
- ``_NUMBERED``: one's days "numbered" and the writer "making sure of it";
- ``_KEY``: the body or the life a prison or a cage, and the key or the way out "found";
- ``_END_HERE``: ending it here preferred to going back ("I prefer to end here than go back to
  that army");
- ``_FORGIVEN``: whether God forgives those who go early, with a day near ("asking bc i need to
  know before friday");
- ``_EASIER``: a decision with a day and "easier this way for everybody";
- ``_MEMORY``: a child or a family better off with the writer as a memory;
- ``_UNDERSTOOD``: a relative who "did it", and the writer who "understands him now".

Lookalikes say what else is given up or decided: folding a poker hand or the laundry, a
phone's lock screen key found, a trip ended here, a sermon's question with no day, a diet
decided on, a grandmother remembered, a brother's choice of job understood. Read on normalised
text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|"
    r"next week|the \d+(?:st|nd|rd|th)?)"
)
_FOLDED = needles.compile(
    r"\b(?:time to|ready to|going to|gonna|about to) (?:fold|cash out|cash in my chips|check out|"
    r"tap out|bow out|clock out|throw in the towel|call it) (?:for good|for the last time|"
    r"permanently|once and for all)\b"
)
_FOLDED_NOT = needles.compile(
    r"\b(?:poker|hand|chips|table|casino|laundry|washing|account|app|twitter|facebook|instagram|"
    r"tiktok|social media|job|shift|work|office|team|club|band|business|shop|hotel)\b"
)
# fate told and embraced: "my days are numbered and i'm making sure of it"
_NUMBERED = needles.compile(
    r"\b(?:days are numbered|not long for this world|time is nearly up|wont be around long|won t "
    r"be around long)\b(?: \S+){0,3}? (?:i m|im|i am|i ll|ill|i will) (?:going to |gonna )?"
    r"(?:making sure of it|make sure of it|seeing to it|see to it|making sure it (?:is|s) soon)\b"
)
_KEY = needles.compile(
    r"\b(?:my )?(?:body|life|mind|head|brain|existence) (?:is|feels like|has become) (?:a |my )?"
    r"(?:prison|cage|cell|trap)\b(?: \S+){0,10}? (?:found|got|have) (?:the|my) (?:key|way out|"
    r"exit|door)\b"
)
_END_HERE = needles.compile(
    r"\b(?:i )?(?:prefer|would rather|d rather|rather) (?:to )?(?:end|finish|die) (?:it )?(?:here|"
    r"now|myself) (?:than|before i) (?:go|going|be sent|being sent|return|returning)\b"
)
_FORGIVEN = needles.compile(
    r"\b(?:god|allah|jesus|the lord|heaven) (?:\w+ )?forgives? (?:people|those|someone|somebody|"
    r"anyone|me|a person) (?:who|that|if (?:they|i|you)) (?:go|goes|leave|leaves|went|die|end it|"
    r"ends it|take their|takes their|check out) (?:early|before (?:their|his|her|my) time|own life|"
    r"themselves)\b"
)
_DAY_RE = needles.compile(r"\b" + _DAY + r"\b")
_SOON = needles.compile(r"\b(?:before|by|on|after|until|till) " + _DAY + r"\b|\bneed to know\b")
_EASIER = needles.compile(
    r"\b(?:easier|better|simpler|kinder) (?:this|that) way for (?:everybody|everyone|all|them|"
    r"the family|my family)\b"
)
# ...unless what was decided is a plan shared with others: a trip, a move, a meal
_PLANNED = needles.compile(
    r"\b(?:we|us|our|beach|trip|holiday|move|moving|drive|train|flight|party|dinner|lunch|"
    r"meeting|booked|wedding|school|nursery|childcare|diet|gym|quit|quitting|resign\w*)\b"
)
_DECIDED = needles.compile(r"\b(?:i )?(?:decided|made up my mind|it s decided|its decided)\b")
_MEMORY = needles.compile(
    r"\bbetter off (?:with|having) (?:a |their |his |her |my )?(?:dad|father|mum|mom|mother|"
    r"husband|wife|parent|grandad|grandpa|nan|gran|grandma|brother|sister|partner|son|daughter)"
    r"(?: who s| whos| who is| that s| thats| that is)? (?:just )?(?:a memory|a photo|a picture|"
    r"in a photo|dead|gone|in heaven|an angel)\b"
    r"|\bbetter off (?:remembering me|with (?:just )?(?:my|the) memory of me|with me as a memory)\b"
)
_DID_IT = needles.compile(
    r"\b(?:my |our )?(?:\w+ )?(?:brother|sister|dad|father|mum|mom|mother|son|daughter|uncle|aunt|"
    r"cousin|grandad|grandpa|friend|best friend|husband|wife) (?:did it|killed (?:himself|herself)|"
    r"took (?:his|her) (?:own )?life|ended (?:it|his life|her life)|hanged (?:himself|herself))\b"
)
_UNDERSTOOD = needles.compile(
    r"\b(?:i )?(?:understand|get|see) (?:him|her|them|why (?:he|she|they) did it)(?: now| at last| "
    r"finally)\b|\bnow i (?:understand|get) (?:him|her|them|why)\b"
)


# "did it" of a service or a trade, not a death
_DID_IT_JOB = needles.compile(
    r"\bdid it (?:in the (?:war|army|navy|forces|mines|pits)|for (?:a living|work|years|the money)|"
    r"as a (?:job|trade))\b|\b(?:served|serve|service|army|navy|trade|apprentic\w*)\b"
)


def check(plain: str) -> bool:
    """An end told by a figure of speech, a faith's question with a day, or another's death."""
    if _FOLDED.search(plain) and _FOLDED_NOT.search(plain) is None:
        return True
    if _KEY.search(plain) or _END_HERE.search(plain) or _MEMORY.search(plain):
        return True
    if _NUMBERED.search(plain):
        return True
    if _FORGIVEN.search(plain) and _SOON.search(plain):
        return True
    if _EASIER.search(plain) and _DECIDED.search(plain) and _DAY_RE.search(plain) is not None:
        return _PLANNED.search(plain) is None
    if _DID_IT.search(plain) is None or _DID_IT_JOB.search(plain) is not None:
        return False
    return _UNDERSTOOD.search(plain) is not None
