"""Not caring to come back from a drug's hole, a place said to call, safety refused: the check-in.

People who use ketamine and other drugs tell a passive wish to die through the drug itself:
"dont care if i come back from this ket session", "if i k-hole forever thats fine by me",
"hoping the dissociation just takes me away and i dont come back lol". Others tell it by a
place that calls ("keep thinking the river's calling me. might answer it") or by refusing the
safety offered ("im not trying to reduce harm. im trying to get it over with", the naloxone kit
binned). Five shapes:

- ``_NOT_BACK``: not caring, or hoping, not to come back, wake up or come round, from this
  session, this trip, or at all;
- ``_FOREVER``: a hole, a trip or a sleep "forever" called fine, or hoped to take the writer
  away for good;
- ``_CALLING``: a river, the sea, the tracks or a bridge calling the writer, with an answer
  thought of;
- ``_KIT_BINNED``: the naloxone kit thrown away, unless an expired one was replaced;
- ``_SAFETY_REFUSED``: the harm reduction, staying safe or staying alive refused as the aim.

A check-in, not the full reply: no plan or act is told. Lookalikes say where the coming back is
from (a holiday, the shops, a break), a music festival's "k-hole forever" chant told as a lyric,
an exam or the dentist "got over with", a river "calling" for a kayak trip. Read on normalised
text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_NOT_BACK = needles.compile(
    r"\b(?:do not|dont|don t|wouldnt|would not|won t|wont) (?:really |even |honestly )?(?:care|"
    r"mind) (?:if|whether) i (?:ever |never )?(?:come back|wake up|wake|come round|come around|"
    r"come out of it|come up|make it back)\b"
    r"(?: (?:from )?(?:this|the|that|tonight s|tonights) (?:ket\w*|k|session|trip|hole|k ?hole|"
    r"high|dose|bump|line|one|time))?"
    r"(?! (?:from|to|in|at|on|with|early|late|home|for)\b)"
    r"|\b(?:hoping|hope|wish|praying) (?:that )?(?:the |this |my )?(?:ket\w*|k|dissociation|trip|"
    r"drugs?|dose|high|hole|k ?hole|session|gear|sleep) (?:\w+ ){0,2}?(?:takes|will take|"
    r"would take|take) me (?:away|with it|under)(?! from)(?: for good)?(?: (?:and|so) i "
    r"(?:do not|dont|don t|never|would not|wont|won t) (?:come back|wake up|come round|come up))?\b"
)
_FOREVER = needles.compile(
    r"\b(?:k ?hole|hole|trip|stay under|stay gone|dissociate|sleep|nod off|nod|go under) forever "
    r"(?:thats|that s|that is|its|it s|is|would be) (?:fine|ok|okay|alright|good|grand|sweet)\b"
    r"|\bif i (?:k ?hole|stay under|never come up|never come back up) forever\b"
)
_CALLING = needles.compile(
    r"\b(?:the )?(?:river|sea|ocean|water|lake|tracks|train|bridge|cliff|edge|rope)(?:s| s| is)? "
    r"(?:keeps |keep |is |s |has been |been )?(?:calling|callin|calls) (?:me|my name|to me)\b"
    r"(?: \S+){0,8}? (?:might|may|will|gonna|going to|could|should|ready to) (?:just )?"
    r"(?:answer|go|listen)\b"
)
_SAFETY_REFUSED = needles.compile(
    r"\b(?:not|never) (?:trying|looking|here|wanting|want) to (?:reduce (?:the )?harm|stay safe|"
    r"be safe|keep safe|stay alive|survive (?:this|it))\b(?: \S+){0,6}? (?:trying|want|wanting|"
    r"here) to (?:get it (?:all )?over with|end it|be done with it|finish it|die|not come back)\b"
    r"|\bharm reduction (?:\w+ ){0,4}?(?:pointless|useless|no use|not for me)\b(?: \S+){0,10}? "
    r"(?:get it (?:all )?over with|end it|be done|finish it|not come back)\b"
)
# the overdose kit thrown away: "threw my naloxone kit in the bin. dont need saving"
_KIT_BINNED = needles.compile(
    r"\b(?:threw|thrown|binned|chucked|tossed|ditched|gave away|given away|got rid of|left|"
    r"flushed) (?:out |away )?(?:my|the|me) (?:\w+ )?(?:naloxone|narcan|nalox\w*|prenoxad|nyxoid)"
    r"(?: kit| spray| pen| injection)?\b"
)
# ...an old one replaced, or one left at home by mistake
_KIT_ERRAND = needles.compile(
    r"\b(?:expired|out of date|old one|new one|replaced|replacement|at (?:home|work)|by accident|"
    r"in the car|forgot|used it on|gave it to)\b"
)
# a festival's chant, a song's line, a paddle on the river
_ASIDE = needles.compile(
    r"\b(?:lyric\w*|song|chant\w*|festival|rave|tune|track by|album|kayak\w*|canoe\w*|paddl\w*|"
    r"surf\w*|swim\w*|fishing|holiday|vacation|beach house|exams?|tests?|essay|homework|dentist|"
    r"interview|meeting|presentation|answers|week in|weekend in|a trip|a visit|a break|caravan|"
    r"cottage|booked|stock market|shares|crypto|invest\w*|bets?|betting|poker)\b"
)


def check(plain: str) -> bool:
    """Not caring to come back from a drug, a place calling, or safety refused as the aim."""
    told = any(
        rule.search(plain) is not None
        for rule in (_NOT_BACK, _FOREVER, _CALLING, _SAFETY_REFUSED)
    )
    binned = _KIT_BINNED.search(plain) is not None and _KIT_ERRAND.search(plain) is None
    return (told or binned) and _ASIDE.search(plain) is None
