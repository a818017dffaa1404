"""A place, a day or a car in a pastime's words: a photo spot, a pool, a party, a winter morning.

The danger, readiness and car rules read "standing on the bridge ... one step", "at the edge of
the pool, one more step", "everything is ready for friday" and "the car in the garage with the
engine running" as a place of falling, a date set or a car left running to die. Everyday
messages say the same of a pastime:

- a photo spot: a bridge, a ledge or a roof stood on for the sunset, the skyline or a selfie,
  the step taken for the frame ("one step back and i'd have got the whole skyline");
- a pool's or a lake's edge with the swim it leads to ("one more step and i'm in");
- a party made ready: the cake ordered, the balloons up, the guests asked;
- a car warmed up on a winter morning, asked about for a few minutes, or warmed up with the
  garage door open;
- a jump into a pool, a hot tub or off a diving board, looked forward to ("cant stop thinking
  about jumping in the pool", "dying to cannonball into the lido").

None holds with a word of an end, of the writer's own fall or of sleep beside it ("one step and
it's over", "ready for friday, the letters are written", "the engine running so i don't wake
up"). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PHOTO_SPOT = needles.compile(
    r"\b(?:bridge|ledge|edge|cliff|roof|rooftop|viewpoint|lookout|overpass|pier|balcony|car park|"
    r"multi storey|parking garage|top floor|observation deck|summit)\b"
    r"(?=.*\b(?:photos?|pictures?|pics?|shots?|selfies?|skyline|sunset|sunrise|panorama\w*|"
    r"camera|drone|tripod|lens|frame|framing|instagram|insta)\b)"
)
_POOL_EDGE = needles.compile(
    r"\b(?:edge|side|end) of the (?:pool|swimming pool|lido|diving board|paddling pool)\b"
    r"(?=.*\b(?:i am in|i m in|im in|swim\w*|dive|diving|splash|wetsuit|goggles|towel|"
    r"lifeguard|lengths)\b)"
)
_PARTY_READY = needles.compile(
    r"\b(?:everything|it all|all) (?:is |s )?(?:ready|sorted|set|prepared|organised|organized)\b"
    r"(?=.*\b(?:cake|balloons|bunting|decorations|banner|candles|guests|invites|invitations|"
    r"presents|party|buffet|fairy lights|catering)\b)"
)
_WINTER_CAR = needles.compile(
    r"\b(?:defrost\w*|de ice|deice)\b"
    r"|\b(?:warm\w* (?:\w+ ){0,2}?up|heat\w* (?:\w+ ){0,2}?up)\b"
    r"(?=.*\b(?:winter|cold|frost\w*|icy|snow\w*|few minutes|minutes|morning|windscreen|"
    r"windshield)\b)"
)
# ...or warmed with its purpose and the garage open: "garage door open car running to warm it up"
_WARMED_OPEN = needles.compile(
    r"\b(?:door|doors) (?:is |are |s )?(?:open|up|wide open)\b"
    r"(?=.*\bwarm\w* (?:it |her |the car |the engine |the van |the truck )?up\b)"
    r"|\bwarm\w* (?:it |her |the car |the engine |the van |the truck )?up\b"
    r"(?=.*\b(?:door|doors) (?:is |are |s )?(?:open|up|wide open)\b)"
)
# A jump into the water of a pool, a hot tub or off a board: play, whatever "jumping" is near
_POOL_JUMP = needles.compile(
    r"\b(?:jump\w*|dive|diving|dived|dove|cannonball\w*|bomb\w*|leap\w*) (?:\w+ ){0,2}?(?:in|into|"
    r"off|from) (?:the |a |our |my |their |that )?(?:\w+ )?(?:pool|swimming pool|lido|hot tub|"
    r"jacuzzi|paddling pool|ball pit|deep end|diving board|high board|springboard|splash pad|"
    r"foam pit|trampoline)\b"
)
# ...with nothing of an end, sleep or going under for good beside it
_POOL_END = needles.compile(
    r"\b(?:die|dying to die|death|dead|drown\w*|kill\w*|suicid\w*|end it|end things|end my|"
    r"goodbye|note|forever|for good|"
    r"(?:never|not) (?:\w+ )?(?:come|coming|came|get|getting) (?:back )?up|"
    r"stay\w* (?:under|down)|hold\w* (?:my breath|me) (?:under|down)|weights?|"
    r"sink\w*|bottom|last|final|nobody|no one|miss me|without me|better off|pills|tablets|"
    r"drunk|no point|can not swim|cant swim|can t swim|empty pool|drained|no water)\b"
)
# ...unless an end, a fall of one's own, sleep or a goodbye is told beside it
_END = needles.compile(
    r"\b(?:die|dying|death|dead|kill\w*|suicid\w*|end it|end things|end my|over with|it is over|"
    r"its over|it s over|all over|be over|be done|goodbye|farewell|note|notes|letters?|will|"
    r"not wake|never wake|wake up|sleep|forever|for good|last|final|no one|nobody|miss me|"
    r"without me|better off|myself|jump|fall|hose|tape|sealed|shut|closed|door down|pills|"
    r"tablets|rope|gun|no point|tired of|can not|done with|date|plan|before|look down|looking "
    r"down|tell (?:somebody|someone|anyone)|anymore|any more|calm|calling|be there|be around|"
    r"be here|gone|thinking|wish\w*|guts|nerve|courage|tempt\w*|urge|want to|wanted to|done|"
    r"tired|exhausted)\b"
)


def excused(plain: str) -> bool:
    """A photo spot, a pool's edge or a jump into it, a party made ready or a car warmed up: no
    end told."""
    told = (
        _PHOTO_SPOT.search(plain) is not None
        or _POOL_EDGE.search(plain) is not None
        or _PARTY_READY.search(plain) is not None
        or _WINTER_CAR.search(plain) is not None
    )
    told = told or _WARMED_OPEN.search(plain) is not None
    if told and _END.search(plain) is None:
        return True
    return _POOL_JUMP.search(plain) is not None and _POOL_END.search(plain) is None
