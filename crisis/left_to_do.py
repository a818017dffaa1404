"""Affairs finished and only the end left to do, told as a to-do list: the check-in.

Older writers, and writers in a second language, tell a decision by the errands done and what
remains: "sorted my will, who gets the flat, who gets the cat. only thing left is doing it",
"I have done the will in son's name and now only preparation for going is remaining",
"finished the will. finished the letters. now just waiting for the kids to go to their moms",
"for Friday everything is prepared. The cat goes to Frau Becker next door". Two shapes:

- ``_DONE`` then ``_REMAINS``: a will, a testament, letters or one's affairs told as done, and
  only one thing left, or a wait for the house to empty, or everything prepared for a day;
- ``_ACT`` three times, or twice with the cover story denied ("told her it's for taxes. it's
  not", "a longer leave than he thinks"): the last errands of a life listed (a will written,
  tools given to the neighbours, a goodbye call, debts paid back, a locker cleaned out, the
  house signed over, the cat promised to a neighbour).

Lookalikes name the ordinary reason: a move or a downsizing, retirement, an operation, a trip
or a posting, a funeral planned ahead with the funeral home, a will written "because everyone
should", a to-do list for work or a wedding, a party made ready (the cake, the balloons). Read
on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_DONE = needles.compile(
    r"\b(?:finished|sorted|wrote|written|done|did|made|signed|updated|prepared|put in order|got "
    r"in order|have done|ve done) (?:out )?(?:the |my |all my |all the |a )?(?:will|testament|"
    r"letters?|goodbye letters?|notes?|affairs|papers|paperwork|last wishes)\b"
    r"|\b(?:will|testament|letters|affairs|papers) (?:is |are )?(?:all )?(?:done|finished|sorted|"
    r"written|signed|ready|in order)\b"
    r"|\beverything is (?:prepared|ready|arranged|in place|sorted|organised|organized)\b"
)
_REMAINS = needles.compile(
    # the one thing left is the end itself: "only thing left is doing it", "to go"
    r"\b(?:only|last|one) (?:\w+ )?(?:thing|step|bit|part|job|task) (?:\w+ )?(?:left|remaining|"
    r"remains|to do)(?: now)? (?:is )?(?:to )?(?:doing it|do it|going|go|leaving|leave|the end|"
    r"goodbye|say goodbye|me|myself|the last step)$"
    r"|\bonly (?:\w+ )?(?:preparation|step|thing) (?:for|of|before) (?:going|leaving|the end|it)\b"
    r"|\bnothing (?:else )?left (?:to do )?(?:but|except|apart from) (?:to )?(?:go|going|wait|"
    r"waiting|do it|doing it|say goodbye|end it)\b|\ball (?:that s|thats|that is) left is (?:to )?"
    r"(?:go|do it|doing it|wait|the end)\b"
    # waiting for the house to empty, not for a solicitor
    r"|\b(?:now |so now )(?:i am |im )?(?:just|only) waiting (?:for|till|until) (?:the kids|the "
    r"children|my (?:wife|husband|son|daughter|kids|children|partner)|everyone|the house|them)\b"
    r"|\bfor (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the "
    r"weekend) everything is\b|\beverything is (?:prepared|ready|arranged) for (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend)\b"
    r"|\b(?:i have|i ve|ive) (?:lived|had) (?:long )?enough\b"
)
# The last errands of a life, each on its own.
_ACT = needles.compile(
    r"\b(?:wrote|written|finished|made|did|done|signed) (?:the |my )?(?:will|testament)\b"
    r"|\b(?:gave|given|giving) (?:away )?(?:all )?my (?:\w+ )?(?:tools|guns|books|clothes|things|"
    r"stuff|records|watch|medals|car|truck|dog|cat|bike|guitar)\b"
    r"|\b(?:called|rang|phoned|texted|visited) (?:my )?\w+ (?:\w+ )?to say goodbye\b"
    r"|\bpaid (?:back|off) (?:what i owed|all my debts|my debts|everyone|everybody|the guys)\b"
    r"|\bcleaned out my (?:locker|desk|room|office|workshop|shed)\b"
    r"|\bsigned (?:the house|the flat|the farm|the car|the truck|everything|it all) over\b"
    r"|\bthe (?:cat|dog|dogs|cats|bird|horse) (?:goes|will go|is going) to\b"
    r"|\b(?:rehomed|found a home for) (?:my |the )?(?:cat|dog|dogs|cats)\b"
)
# The reason given to others denied: "told her it's for taxes. it's not", "a longer leave than
# he thinks"; one errand is enough beside it
_COVER_DENIED = needles.compile(
    r"\btold (?:him|her|them|my \w+|the \w+) (?:it s|its|it is|i m|im|i am) (?:\w+ ){0,4}?"
    r"(?:it s|its|it is|i m|im|i am) not$"
    r"|\b(?:longer|bigger|more final) (?:\w+ )?than (?:he|she|they|anyone|everyone) (?:thinks?|"
    r"knows?)\b"
)
# ...or left not understood: "he did not understand. is better like this"; two are needed then
_NOT_UNDERSTOOD = needles.compile(
    r"\b(?:he|she|they) (?:did not|didnt|does not|doesnt) (?:understand|get it|know why)\b"
    r"|\b(?:is|it s|its|it is) better (?:like|this way|that way)\b"
)
_ERRAND = needles.compile(
    r"\b(?:mov(?:e|es|ed|ing)|downsiz\w*|relocat\w*|emigrat\w*|retir\w*|pension plan|"
    r"operation|surgery|op next|hospital stay|trip|travel\w*|holiday|deploy\w*|posting|"
    r"funeral home|pre ?plann\w*|pre ?paid funeral|everyone should|just in case|solicitor said|"
    r"wedding|project|deadline|exam|to do list|checklist|renovat\w*|new job|"
    r"nursing home|care home|assisted living|flies|flying|fly out|flew|flight|emigrat\w*|"
    r"before (?:she|he|they|we) (?:leaves|leave|goes|go|moves|move|flies|fly)|so (?:i|we) can|"
    r"to go to bed|telly|tv|film|movie|dinner|tea time|teatime)\b"
)
# A party made ready: "everything is ready for friday, the cake is ordered"...
_PARTY = needles.compile(
    r"\b(?:party|cake|balloons|bunting|decorations|guests|barbecue|bbq|picnic|christening|"
    r"baby shower|hen do|stag do|buffet)\b"
)
# ...unless the writer will be absent from it, or a goodbye is beside it
_PARTY_BUT = needles.compile(
    r"\b(?:be there|be around|be here|without me|miss me|goodbye|letters?|notes?|will|last|"
    r"the end|for good|forever|gone)\b"
)


def check(plain: str) -> bool:
    """Affairs finished with only the end left, or the last errands of a life listed."""
    if _ERRAND.search(plain):
        return False
    if _PARTY.search(plain) and not _PARTY_BUT.search(plain):
        return False
    done = _DONE.search(plain)
    if done is not None and _REMAINS.search(plain):
        return True
    acts = len(_ACT.findall(plain))
    if acts >= 3 or (acts >= 1 and _COVER_DENIED.search(plain) is not None):
        return True
    return acts >= 2 and _NOT_UNDERSTOOD.search(plain) is not None
