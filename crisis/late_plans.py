"""Plans told plainly by older writers, with no word of dying: the full reply or the check-in.

An older writer seldom says "suicide"; the plan is told as a household matter. The kinds, each
read with its lookalikes:

- ``_NOTE_LEFT``: the letter to a son "is already written ... he will find it after" (or "after
  I am gone"): the full reply. A letter to the council that he will find after work, or a
  birthday letter, stays quiet;
- ``_MEANS_WAITING``: a rope, the pills or a gun already in the barn, the shed or the drawer,
  and the writer only waiting for a sister to go home: the full reply. A rope in the barn for
  the hay with a neighbour to help, or tablets in the drawer kept for the evening dose, stays
  quiet;
- ``_DAY_CHOSEN``: a prognosis (the doctor gives a year, the heart is failing) and "I will choose
  the day myself" or "I will not give it a year": the check-in. The day of an operation or a
  wedding chosen stays quiet;
- ``_WHERE_GOING``: "I will not need to understand depression where I am going": the full
  reply, as the main rules give "won't need it where I'm going"; a coat not needed in Spain, or
  a holiday, stays quiet;
- ``_NO_REASON``, ``_LIE_BESIDE``, ``_SOONER``, ``_OUT_OF_REACH``: no reason to continue, only
  wanting to lie down next to a dead son in the ground, the funeral that might be made to happen
  sooner, and a window one would go out of if one could reach it: the check-in, which asks. No
  reason to continue a subscription, a grave plot chosen "for when my time comes", a meeting
  brought forward and a window one would open stay quiet;
- ``_HELP_ALONG``: waiting for the wind, the end or one's time, and maybe helping it along ("I
  am a fallen leaf ... maybe I will help the wind"): the check-in. Waiting for the wind to sail
  or to dry the washing stays quiet.

Read on normalised text (``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_KIN = (
    r"(?:him|her|them|my (?:\w+ )?(?:son|daughter|sons|daughters|kids|children|boy|girl|wife|"
    r"husband|sister|brother|family|grandchildren|grandson|granddaughter)|the (?:kids|children|"
    r"family))"
)
_NOTE_LEFT = needles.compile(
    r"\b(?:letter|letters|note|notes) (?:(?:to|for) " + _KIN + r" )?(?:is|are) (?:already |all )?"
    r"(?:written|ready|done|finished|sealed|in the drawer)\b"
    r"(?=.*\b(?:he|she|they|you|someone|somebody) (?:will|would|is going to|are going to|can) "
    r"(?:find|read|get|open) (?:it|them) (?:after(?:wards)?|when i am gone|once i am gone|when "
    r"i am not here)\b(?! (?:\w+ ){0,2}?(?:work|school|christmas|his|her|their|the|dinner|lunch|"
    r"class|birthday|holiday|trip|shift|party|wedding|exam|church|mass|tea)\b))"
    r"(?!.*\b(?:birthday|christmas|valentine|santa|council|landlord|solicitor|bank|complaint|"
    r"application|cover letter|homework)\b)"
)

_MEANS = r"(?:rope|noose|pills|tablets|gun|shotgun|rifle|hose|hosepipe|charcoal|poison|weedkiller)"
_PUT_BY = (
    r"\b(?:the |my )?" + _MEANS + r" (?:is|are) (?:already |all )?(?:in|up in|ready in|hidden in|"
    r"waiting in|down in|out in) (?:the |my )?(?:barn|shed|garage|loft|attic|drawer|cellar|"
    r"basement|woods|car|cupboard|wardrobe|boot|stable)\b"
)
_ALONE_SOON = (
    r"\bi (?:only |just )?(?:wait|am waiting|am just waiting|am only waiting|will wait|wait "
    r"only) (?:for|until|till) (?:my |the |her |his )?(?:\w+ ){0,2}?(?:to (?:go|leave|go home|go "
    r"back|be gone|fall asleep|be away)|leaves|goes home|has gone|is gone|goes back)\b"
)
_MEANS_WAITING = needles.compile(
    r"^(?!.*\b(?:hay|bales?|horses?|tie|tying|climb\w*|swing|dose|prescribed|evening tablets|"
    r"evening pills|with (?:dinner|food|tea)|rats|mice|foxes|shoot\w*|hunt\w*)\b)"
    r"(?=.*" + _PUT_BY + r").*?" + _ALONE_SOON
)

_PROGNOSIS = (
    r"\b(?:doctor|doctors|consultant|prognosis|terminal|cancer|failing|dementia|diagnos\w*|"
    r"parkinsons|als|mnd|motor neurone|months to live|year to live|years to live)\b"
)
_DAY_CHOSEN = needles.compile(
    r"^(?=.*" + _PROGNOSIS + r")(?!.*\b(?:surgery|operation|appointment|wedding|induction|"
    r"procedure|retire\w*|move|trip|holiday|party|funeral home)\b).*?"
    r"\bi (?:will|am going to|shall|want to) (?:choose|pick|decide|set) (?:the|my own|my) "
    r"(?:day|date|time|hour|moment)(?: myself| when| of my own)?\b"
    r"|^(?=.*" + _PROGNOSIS + r").*?\bi (?:will not|am not going to|shall not) (?:give it|wait) "
    r"(?:one|a|the|that|another|\w+) (?:year|years|months|month)\b"
)

_WHERE_GOING = needles.compile(
    r"\bi (?:will not|do not|shall not) (?:need|be needing) (?:to \w+ )?(?:\w+ ){0,3}?where i am "
    r"going\b(?!.*\b(?:holiday|vacation|trip|flight|beach|sun|sunny|degrees|warm|hot|weather|"
    r"abroad|moving|move|spain|cruise|hospital|camp|retreat)\b)"
)

_NO_REASON = needles.compile(
    r"\bi (?:have|see|have got|got|find) no (?:more )?reason (?:left )?to (?:continue|go on|"
    r"carry on|keep going|stay|live|be here)\b(?! (?:with|the|this|that|my|our|working|at|in|on|"
    r"to|paying|it)\b)"
)
_LIE_BESIDE = needles.compile(
    r"\bi (?:only |just )?(?:want|wish|long|am ready) to (?:lie|be|rest|sleep) (?:down )?"
    r"(?:next to|beside|with) (?:him|her|them|my \w+) (?:in the ground|in the grave|in the "
    r"churchyard|in the cemetery|under the ground|under the earth)\b"
    r"(?!.*\b(?:when my time comes|when the time comes|one day|someday|eventually|plot|"
    r"funeral home|when i die|after i die)\b)"
)
_SOONER = needles.compile(
    r"^(?=.*\b(?:funeral|grave|death|dead|die|buried|gone)\b).*?\b(?:make|bring|let) (?:it|that|"
    r"my funeral|the funeral|the end|my end|my death) (?:happen|come|be) (?:sooner|earlier|faster|"
    r"quicker|now)\b"
)
_OUT_OF_REACH = needles.compile(
    r"\bif i could (?:only |just )?(?:reach|get to|climb to|walk to|get up to|crawl to|get out "
    r"of (?:this )?bed to) (?:\w+ ){0,3}?(?:window|balcony|roof|bridge|river|tracks|pills|"
    r"tablets|medicine|cabinet)\b(?: \S+){0,4}? i would (?:go out of it|go out of the window|"
    r"jump|throw myself|take (?:them )?all|end it|do it|finish it)\b"
)

# Waiting for the wind, the end or one's time, and helping it along: "i am a fallen leaf. i am
# waiting for the wind, and maybe i will help the wind" (not a sail, a kite or the washing)
_HELP_ALONG = needles.compile(
    r"\bi am (?:just |only )?waiting for (?:the )?(?:wind|end|death|my time|the reaper|god to take "
    r"me|the lord to take me|my turn)\b(?:,? \S+){0,6}? (?:i will|i might|i could|i should|"
    r"maybe i will|maybe i should|i may) (?:just )?(?:help|give) (?:the wind|death|the end|it "
    r"along|things along|nature along|fate|it a push|the wind a push)\b"
    r"(?!.*\b(?:sail\w*|kite|boat|yacht|washing|laundry|windmill|turbine|surf\w*)\b)"
)


def note_left(plain: str) -> bool:
    """Whether ``plain`` tells the writer's own letter written for someone to find after."""
    return _NOTE_LEFT.search(plain) is not None


def read(plain: str) -> Verdict | None:
    """The verdict of the first of these kinds told in ``plain`` (normalised), or None."""
    if note_left(plain) or _MEANS_WAITING.search(plain):
        return Verdict(CRISIS, "late plan")
    if _WHERE_GOING.search(plain):
        return Verdict(CRISIS, "late plan")
    kinds = (_DAY_CHOSEN, _NO_REASON, _LIE_BESIDE, _SOONER, _OUT_OF_REACH, _HELP_ALONG)
    if any(kind.search(plain) for kind in kinds):
        return Verdict(CHECK, "late plan")
    return None
