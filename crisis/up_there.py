"""A drop or deep water where the writer is now, with a hint of not coming back from it.

People at a roof, a bridge, a jetty or a well seldom say what they are there for; they say
where they are and leave a hint of what comes after. Kinds, read on normalised text:

- ``_AT`` with ``_NO_WAY_BACK``: at the place now, and not coming back down, the water calling,
  no one to be called ("on the roof of the hostel rn. not sure im climbing back down", "mi deh
  pon di roof now, nuh bodda call nobody", "I dey for the bridge now. the water dey call me"):
  the full reply, a view admired beside it or not;
- ``_AT`` or ``_GAZED`` with ``_RUNNING_OUT``: at the water's edge or a drop now with the phone
  or the time running out, or a long look down from it ("im at the jetty. tide is high. phone
  on 3%", "stood at the well looking down for an hour"), nothing done there named: the check-in;
- ``_AT`` or ``_HIGH_UP`` with ``_TOLD_SOMEONE``: at a drop or the top level of a building now,
  and only wanting someone to know ("standing on the top level of the car park. just wanted to
  tell someone"): the check-in;
- ``_WENT_UP``: a tower, a roof or a bridge climbed and sat on for long, and a going back
  ("climbed the water tower yesterday and sat at the top for long. going back tonight"): the
  check-in;
- ``_NOT_FOR``: a going to a place of falling, alone or "not for the view" ("going to the cliffs
  tomorrow alone. not for the view"): the check-in.

Lookalikes name what is done there: a job on the roof (the aerial, the gutters, solar panels),
a party or a bar, photos, fishing, a swim or a sail, a climb with friends, a shift; "not coming
back down until the match ends"; "the sea is calling me" on a holiday; a phone on 3% while
waiting for a lift; the cliffs not for the view "but for the birds". Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_PLACE = (
    r"(?:roof|rooftop|bridge|jetty|pier|wharf|dock|harbour wall|harbor wall|sea wall|breakwater|"
    r"well|cliffs?|cliff edge|ledge|edge|water tower|tower|overpass|flyover|viaduct|dam|dam wall|"
    r"quarry|tracks|railway line|car park roof|top floor|balcony|river ?bank|riverside|lagoon|"
    r"lake|river|sea|beach|shore|creek)"
)
# The writer there now; "mi deh pon di" and "i dey for" are Patois and Pidgin for "i am on the".
_AT = needles.compile(
    r"(?:\b(?:i am|i m|im|i dey|mi deh|mi de|me deh|i deh|standing|sitting|sat|stood|stand|sit|"
    r"here)(?: (?:still|now|right now|up|out|alone))? |^)(?:on|at|by|over|up|pon|for|in|on top of|"
    r"at the top of|top of|up on|out on) (?:the |di |de |da |that |this |a |our )?"
    r"(?:[a-z0-9]+ ){0,3}?" + _PLACE + r"\b"
)
_NO_WAY_BACK = needles.compile(
    r"\b(?:not (?:sure|certain)|don t think|dont think|do not think|doubt) (?:if |that )?i "
    r"(?:am |m |ll |will )?(?:climb\w*|com\w+|go\w*|get\w*|walk\w*) (?:back )?"
    r"(?:down|back|home|off)\b"
    r"(?! (?:until|till|til|before|for|after|yet|soon|today|lol)\b)"
    r"|\b(?:not|never|won t|wont|will not) (?:be )?(?:climbing|coming|going|getting) (?:back )?"
    r"(?:down|back|home) (?:again|this time|from (?:here|this|it))\b"
    r"|\b(?:don t|dont|do not|no|nuh|no need to|nuh bodda|no bother|no bodda|don t bother|dont "
    r"bother|do not bother) (?:to )?(?:call|calling|ring|ringing|look\w* for|search\w* for) "
    r"(?:anyone|anybody|nobody|no one|noone)\b"
    r"|\b(?:the )?(?:water|sea|river|lagoon|lake|drop|edge|waves|current|deep) (?:\w+ )?"
    r"(?:is |dey |de |keeps |keep |s )?(?:calling|call|calls) (?:me|my name|to me)\b"
)
_RUNNING_OUT = needles.compile(
    r"\b(?:phone|battery) (?:is |s )?(?:on|at|almost|nearly|about to|dying|going|low|dead)\b"
    r"|\blooking down (?:at it |at the water )?for (?:an hour|hours|ages|long|a long time|so long)"
    r"\b|\btide is (?:high|coming in|in|rising)\b"
)
# A tower, a roof or a bridge gone up, sat on for long, and a going back to it.
_WENT_UP = needles.compile(
    r"\b(?:climbed|went up|got up|went onto|got onto|climbed up|sat on top of) (?:the |a |that |"
    r"our )?(?:[a-z]+ ){0,2}?(?:water tower|tower|roof|bridge|pylon|mast|crane|silo|cliff|dam)\b"
    r"(?=.*\b(?:sat|stayed|sitting|stood) (?:\w+ ){0,4}?(?:for long|for hours|a long time|for "
    r"ages|for a long time|for an hour)\b)"
    r"(?=.*\bgoing (?:back|again|up again) (?:tonight|tomorrow|later|today|soon|again)\b)"
)
# A place of falling gone to "not for the view", or alone, with nothing else named.
_NOT_FOR = needles.compile(
    r"\b(?:going|heading|driving|walking|off) (?:up |out )?to (?:the |a |that )?(?:[a-z]+ )?"
    r"(?:cliffs?|bridge|quarry|dam|tower|roof|rooftop|tracks|viaduct|gorge|falls|waterfall)\b"
    r".*\bnot for the (?:view|views|scenery|photos|pictures|sunset|sunrise|walk|hike|swim)"
    r"(?: this time| anymore)?$"
)
_DONE_THERE = needles.compile(
    r"\b(?:fix\w*|repair\w*|aerial|antenna|gutters?|tiles?|solar|panels?|satellite|dish|leak\w*|"
    r"party|bar|drinks?|bbq|barbecue|photo\w*|pics?|pictures?|selfie|film\w*|fish\w*|swim\w*|"
    r"surf\w*|sail\w*|kayak\w*|paddl\w*|boat|ferry|cruise|holiday|vacation|shift|work|job|"
    r"uber|taxi|lift|ride|pick me up|pickup|concert|gig|festival|match|game|wedding|friends|"
    r"mates|date|birds?|birdwatch\w*|climbing (?:wall|gym|club|trip|route)|bouldering|abseil\w*|"
    r"hike\w*|run|running|jog\w*|dog|"
    r"meteor|stars?|stargaz\w*|fireworks|waiting for|queue|traffic|bus|train)\b"
)
_UNTIL = needles.compile(r"\bnot for the view\b (?:but|it s|its|i m|im|we|for)\b")
# Stuck up there and wanting down is a mishap, not a hint.
_STUCK = needles.compile(
    r"\b(?:stuck|ladder|scaffold\w*|fire brigade|fire department|cat|kitten|help me (?:get )?down|"
    r"locked out|door (?:shut|closed|locked))\b"
)
_NOT_FOR_WHAT = needles.compile(r"\bnot for the \w+")
# A day out enjoyed at the beach or the lake with a low battery is not time running out.
_ENJOYED = needles.compile(
    r"\b(?:beach|shore|lake|creek|seaside|gorgeous|beautiful|lovely|amazing|stunning|sunny|"
    r"sunshine|sunset|warm|picnic|ice cream|chips|pint|beer|wine|lol|haha|yay)\b"
)
# High up in a building now, and only wanting someone to know: "standing on the top level of the
# hospital car park. level 6. just wanted to tell someone".
_HIGH_UP = needles.compile(
    r"\b(?:i am|i m|im|standing|sitting|sat|stood|stand|sit|here) (?:\w+ )?(?:on|at|up on) "
    r"(?:the )?(?:top|highest|last) (?:level|floor|deck|storey|story) of\b"
)
_TOLD_SOMEONE = needles.compile(
    r"\b(?:just )?(?:wanted|want|needed|need) (?:to tell (?:someone|somebody|anyone|you)|"
    r"(?:someone|somebody|anyone|you) to know|to say it to (?:someone|somebody))$"
)
_STOOD_AT = needles.compile(r"\bstand\w* at the (?:\w+ )?" + _PLACE + r"\b")


def crisis(plain: str) -> bool:
    """At a drop or deep water now, and not coming back from it."""
    if _AT.search(plain) is None or _NO_WAY_BACK.search(plain) is None:
        return False
    return _DONE_THERE.search(plain) is None and _STUCK.search(plain) is None


def check(plain: str) -> bool:
    """At the water or a drop now with time running out, a tower sat on and gone back to, or a
    place of falling gone to not for the view; nothing done there named."""
    went = _NOT_FOR.search(plain) is not None and _UNTIL.search(plain) is None
    # the thing it is not for is no errand: "not for the photos this time"
    if _DONE_THERE.search(_NOT_FOR_WHAT.sub(" ", plain)) is not None:
        return False
    if _RUNNING_OUT.search(plain) is not None:
        at = _AT.search(plain) is not None
        if at or _STOOD_AT.search(plain) is not None:
            return _STUCK.search(plain) is None and _ENJOYED.search(plain) is None
    if _WENT_UP.search(plain) is not None:
        return True
    if _TOLD_SOMEONE.search(plain) is not None:
        high = _AT.search(plain) is not None or _HIGH_UP.search(plain) is not None
        quiet = _DONE_THERE.search(plain) or _STUCK.search(plain) or _ENJOYED.search(plain)
        if high and quiet is None:
            return True
    return went


def read(plain: str) -> Verdict | None:
    """The full reply or the check-in for these kinds, or None."""
    if crisis(plain):
        return Verdict(CRISIS, "up there")
    return Verdict(CHECK, "up there") if check(plain) else None
