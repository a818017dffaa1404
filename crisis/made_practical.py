"""A means or a place made ready in plain, practical words: the full reply.

Writers in prison, on a ward or deep in debt often tell the means and leave out any word of dying;
the practical detail is the message. Kinds, read on normalised text:

- a room sealed with the gas, the oven or charcoal beside the writer: "taped up the gaps round the
  bathroom door. the bbq is in here with me" (not draught-proofing for winter or paint fumes);
- a hose or tube in the car, driven somewhere quiet: "hose in the back of the van, parked up at
  the reservoir" (not a hose for the allotment, the caravan or washing the car);
- medicine saved in secret: "cheeking" doses at the hatch until there is "enough", or bought from
  several pharmacies "so nobody notices" (not a supply for a trip or a shortage);
- a blade or cord kept back from staff: "the nurse forgot the blade. it's in my sock. i'm not
  giving it back" (not a razor handed back at lock-up);
- a platform's edge with the trains let past and counted: "third train i've let go by at the end
  of the platform" (not a packed train or trainspotting);
- a crash meant as a way out: "might just drive the car into a wall tonight, save everyone the
  bother" (not a near miss with a deer or a skid on ice).
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.put_by import _DRUG

# ...gas or fumes shut in with the writer
_SEALED = needles.compile(
    r"\b(?:sealed|taped|taped up|tape over|blocked|stuffed|bunged up|plugged) (?:up )?"
    r"(?:\w+ ){0,4}?(?:door|doors|window|windows|vents?|gaps?|cracks?|chimney|room)\b"
    r"|\b(?:door|doors|window|windows|vents?|gaps?) (?:\w+ ){0,3}?(?:sealed|taped up|taped shut)\b"
)
_FUMES = needles.compile(
    r"\b(?:oven|gas|hob|charcoal|bbq|barbecue|grill|disposable grill|generator|exhaust|"
    r"engine running|fumes|helium|canister)\b"
)
_SAT_WITH = needles.compile(
    r"\b(?:sat|sitting|sit|lying|waiting|just me)\b(?: \S+){0,5}? (?:with|by|next to|beside|in "
    r"front of|and) (?:the|my)\b|\b(?:sitting|sat|waiting) (?:here|in the car|in the van)\b"
    r"|\bnot (?:turned|lit|switched) (?:it|them) on\b|\bin here with me\b"
    r"|\b(?:about to|going to|gonna) (?:turn|light|switch) (?:it|them) on\b"
)
_DRAUGHT = needles.compile(
    r"\b(?:draughts?|drafts?|winter|cold|insulat\w*|paint\w*|decorat\w*|mould|mold|damp|"
    r"mice|wasps?|spray\w*|smell|leak\w*|gas man|engineer|landlord|boiler|freezing|heating|"
    r"warm\w*|cook\w*|baking|roast\w*|dinner|tea|smoke alarm)\b"
)

# ...a hose in the car, driven somewhere quiet
_HOSE = needles.compile(
    r"\b(?:hose|hosepipe|exhaust pipe)\b"
    r"|\b(?:tube|tubing|pipe)\b(?: \S+){0,3}? (?:exhaust|window)\b"
)
_IN_CAR = needles.compile(r"\b(?:boot|trunk|car|van|ute|truck|back seat|exhaust)\b")
_DROVE_OUT = needles.compile(
    r"\b(?:drove|driven|driving|parked|pulled (?:in|over|up))\b(?: \S+){0,5}? (?:forest|woods?|"
    r"park|car park|lay by|layby|nowhere|reservoir|lake|quarry|moors?|cliffs?|clifftop|beach|"
    r"quiet|remote|dead end|back road|country lane|lane|bush|scrub|middle of)\b"
)
_HOSE_USE = needles.compile(
    r"\b(?:garden\w*|allotment|water\w*|wash\w*|plants?|pond|caravan|camp\w*|leak\w*|repair\w*|"
    r"fix\w*|mechanic|garage|hosing|clean\w*|jet wash|pressure wash\w*|beans|veg|horses?)\b"
)

# ...medicine saved in secret
# ...any medicine, named or told by its drug name's ending ("my quetiapine")
_MEDS = r"(?:" + _DRUG + r"|tabs|doses|sleeping \w+|paracetamol)"
_CHEEKED = needles.compile(
    r"\b(?:cheeking|cheeked|cheek|palming|palmed|pocketing|spitting out|not swallowing)"
    r" (?:my |the |me |all my )?" + _MEDS + r"\b"
)
_ENOUGH = needles.compile(
    r"\b(?:nearly|almost|just about|finally|got|have|now|should be|must be) enough\b|\benough "
    r"now\b|\bfor (?:a|two|three|a few|several) (?:weeks?|fortnights?|months?)\b|\bfortnight\b|"
    r"\bstash\w*\b|\bsav(?:ing|ed) (?:them|it) up\b"
)
_STOCKED = needles.compile(
    r"\b(?:stocking up|stockpiling|collecting|buying|getting|picking up|saving)\b(?: \S+){0,4}? "
    + _MEDS
    + r"\b(?: \S+){0,4}? (?:from|at|across|in) (?:\d+|two|three|four|five|six|several|"
    r"different|multiple|various|separate|loads of|lots of) (?:different |separate )?(?:pharmacies|"
    r"chemists|shops|supermarkets|doctors|gps|drugstores|stores|places)\b"
)
_UNNOTICED = needles.compile(
    r"\bso (?:no one|noone|nobody|they do not|the pharmacist does not|no body) (?:notices?|"
    r"knows?|finds? out|asks?|twigs?|clocks?|gets? suspicious|suspects?)\b"
    r"|\bwithout (?:anyone|anybody|them) (?:noticing|knowing|asking)\b"
)

# ...a blade or cord kept back from staff
_KEPT_BACK = needles.compile(
    r"\b(?:razor|blade|blades|shard|cord|belt|laces|shoelaces|sheet|wire|scissors|"
    r"knife)\b(?: \S+){0,12}? (?:not (?:handing|giving|handed|given) (?:it|them) back|(?:am|i "
    r"am) keeping (?:it|them)|kept (?:it|them)|hid (?:it|them)|hidden|under my (?:pillow|"
    r"mattress|bed)|in my (?:sock|bra|shoe|pillow\w*))\b"
)
_STAFF = needles.compile(
    r"\b(?:officer|guard|screws?|cell|wing|landing|ward|nurse|staff|obs|warder|pad|lock up|"
    r"lockup|bang up|banged up|seclusion)\b"
)
_HANDED = needles.compile(
    r"(?<!not )(?<!never )\b(?:handed|gave|given|give|hand) (?:it|them) (?:back|in)\b(?! yet)"
)

# ...the trains let past at a platform's edge, counted
_PLATFORM = needles.compile(r"\b(?:platform|tracks?|railway line|rail line|level crossing)\b")
_LET_PAST = needles.compile(
    r"\b(?:letting|let|watching|watched) (?:the |another |one more )?(?:trains?|express|"
    r"freight|one) (?:go|pass|come through|fly|rush)(?: by| past| through)?\b"
    r"|\b(?:second|third|fourth|fifth|another|next) (?:one|train|express)\b(?: \S+){0,3}? "
    r"(?:gone|go|went|passed|past|by)\b"
)
_TRAIN_ERRAND = needles.compile(
    r"\b(?:rammed|packed|full|crowded|busy|camera|photos?|pics?|spotting|trainspotting|spotter|"
    r"delayed|cancell?ed|wrong (?:one|train)|my train|mine|stopping service|fast one|"
    r"connection|rush hour)\b"
)

# ...a crash meant as a way out
_CRASH = needles.compile(
    r"\b(?:i will|ill|i ll|going to|gonna|might|could|may|reckon i will|thinking of|thinking "
    r"about|want to|tempted to)\b(?: just)? (?:put|drive|driving|steer|steering|crash|wrap|"
    r"plough|plow|swerve|aim|smash|putting|wrapping|take)\b (?:the |my |me |our |this )?"
    r"(?:car|ute|truck|van|motorbike|bike|lorry|wagon|4x4|jeep|suv|motor|rig|it)\b"
    r"(?: \S+){0,3}? (?:into|off|under|round|around) (?:a |the |an |that )?(?:tree|wall|pole|"
    r"bridge|pylon|cliff|river|lorry|truck|oncoming|barrier|embankment|quarry|road train|dam)\b"
)
_AS_EXIT = needles.compile(
    r"\b(?:save (?:everyone|everybody|them|the family|yous?)|hassle|bother|better off|on "
    r"purpose|look like an accident|nobody would know|no one would know|tonight|for good|end it|"
    r"be done|insurance pays|insurance would pay)\b"
)
_NEAR_MISS = needles.compile(
    r"\b(?:nearly|almost|near|roos?|kangaroos?|deer|ice|icy|skid\w*|black ice|aquaplan\w*|"
    r"game|mario|level|simulator|sat nav|satnav|gps|brakes|tyres?|blind spot|crossing|ford|"
    r"shallow|fishing|boat|launch|ramp|garage|shed)\b"
)


def crisis(plain: str) -> bool:
    """A means or a place made ready, told in practical words (the writer's own)."""
    gas = _SEALED.search(plain) and _FUMES.search(plain) and _SAT_WITH.search(plain)
    if gas and not _DRAUGHT.search(plain):
        return True
    car = _HOSE.search(plain) and _IN_CAR.search(plain) and _DROVE_OUT.search(plain)
    if car and not _HOSE_USE.search(plain):
        return True
    if _CHEEKED.search(plain) and _ENOUGH.search(plain):
        return True
    if _STOCKED.search(plain) and _UNNOTICED.search(plain):
        return True
    if _KEPT_BACK.search(plain) and _STAFF.search(plain) and not _HANDED.search(plain):
        return True
    trains = _PLATFORM.search(plain) and _LET_PAST.search(plain)
    if trains and not _TRAIN_ERRAND.search(plain):
        return True
    return bool(_CRASH.search(plain) and _AS_EXIT.search(plain) and not _NEAR_MISS.search(plain))
