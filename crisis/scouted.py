"""A place or a means looked up, carried, left set up or gone into, told without a word of death.

``check`` gives the check-in (``CHECK``):

- ``_HEIGHTS``: a height or a way up looked up again and again, at night or "not for" a reason
  ("keep checking how tall the bridge near campus is. not for any assignment", "scrolling tall
  buildings near me at 3am, the ones with roof access");
- ``_CARRIED``: a blade, pills or a rope carried "just in case it gets too much";
- ``_COUNTED``: the pills in the house counted up, box by box and place by place ("counted the
  paracetamol in the house. 3 boxes. plus the ones in the glovebox"), or counted with more to be
  bought from a different chemist (``_SPREAD``);
- ``_UNFOUND``: the location turned off beside a sorry to everyone or a walk to the water
  ("texted everyone sorry for everything. turned off location. going for a walk to the sea").

``crisis`` gives the full reply:

- ``_STILL_UP``: a noose made ready or still up ("had the noose ready last night but my phone
  rang. it's still up in the shed"), or a rope tied to a beam (``_TIED_UP``) or tied to a tree
  "to test it" (``_TESTED``);
- ``_SHUT_IN``, ``_LOCKED_IN``: the writer shut inside a cold store or a freezer, not coming
  out, or in the car in a shut garage with the engine running;
- ``_WRITING_FROM``: a message written from a cliff, a bridge or a roof, with a sorry.

Lookalikes stay quiet: a bridge's clearance checked for a van, roof access for a rooftop bar or
a drone, an architecture assignment, a razor in the wash bag for a trip, pills kept for a
migraine, pills counted into an organiser or found short at the pharmacy, location turned off to
save battery or from an ex, a noose in a Halloween display or a western, a rope tied to a beam
for a swing or a punching bag, a car warmed up in the garage, locked in the walk-in freezer by
mistake at work, writing from the bridge of a ship or a cliff-top café. Read on normalised text
(see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_HEIGHTS = needles.compile(
    r"\b(?:keep|kept|been|am|was|i)? ?(?:checking|looking up|looked up|googling|googled|searching|"
    r"searched|scrolling|scrolled|researching|researched|measuring|reading about)\b(?: \S+){0,3}? "
    r"(?:how (?:tall|high|deep|far down|far the drop) (?:\S+ ){0,5}?(?:bridge|building|roof|car "
    r"park|parking garage|cliff|tower|drop|balcony|floor|multi storey|block|flats|viaduct|"
    r"quarry)|the (?:height|drop) (?:of|from) (?:the |"
    r"every |all the )?(?:bridges?|buildings?|car parks?|cliffs?|towers?|multi storeys?)|"
    r"tall buildings|high buildings|high rises|tower blocks|"
    r"roof access|rooftops? (?:i|you) can get (?:to|on)|the drop from|bridges? (?:near|around)|"
    r"(?:which|what) (?:buildings|car parks|bridges|towers|blocks) (?:\S+ ){0,4}?(?:have|"
    r"has) (?:open |unlocked |easy )?(?:roofs?|rooftops?|roof access|balconies))\b"
    # ...or looked at on a map, again and again
    r"|\b(?:street view|google maps|google earth)\b(?: \S+){0,4}? (?:bridge|bridges|rooftops?|"
    r"tall buildings|high rises|cliffs?|car parks?|multi storey|tower|viaduct|quarry)\b"
)
# ...again and again, at night, or with the ordinary reason disowned
_HEIGHTS_HOW = needles.compile(
    r"\b(?:keep|kept|keeps|again and again|over and over|every night|at (?:\d|one|two|three|four)"
    r" ?am|\dam|middle of the night|not for (?:any|an|a|my|the|school|work|uni) ?\w*|not normal|"
    r"no reason|for no reason|i know it is not|do not ask|again|every (?:bridge|building|car park|"
    r"tower))\b"
)
_HEIGHTS_BUT = needles.compile(
    r"\b(?:clearance|truck|lorry|van|bus|caravan|trailer|motorhome|rv|drone|photograph\w*|"
    r"photos?|camera|climb\w*|bungee|parkour|architect\w*|skyline|bars?|pubs?|restaurants?|"
    r"pools?|cinemas?|terrace\w*|cafes?|hotels?|sunset|(?<!street )views?|dissertation|story|"
    r"novel|holiday|trip|travel\w*|vacation|dream|river level|flood\w*|tide|"
    r"parking(?! garage| structure| deck)|commute|directions|route|traffic|stadium)\b"
)

_CARRIED = needles.compile(
    r"\b(?:keep|keeping|carry|carrying|have|got|started keeping|started carrying) (?:a |my |some "
    r"|the )?(?:razor|razors|blade|blades|pills|tablets|rope|box cutter|stanley knife)\b"
    r"(?: \S+){0,5}? (?:just )?(?:in case|incase) (?:it gets|things get|i need|it is|i can not|i "
    r"cant|i do not|it all gets|i decide|i change my mind|i want to|i have to)\b"
    r"|\b(?:razor|razors|blade|blades|pills|tablets|rope)\b(?: \S+){0,6}? for when it gets (?:too "
    r"much|bad|worse)\b"
    # ...or "for emergencies", when the emergency comes every day
    r"|\b(?:razor|razors|blade|blades)\b(?: \S+){0,6}? for (?:emergencies|bad days|bad nights|"
    r"when i need (?:it|them))\b(?=.*\b(?:every day|every night|all the time|most days|most "
    r"nights|daily)\b)"
)
_CARRIED_BUT = needles.compile(
    r"\b(?:shav\w*|wash bag|toiletr\w*|headache|migraine|allerg\w*|hay fever|period|cramps|"
    r"travel\w*|trip|holiday|flight|camping|hiking|climbing|work|crafts?|first aid)\b"
)

_COUNTED = needles.compile(
    r"\b(?:counted|counting|added up|tallied) (?:up )?(?:all )?(?:the |my |every )?(?:pills|"
    r"tablets|paracetamol|ibuprofen|painkillers|sleeping pills|meds|co codamol|codeine|tramadol|"
    r"insulin|boxes of \w+)\b(?: \S+){0,4}? (?:in the (?:house|flat|car|glovebox|drawers?|"
    r"cupboards?|bathroom|cabinet)|boxes|packs|strips|altogether|in total)\b"
    r"(?=.*\b(?:plus|and the ones|and another|and more|enough|altogether|in total|\d+ boxes)\b)"
)
_COUNTED_BUT = needles.compile(
    r"\b(?:organi[sz]er|dosette|pill box|pharmacy|chemist|short\w*|missing|restock\w*|buy|"
    r"bought|expired|expiry|dispos\w*|refill|prescription|running low|run out|kids|children|"
    r"toddler|stock take|stocktake|audit|inventory|shift|ward|nurse)\b"
)
# Pills counted or held and more to be bought from another chemist: a limit on packs got round.
_SPREAD = needles.compile(
    r"\b(?:count\w*|counted up|got|have|had|bought|saved|collected) (?:up )?(?:all )?(?:the |my )?"
    r"(?:\w+ )?(?:pills|tablets|paracetamol|ibuprofen|painkillers|sleeping pills|co codamol|"
    r"codeine|tramadol|aspirin|meds)\b(?=.*\b(?:buy\w*|get\w*|pick\w* up) (?:some |a few )?"
    r"more\b(?: \S+){0,3}? (?:from|at) (?:a |another )?(?:different|another|other|second|third|"
    r"new) (?:chemist|pharmacy|shop|store|supermarket|pharmacist)\b)"
)
_SPREAD_BUT = needles.compile(
    r"\b(?:out of stock|sold out|cheaper|closed|shortage|only had|prescription|kids|children|"
    r"first aid|trip|holiday|camp\w*|festival|expired|cheaper|offer|deal)\b"
)

_UNFOUND = needles.compile(
    r"\b(?:turned|switched|shut|put) off (?:my )?(?:location|location sharing|find my(?: phone| "
    r"iphone)?|tracking|gps|life360)\b"
)
_UNFOUND_WHY = needles.compile(
    r"\b(?:sorry for everything|sorry to everyone|texted everyone|said goodbye|goodbye|do not "
    r"look for me|dont look for me|going (?:for a walk |for a drive |down )?to the (?:sea|river|"
    r"bridge|lake|cliffs?|woods|forest|tracks|water|quarry|dam|canal|pier))\b"
)
_UNFOUND_BUT = needles.compile(
    r"\b(?:battery|ex|stalk\w*|snapchat|privacy|parents are|lol|haha|surprise|weekend|holiday|"
    r"trip|group|with (?:my |the )?(?:family|friends|girls|boys|lads|mates|kids|partner))\b"
)

_STILL_UP = needles.compile(
    r"\b(?:had|have|got|made|tied|left) (?:the|a|my) noose (?:ready|up|tied|set up|hanging|in "
    r"place)\b"
    r"|\b(?:the|a|my) noose (?:is |s )?(?:still )?(?:up|hanging|there|ready|tied|in place)\b"
)
# A rope or a belt tied to a beam or a loft hatch and left there.
_TIED_UP = needles.compile(
    r"\b(?:rope|belt|cord|cable|flex)\b(?: is| s)?(?: still)? (?:tied|hanging|knotted|fixed|up) "
    r"(?:to|from|over|round|around) (?:the|a|my) (?:beam|beams|rafter|rafters|loft hatch|"
    r"banister|bannister|ceiling|hook|pipe|door frame|stair rail)\b"
    r"|\b(?:tied|fixed|hung|knotted|attached) (?:the |a |my )?(?:rope|belt|cord|cable|flex) "
    r"(?:to|from|over|round|around) (?:the|a|my) (?:beam|beams|rafter|rafters|loft hatch|"
    r"banister|bannister|ceiling|hook|pipe|door frame|stair rail)\b"
)
# A rope tied to a tree or a beam "to test it": the weight it would hold, tried out.
_TESTED = needles.compile(
    r"\b(?:tied|hung|fixed|knotted|put up|strung) (?:up )?(?:the |a |my )?(?:rope|noose|belt|"
    r"cord) (?:on|to|from|over|round|around) (?:the |a |my |our )?(?:\w+ ){0,2}?(?:tree|branch|"
    r"beam|rafter|banister|bannister|hook|pipe)\b (?:\w+ ){0,3}?(?:to test it|to test (?:it|the "
    r"(?:weight|knot))|to see if it (?:holds|would hold|takes|would take)|to try it)\b"
)
_TIED_UP_BUT = needles.compile(
    r"\b(?:swing|hammock|punching bag|boxing bag|heavy bag|climb\w*|gym|boat|tent|washing|"
    r"clothes|plants?|pulley|hoist|lift\w*|tow\w*|aerial|silks|yoga|trx|decorations?|lights|"
    r"bunting|banner|halloween|christmas|pinata|bird feeder|tarp)\b"
)
_STILL_UP_BUT = needles.compile(
    r"\b(?:halloween|decoration\w*|prop|props|film|movie|scene|play|stage|museum|western|"
    r"haunted|costume|knot tying|scouts|sailing|game|episode|book)\b"
)

_SHUT_IN = needles.compile(
    r"\b(?:in|inside) (?:the|a) (?:cold store|cold room|walk in freezer|freezer|chiller|"
    r"blast freezer|meat locker|garage|car|silo|tank)\b(?: \S+){0,8}? (?:closed|locked|shut) "
    r"(?:the door|myself in|it)\b(?: \S+){0,3}? (?:from (?:the )?inside|behind me)\b"
    r"(?=.*\bnot (?:coming|going|getting) out\b)"
)
# ...or locked in it and staying; a car left running in a shut garage, the writer inside.
_LOCKED_IN = needles.compile(
    r"\b(?:locked|shut|closed) myself (?:in|inside) (?:the|a) (?:cold store|cold room|walk in "
    r"freezer|freezer|chiller|blast freezer|meat locker|silo)\b(?: \S+){0,6}? (?:staying|not "
    r"coming out|not getting out|not leaving|not opening)\b"
    r"|\b(?:in|inside) (?:the |my )?car\b(?: \S+){0,4}? garage\b(?: \S+){0,4}? engine "
    r"(?:on|running|is on|is running)\b(?: \S+){0,4}? (?:door|doors|garage door) (?:shut|closed|"
    r"down)\b"
)
_ENGINE_BUT = needles.compile(
    r"\b(?:warm\w*|defrost\w*|de ice|mechanic|fix\w*|oil|door open|doors open|garage open)\b"
)
_SHUT_IN_BUT = needles.compile(
    r"\b(?:accident\w*|stuck|by mistake|jammed|can not open|cant open|help me|someone locked|"
    r"lol|haha|hide and seek|till|until|escape room)\b"
)

_WRITING_FROM = needles.compile(
    r"\b(?:writing|typing|sending) (?:this |these |you )?(?:from|on) (?:the )?(?:cliff|cliffs|"
    r"cliff path|cliff edge|edge(?! of (?:my|our|the|your) seat)|bridge|roof|rooftop|top of the "
    r"\w+|ledge|tracks|railway)\b"
    r"(?=.*\b(?:sorry|forgive me|goodbye|last|left my)\b)"
)
_WRITING_FROM_BUT = needles.compile(
    r"\b(?:ship|boat|cafe|hotel|holiday|hike|hiking|walk with|late reply|delay|slow reply|signal|"
    r"match|game|film|movie|episode|seat)\b"
)


def check(plain: str) -> bool:
    """A height looked up at night, means carried in case, or the location turned off to go."""
    if _HEIGHTS.search(plain) and _HEIGHTS_HOW.search(plain) and not _HEIGHTS_BUT.search(plain):
        return True
    if _CARRIED.search(plain) and not _CARRIED_BUT.search(plain):
        return True
    if _COUNTED.search(plain) and not _COUNTED_BUT.search(plain):
        return True
    if _SPREAD.search(plain) and not _SPREAD_BUT.search(plain):
        return True
    unfound = _UNFOUND.search(plain) and _UNFOUND_WHY.search(plain)
    return bool(unfound and not _UNFOUND_BUT.search(plain))


def crisis(plain: str) -> bool:
    """A noose left up, the writer shut in a cold place, or writing from the edge with a sorry."""
    if _STILL_UP.search(plain) and not _STILL_UP_BUT.search(plain):
        return True
    if _SHUT_IN.search(plain) and not _SHUT_IN_BUT.search(plain):
        return True
    locked = _LOCKED_IN.search(plain)
    if locked and not _SHUT_IN_BUT.search(plain) and not _ENGINE_BUT.search(plain):
        return True
    tied = _TIED_UP.search(plain) or _TESTED.search(plain)
    if tied and not (_TIED_UP_BUT.search(plain) or _STILL_UP_BUT.search(plain)):
        return True
    return bool(_WRITING_FROM.search(plain) and not _WRITING_FROM_BUT.search(plain))
