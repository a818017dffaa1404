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
