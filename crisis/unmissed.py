"""An absence imagined, a leaving decided, a last word passed on: told without a word of dying.

Kinds, read on normalised text; each gets the check-in ("ask, don't guess") unless said:

- ``_WALKED_OFF``: the writer walking into the bush, the woods or the sea and not coming back,
  imagined ("nobody would notice if i walked into the bush and didnt come back");
- ``_STOP_MISSING``: how long it would take people to stop missing or to forget the writer ("how
  many days would it take people to stop missing me");
- ``_HOW_TO_LEAVE``: deciding how to leave or go, with nothing left to leave named ("now im just
  deciding how to leave");
- ``_PASSED_ON`` with ``_NOT_FINISHING``: thanks passed on through someone, and the course or
  anything else not to be finished ("tell the course people i appreciated it. not gonna finish
  it");
- ``_NOT_A_CRY`` with ``_LAST_WORD``: "not a cry for help", and wanting someone to know before
  the writer goes: the full reply.

Lookalikes name the trip, the job, the party or the pet: a walk into the woods for a hike, how
long the dog will miss the writer on holiday, how to leave the party early or a job, thanks
passed on with a busy term as the reason to stop, a post "not a cry for help, a cry for coffee".
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_WALKED_OFF = needles.compile(
    r"\bif i (?:just )?(?:walked|walk|went|go|wandered|wander|swam|swim|drove|drive) (?:off |out )?"
    r"(?:into|in to|out into|out to|off into) (?:the )?(?:bush|woods|forest|sea|desert|hills|river|"
    r"lake|snow|mountains|ocean|water|jungle|swamp)\b (?:\w+ ){0,2}?(?:and|n) (?:did not|didn t|"
    r"didnt|never|do not|don t|wouldn t|would not) (?:come|came|get|walk) (?:back|out|home)\b"
)
_STOP_MISSING = needles.compile(
    r"\bhow (?:long|many (?:days|weeks|months|years)) (?:would|will|does|do) it take (?:for )?"
    r"(?:people|everyone|anyone|them|my (?:family|friends|kids|parents|mum|mom|dad)) to "
    r"(?:stop missing me|forget (?:about )?me|get over me|move on from me|notice i am gone)\b"
)
_HOW_TO_LEAVE = needles.compile(
    r"\b(?:deciding|working out|figuring out|choosing|planning|thinking about|thinking) how "
    r"(?:to|i ll|i will|i am going to|i m going to) (?:leave|go|check out|exit|do it)$"
)
_PASSED_ON = needles.compile(
    r"\btell (?:the \w+ (?:people|team|group|folks|guys|lot)|everyone|them|the group|my \w+) "
    r"(?:that )?i (?:appreciated|appreciate|loved|love|was grateful|am grateful|am sorry|tried)\b"
)
_NOT_FINISHING = needles.compile(
    r"\b(?:not going to|won t|wont|will not|never going to|not gonna) (?:finish|see|make it to|"
    r"be around for|get to the end of) (?:it|this|the course|the end)\b"
)
_NOT_A_CRY = needles.compile(r"\bnot a cry for help\b")
_LAST_WORD = needles.compile(
    r"\b(?:someone|somebody|you|people|everyone|someone here) to know\b(?=.*\bbefore i go$)"
)
_ERRAND = needles.compile(
    r"\b(?:holiday|vacation|trip|away|abroad|deploy\w*|moving|dog|cat|puppy|ex|breakup|"
    r"hike|hiking|walk|camping|party|job|work|boss|company|relationship|marriage|house|flat|"
    r"country|uni|school|church|town|group chat|meeting|call|zoom|busy|term|exams?|money|"
    r"baby|coffee|lol|haha|lmao)\b"
)


def check(plain: str) -> bool:
    """An absence imagined, a leaving decided or a last word passed on, with no errand named."""
    told = (
        _WALKED_OFF.search(plain) is not None
        or _STOP_MISSING.search(plain) is not None
        or _HOW_TO_LEAVE.search(plain) is not None
        or (_PASSED_ON.search(plain) is not None and _NOT_FINISHING.search(plain) is not None)
    )
    return told and _ERRAND.search(plain) is None


def crisis(plain: str) -> bool:
    """A farewell said to be "not a cry for help", with someone to know of it before i go."""
    found = _NOT_A_CRY.search(plain) is not None and _LAST_WORD.search(plain) is not None
    return found and _ERRAND.search(plain) is None
