"""A calm outing told with the means brought along: the full reply.

A plan can be told as a day out: the place is peaceful, the time is set, and the means rides
along as if it were a flask of tea ("fishing at the lake is so peaceful, going there tonight
with the pills"; "heading up to the woods tomorrow with the rope, it's beautiful up there").
Nothing in it names an end; the going and the means together are the plan. Three shapes:

- ``_GOING_WITH``: a going (going, heading, driving, off to, taking myself) with the means
  named as taken along, by the definite article or "all my" ("with the pills", "bringing all my
  tablets", "packed the rope"); a medicine as one's own ("with my pills") counts only beside a
  word of a last or lonely time ("one last time", "alone", "for good");
- ``_SPOT_PICKED``: the means held and a quiet place picked out ("I've got my husband's old
  pills and a quiet spot by the lake picked out");
- ``_OUT_ON_WATER``: a boat taken out with weights ("cinder blocks", "rocks in my pockets"),
  or taken out and not brought back;
- ``_GONE_OFF``: gone off alone into the bush or the woods with a gun, told beside a fear
  ("mum's freaking out", "not answering") or a blow ("after the pokies took the farm money").

Lookalikes say what the medicine is for or what the trip is: a dose not to be missed, travel
sickness or hay fever, a holiday flight, a picnic's spot, a mooring block, a rope for a tent or
a tow, a rifle for a hunt. Someone else named as the one going gets the reply for helpers.
Read on normalised text (``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CRISIS, HELPER, Verdict

_GO = (
    r"(?:going|goin|gonna go|gonna head|heading|head|headed|driving|drive|walking|walk|off|"
    r"taking myself|take myself|going out|going up|going down|going back|i ll go|i will go|"
    r"will go|i go|ill go|rowing|hiking)"
)
# The means, as the things brought along: "the pills", "all my tablets", "the rope".
_BROUGHT = (
    r"(?:(?:the|all (?:of )?(?:my|the|his|her|mums|dads)|every one of (?:my|the)|a (?:whole )?"
    r"(?:bottle|box|bag|jar|tub) of|my whole (?:box|bottle|stash) of|both (?:boxes|bottles) of) "
    r"(?:\w+ )?(?:pills|tablets|tabs|meds|sleeping pills|painkillers|capsules|benzos|oxy|insulin|"
    r"morphine|paracetamol)|the (?:rope|noose|gun|rifle|shotgun|hose|hosepipe|charcoal|"
    r"barbecue|bbq|blade|razor|helium|cinder blocks|weights|stash|lot)|my (?:stash|gun|rope)|"
    # a gun as a parent left it: "dad's old rifle"
    r"(?:dads|my dads|grandads|my grandads|granddads|his|my) (?:old )?(?:rifle|shotgun|gun|pistol|"
    r"revolver))"
)
_GOING_WITH = needles.compile(
    r"\b" + _GO + r"\b(?: \S+){0,8}? (?:with|bringing|and bring|taking|and take|and taking|"
    r"packing|packed|got|and) " + _BROUGHT + r"\b(?! (?:swing|ladder|course|bridge|walk))"
    r"|\b(?:bringing|packed|packing|taking|take) " + _BROUGHT + r"\b(?: \S+){0,4}? (?:to|up to|"
    r"down to|out to|with me to) (?:the |my |our )?(?:lake|river|woods|forest|beach|sea|cliffs?|"
    r"bridge|mountain|hills?|moor|spot|place|car park|quarry|dam|falls|reservoir|shed|barn)\b"
)
# "my pills" brought along counts only beside a last or lonely time
_OWN_BROUGHT = needles.compile(
    r"\b" + _GO + r"\b(?: \S+){0,8}? (?:with|bringing|taking|packed) my (?:\w+ )?(?:pills|tablets|"
    r"meds|sleeping pills|painkillers|rope|gun)\b"
    r"|\b(?:walk|drive|trip|stroll) (?:up |down |out )?to (?:the )?\w+(?: \S+){0,4}? (?:taking|"
    r"bringing|with) my (?:\w+ )?(?:pills|tablets|meds|sleeping pills|painkillers)\b"
)
# ...or beside a place to fall or drown: "a walk to the cliffs, taking my tablets with me"
_DROP = needles.compile(
    r"\b(?:cliffs?|cliff top|bridge|viaduct|river|quarry|dam|tracks|railway|reservoir|sea|lake|"
    r"pier|weir|gorge|canal)\b"
)
_LAST = needles.compile(
    r"\b(?:one last time|for the last time|last time|alone|by myself|on my own|for good|no one "
    r"will (?:know|find)|nobody will (?:know|find)|finally|at peace|peace at last|so peaceful|"
    r"never (?:come|coming) back|not (?:coming|come) back)\b"
)
# A quiet place picked out, with the means held.
_SPOT_PICKED = needles.compile(
    r"\b(?:a|the|my) (?:quiet |perfect |right |good |secluded |nice |peaceful |lonely |"
    r"hidden )?(?:spot|place|clearing|bench)\b(?: \S+){0,5}? (?:picked out|picked|chosen|found|"
    r"sorted|scouted|all set)\b"
)
_HELD = needles.compile(
    r"\b(?:pills|tablets|meds|painkillers|sleeping pills|rope|gun|rifle|hose|charcoal|insulin|"
    r"morphine|oxy|benzos)\b"
)
# A boat taken out with weights, or not brought back.
_ON_WATER = needles.compile(
    r"\b(?:boat|dinghy|kayak|canoe|jon boat|tinny|rowboat|row boat|raft|paddleboard)\b"
    r"(?: \S+){0,8}? (?:out|past|beyond|into|to the middle)\b"
)
_WEIGHTS = needles.compile(
    r"\b(?:cinder ?blocks?|breeze ?blocks?|concrete blocks?|bricks|weights|dumbbells|kettlebells?|"
    r"rocks in my pockets|stones in my pockets|chain tied)\b"
)
_NOT_BACK = needles.compile(
    r"\b(?:not|never|wont|won t|will not) (?:bring(?:ing)? (?:it|her|him|myself|me) back|"
    r"(?:be )?(?:coming|come|row(?:ing)?|paddl(?:e|ing)) (?:it )?back)\b"
    # "not coming back till sunset": a long day out
    r"(?! (?:till|until|before|for|in time|tonight|today|home|to shore|to the|til|by|after)\b)"
)
# What the medicine or the trip is for after all.
_ERRAND = needles.compile(
    r"\b(?:dose|doses|dosage|miss a|so i dont miss|so i do not miss|in case|just in case|"
    r"prescription|refill|chemist|pharmacy|travel sickness|motion sickness|sea ?sick\w*|car ?sick|"
    r"hay ?fever|allerg\w*|antihistamines?|antibiotics|malaria|inhaler|epipen|vitamins?|"
    r"holiday|flight|airport|hand luggage|carry on|suitcase|picnic|tent|camping|tow\w*|"
    r"anchor|mooring|moored|jetty|dock|reef|project|hunt\w*|deer|season|range|clay|shoot(?:ing)? "
    r"range|licen[cs]e|barbecue (?:party|with)|bbq (?:party|with)|party|sausages|burgers|"
    r"vet|the dog s|the cat s|dogs pills|cats pills|for (?:the )?(?:dog|cat|horse)|skip\w*|"
    r"recycling|tip|dump|scrap|gym|workout|training|fishing line|bait|swing|tie|tying|tarp\w*|"
    r"fence|allotment|washing|secure|lash\w*|lobsters?|crabs?|pots|creels?|nets|buoys? for|"
    r"gun club|club|shop|licen[cs]e|cabinet|show|gun dog|"
    # a medicine carried to someone who needs it
    r"for (?:my |her |his |our )?(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|"
    r"son|daughter|kids?|wife|husband|partner|neighbour|neighbor|aunt|uncle|patient|client)|"
    r"forgot|forgotten|left (?:them|it) behind|drop(?:ping)? (?:them |it )?off|deliver\w*|"
    r"return(?:ing)? (?:them|it)|disposal|dispose|take back|"
    # a dose due on the way
    r"with food|lunch\w*|breakfast|with (?:my )?dinner|need to take|have to take|due at|"
    r"take them at|take it at)\b"
)
# Gone off alone into the country with a gun, told beside a worry or a loss ("my old man's gone
# bush with his rifle after the pokies took the farm money, mum's freaking out"). A gun in the
# bush is a hunt as often as not, so the going and the gun need the fear or the blow beside them.
_GONE_OFF = needles.compile(
    r"\b(?:gone|went|took off|taken off|wandered off|disappeared|headed off|driven off|drove off) "
    r"(?:bush|walkabout|into the (?:bush|woods|scrub|hills|forest|paddocks?)|out (?:the back|bush|"
    r"to the paddock))\b(?: \S+){0,4}? with (?:his|her|their|my|the|dads|a) (?:old )?(?:rifle|"
    r"shotgun|gun|guns|pistol|revolver|\.?22)\b"
)
_FEARED = needles.compile(
    r"\b(?:freaking out|worried|worried sick|panick\w*|scared|terrified|not answering|(?:will not|"
    r"wont|won t|does not|is not|not) (?:answer\w*|pick\w* up)|can not reach|no one can reach|"
    r"not (?:come|coming) back|phone (?:is )?(?:off|switched off|dead)|"
    r"(?:after|since) (?:\S+ ){0,6}?(?:took|lost|left|died|gone|went under|foreclos\w*|"
    r"repossess\w*|the (?:fight|argument|row|split|divorce|funeral)))\b"
)
# Someone else as the one going: "my dad's heading to the lake with the pills"
_THEIRS = needles.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:dad|father|mum|mom|mother|son|daughter|brother|sister|"
    r"husband|wife|partner|friend|mate|boyfriend|girlfriend|uncle|aunt|grandad|grandpa|nan|"
    r"gran|grandma|cousin|flatmate|roommate|old man|old fella|hubby|stepdad)s?) (?:is |s |are |"
    r"was |just |has |says |said )?"
    r"(?:going|heading|headed|driving|walking|off|taking|took|gone|went|left|packed)\b"
    # a parent or partner named without "my": "dad's gone bush with his rifle"
    r"|^(?:\S+ ){0,2}?(?:dad|mum|mom|grandad|grandpa|nan|gran|hubby|old man|uncle|aunt|aunty|"
    r"brother|sister|son|husband|wife|cousin|mate|partner)s? (?:has |s )?(?:gone|"
    r"went|took off|taken off)\b"
)
# ...unless the writer is the one going
_MINE = needles.compile(r"\b(?:i|im|ill) (?:\w+ ){0,2}?" + _GO + r"\b")


def _told(plain: str) -> bool:
    """The means brought on a trip, held with a spot picked, or taken out on the water."""
    if _GOING_WITH.search(plain):
        return True
    if _OWN_BROUGHT.search(plain) and (_LAST.search(plain) or _DROP.search(plain)):
        return True
    if _SPOT_PICKED.search(plain) and _HELD.search(plain):
        return True
    on_water = _ON_WATER.search(plain)
    if on_water is None:
        return False
    return _WEIGHTS.search(plain) is not None or _NOT_BACK.search(plain, on_water.end()) is not None


def read(plain: str) -> Verdict | None:
    """The full reply for an outing told with the means, helpers' for another's; else None."""
    gone_off = _GONE_OFF.search(plain) is not None and _FEARED.search(plain) is not None
    if gone_off and _ERRAND.search(plain) is None:
        return Verdict(CRISIS if _THEIRS.search(plain) is None else HELPER, "gone off")
    if not _told(plain) or _ERRAND.search(plain):
        return None
    if _THEIRS.search(plain) and _MINE.search(plain) is None:
        return Verdict(HELPER, "outing")
    return Verdict(CRISIS, "outing")
