"""Things given away and the writer "squared away before i go", with nowhere to go named.

"Gave my motorcycle to my nephew and my tools to the guys at the shop. Feels good to be squared
away before I go": possessions handed out and affairs called done, before a going that has no
place, trip or date. The full reply. Lookalikes name the going (to Spain, on deployment, into
surgery, back to uni, home) or a move. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_GAVE = needles.compile(
    r"\b(?:gave|given|giving|handed|handing) (?:away )?(?:all )?(?:my|our) \w+(?: \w+)? "
    r"(?:to|away)\b"
)
_BEFORE_I_GO = needles.compile(
    r"\b(?:squared away|sorted|settled|in order|tidied up|all done|wrapped up|taken care of) "
    r"before i go\b(?! (?:to|on|into|abroad|away|back|for|home|in|out|under|off|travel\w*|"
    r"over|up|down)\b)"
)
# A going with a reason: a move, a trip, a deployment, an operation.
_GOING = needles.compile(
    r"\b(?:mov\w*|trip|holiday|travel\w*|deploy\w*|tour|posting|surgery|operation|hospital|"
    r"uni|college|abroad|emigrat\w*|relocat\w*|flight|visa|lease|new job|retir\w*)\b"
)


def before_going(plain: str) -> bool:
    """Possessions given away and affairs squared "before i go", with no place or reason."""
    if _GAVE.search(plain) is None or _BEFORE_I_GO.search(plain) is None:
        return False
    return _GOING.search(plain) is None


# Things given away, and a hint that the writer will not need them: "i am quitting everything",
# "won't need them anymore", "she does not know what it is for".
_NO_NEED = needles.compile(
    r"\b(?:i am|i m|im|he is|he s|hes|she is|she s|shes|they are|they re) (?:quitting|done with|"
    r"finished with|giving up) (?:everything|it all|all of it|life|living)$"
    r"|\b(?:won t|wont|will not|i ll not|not going to|going to not) (?:be )?need(?:ing)? (?:them|"
    r"it|any of (?:it|them|this)|these|those|that|this|my \w+) (?:anymore|any more|again|where i "
    r"am going|where i m going|after (?:this|tonight|today))\b"
    r"|\b(?:won t|wont|will not) need (?:them|it|these|those)$"
    r"|\b(?:she|he|they|nobody|no one|mum|mom|mother|dad|father) (?:does not|doesn t|doesnt|do not|"
    r"don t|dont) know what (?:it s|its|it is|this is|they are|they re) (?:for|really for)$"
)
# Someone else as the giver: "my brother is giving all his stuff away".
GIVEN_BY_OTHER = needles.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:brother|sister|friend|mate|mum|mom|mother|dad|father|son|"
    r"daughter|husband|wife|partner|boyfriend|girlfriend|cousin|patient|client)) (?:is |s |has |"
    r"has been |was |been |keeps )?(?:gave|given|giving|handed|handing) (?:away )?(?:all )?"
    r"(?:his|her|their)\b"
)
# An ordinary reason to give things away: a move, an outgrown size, a habit quit, a present.
_REASON = needles.compile(
    r"\b(?:baby|babies|kids? (?:are )?grown|outgrew|outgrown|too (?:big|small|tight)|lost weight|"
    r"declutter\w*|minimalis\w*|charity|upgrad\w*|new (?:one|phone|laptop|car)|sober|smoking|"
    r"vaping|drinking|sugar|caffeine|diet|birthday|christmas|surprise|present|anniversary|"
    r"propos\w*|engagement|graduat\w*|retir\w*|sold|selling|broke up|divorce\w*|wedding is)\b"
)


def given_no_need(plain: str) -> bool:
    """Things given away and a hint that the writer will not need them, with no ordinary reason."""
    gave = _GAVE.search(plain) is not None or GIVEN_BY_OTHER.search(plain) is not None
    if not gave or _NO_NEED.search(plain) is None:
        return False
    return _GOING.search(plain) is None and _REASON.search(plain) is None
