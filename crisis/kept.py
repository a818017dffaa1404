"""Means kept close, and harm done to oneself told by the deed: the check-in (``CHECK``).

Writers who carry a gun or a drug box for work, or who have pills from an old injury, often tell
of the means by where it is kept and how they watch it, never by what it is for:

- a means kept near and checked on: "the rope's been in the truck since sunday, I keep checking
  it's still there" (not a climbing rope that was stolen once, nor a gun safe checked locked, a
  treadmill's belt or a rope in a game's level);
- a loaded weapon kept close "not for work reasons" (a range trip or deer season excuse it);
- pills put by over weeks: "squirrelling away my oxy", "been saving up my sleepers", put in a
  jar "instead of taking them" (a weekly
  organiser, a trip or the pharmacy's take-back excuse it, and so do the empty pen boxes kept
  for crafts, tablets that are computers, and medicine stored out of a toddler's reach);
- the means as all that is left: "the only thing I've got left is my sidearm" (not a game's
  inventory);
- the means "calling my name": the drug box at work, the service weapon, the bridge (not a new
  pistol in a shop, nor a pizza, the drug box's count, nor a rifle at the hunt's opening day);
- an injury done on purpose: weights dropped on one's own hand "on purpose", the arms scraped
  with a knife night after night (not a slip while cooking, shins conditioned on the heavy bag,
  nor legs burning on leg day);
- a weapon loaded and set down, "just sitting here looking at it" (not before the range, nor a
  new scope fitted and admired), or moved from its safe to under the bed (not after a break-in,
  for cleaning or for the season);
- a hose cut and taped in the garage or to the exhaust (not a garden hose mended, a shop vac's
  hose or one hung on its wall hook);
- more than enough put by and only the "when" undecided (not a holiday's dates, nor paint for
  the nursery or boxes for a move).

``excused`` tells the classifier when one of these shapes came with its ordinary reason and none
without one, so that it defers as the rules do.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_MEANS = (
    r"(?:rope|ropes|noose|cord|belt|hose|gun|guns|pistol|rifle|shotgun|revolver|glock|piece|"
    r"sidearm|"
    r"service weapon|duty weapon|weapon|pills|tablets|meds|blade|blades|razor|razors)"
)
_DRUGS = (
    r"(?:oxy\w*|pills|tablets|meds|medication|opioids|painkillers|percs?|percocets?|vicodin|"
    r"norco|hydros?|xanax|xans|benzos|sleeping pills|sleepers|insulin|morphine|fent\w*|"
    r"tramadol|codeine|lithium|seroquel|ambien|zopiclone|diazepam|valium)"
)

# A means kept near and checked on, with no lock, theft or sport to explain the checking.
_WATCHED = needles.compile(
    r"\b"
    + _MEANS
    + r"s?\b(?: \S+){0,10}? (?:i )?(?:keep|kept|keeps|keep on) (?:checking|looking at|"
    r"touching|going back to|staring at)(?: (?:if|that|whether))? (?:it|they|its|it is|they are)\b"
    r"|\b(?:keep|kept|keeps|keep on) (?:checking|looking at|going back to|staring at)(?: (?:if|"
    r"that|"
    r"whether))? (?:the|my) " + _MEANS + r"s? (?:is|are|s) still\b"
)
_WATCHED_BUT = needles.compile(
    r"\b(?:seat ?belt|seatbelt|tool belt|belt loop|buckle|lock\w*|stolen|steal\w*|thie\w*|theft|"
    r"climb\w*|camping|boat|tow\w*|gym|kayak|"
    r"tent|rust\w*|insurance claim|safe|hunt\w*|range|deer|season|trip|"
    # a machine's belt that slips, a rope in a game's level to be solved
    r"treadmill|fan belt|timing belt|drive belt|conveyor|engine|machine|act \d+|in the level|"
    r"this level|chapter \d+|puzzle|side quest|boss fight|final boss|in game|the game)\b"
)

# A loaded weapon kept close and said not to be for work, the range or protection.
_LOADED = needles.compile(
    r"\b(?:loaded|one in the chamber|round chambered|chambered)\b(?: \S+){0,10}? not (?:for|"
    r"because of) (?:work|duty|the job|protection|hunting|the range|deer|safety|defen[cs]e|"
    r"self defen[cs]e)(?: reasons)?\b(?! (?:just|it is|its) (?:for )?(?:fun|the range|hunting))"
)
_LOADED_BUT = needles.compile(
    r"\b(?:range|practice|hunt\w*|deer|elk|duck|season|qualif\w*|competition|target\w*)\b"
)
_WEAPON = needles.compile(
    r"\b(?:gun|pistol|rifle|shotgun|revolver|glock|piece|sidearm|weapon|"
    r"handgun|carry)\b"
)

# Pills put by over time: verbs of hoarding, not of carrying or collecting from the pharmacy.
_HOARDED = needles.compile(
    r"\b(?:squirrel\w* away|stash\w* away|hoard\w*|stockpil\w*|sav\w* up|put\w* away|"
    r"putting aside|put aside|set\w* aside|been (?:saving|collecting|holding onto|holding on to|"
    r"squirrel\w*|stashing))(?: (?!her\b|his\b|their\b)\S+){0,3}? " + _DRUGS + r"\b"
    # the packaging kept, not the drug: "saving my insulin pen boxes for crafts"
    r"(?! (?:pens? )?(?:box|boxes|bottles|containers|packaging|packets|wrappers|receipts|caps|"
    r"lids|jars|tubs)\b)"
)
# ...and told of oneself: someone else's hoard is for the rules of others (``crisis.whose``).
_HOARDER_ELSE = needles.compile(
    r"\b(?:he|she|they|hes|shes|theyre|husband|wife|mum|mom|dad|father|mother|son|daughter|"
    r"brother|sister|partner|boyfriend|girlfriend|friend|grandma|grandad|grandpa|nan|roommate|"
    r"flatmate|patient|client)\b(?: \S+){0,3}? (?:has been|have been|s been|been|is|are|was|"
    r"were|keeps?)? ?(?:squirrel|stash|hoard|stockpil|sav|put|set|collect)"
)
_HOARDED_BUT = needles.compile(
    r"\b(?:organi[sz]er|dosette|pill box|for the (?:week|trip|holiday|flight|weekend)|pharmacy|"
    r"chemist|dispos\w*|take back|drop off|return them|to return|travel\w*|vacation|holiday|"
    r"my (?:grandma|grandmother|grandad|grandfather|nan|mum|mom|dad) s|"
    # tablets the devices, for a class or an office
    r"computers?|laptops?|ipads?|devices?|screens?|chargers?|students|classroom|"
    # medicine stored out of a child's reach
    r"out of (?:the )?(?:kids|children|toddler|baby)(?: s)? reach|out of reach of|child ?proof|"
    r"(?:top|high) (?:cupboard|shelf|cabinet))\b"
)

# Pills put away in a jar or a sock "instead of taking them" (the excuses of ``_HOARDED_BUT``)
_INSTEAD = needles.compile(
    r"\b(?:putting|put|keeping|kept|dropping|hiding|hid|saving|stashing|collecting) (?:my |the "
    r"|all my )?" + _DRUGS + r"\b(?: \S+){0,5}? instead of (?:taking|swallowing) (?:them|it)\b"
)
# A gun moved from its safe to beside the bed, with no break-in, cleaning or hunt to explain it
_MOVED_CLOSE = needles.compile(
    r"\b(?:moved|took|brought|got|fetched) (?:the |my |our )?(?:gun|shotgun|rifle|pistol|"
    r"revolver|handgun|firearm|glock)\b(?: \S+){0,3}? (?:out of|from) (?:the |my |our )?(?:gun )?"
    r"(?:safe|cabinet|locker|lockbox|case)\b(?: \S+){0,3}? (?:under|beside|next to|by|on|in|"
    r"into|onto|to) (?:the |my )?(?:bed|pillow|bedside|nightstand|bedside table|desk|drawer|"
    r"couch|sofa|bedroom)\b"
)
_MOVED_BUT = needles.compile(
    r"\b(?:break ?in|broken into|burglar\w*|intruders?|prowler|protection|defen[cs]e|clean\w*|"
    r"oil\w*|range|hunt\w*|season|police|bears?|coyotes?|foxes|inspection|licen[cs]e|move|"
    r"moving)\b"
)

# The means named as all one has left.
_ONLY_LEFT = needles.compile(
    r"\bonly (?:thing|things|stuff) (?:i|i have|i ve)? ?(?:got|have|has|had)? ?left (?:is|are|s) "
    r"(?:\S+ ){0,2}?(?:sidearm|gun|pistol|rifle|shotgun|revolver|glock|piece|pills|rope|razor|"
    r"blade|service weapon)\b(?! (?:qual\w*|class|course|test|exam|inspection|training|cleaning|"
    r"check|paperwork|permit|licen[cs]e|renewal))"
)
_GAME_BUT = needles.compile(
    r"\b(?:inventory|loadout|ammo|loot|level|round|match|game|boss|dlc|perk|skin|squad wipe|"
    r"respawn|lobby|raid|quest|zombies?)\b"
)

# The means said to be "calling my name".
_CALLING = needles.compile(
    r"\b(?:drug box|drug bag|narc\w* (?:box|safe|bag)|med\w* (?:box|cabinet|bag)|the pills|"
    r"my pills|the meds|my meds|my gun|the gun|my pistol|my rifle|my sidearm|service weapon|"
    r"duty weapon|"
    r"the rope|the bridge|the ledge|the river|the tracks|the drop|the cliff)\b(?: \S+){0,14}? "
    r"(?:calling|calls|call|called) (?:my name|to me)\b"
)
_CALLING_BUT = needles.compile(
    r"\b(?:store|shop|sale|buy|buying|bought|range|cart|wishlist|auction|gun show|collection|"
    r"app|reminders?|restock\w*|alarm|notifications?|"
    r"fishing|swim\w*|kayak\w*|hike|hiking|pizza|snack|"
    # the drug box's count at a shift change; a hunting season's opening
    r"the count|narc count|drug count|inventory|audit|hunt\w*|opening day|deer|elk)\b"
)

# Harm done to one's own body on purpose, told by the deed.
_ON_PURPOSE = needles.compile(
    r"\b(?:dropp\w*|slamm\w*|smash\w*|punch\w*|hit|hitting|bang\w*|burn\w*|press\w*|scald\w*|"
    r"bash\w*|crush\w*|stabb\w*)\b(?: \S+){0,6}? (?:my own|on my|into my|against my|my) (?:hand|"
    r"hands|arm|arms|fist|fists|wrist|wrists|knuckles?|fingers?|head|leg|legs|thighs?|skin|"
    r"forearms?|ribs|shins?)\b(?: \S+){0,8}? (?<!not )on purpose\b"
    r"(?! to (?:see|test|check|show|prove|toughen|condition|harden|strengthen))"
)
# Sport that burns the muscles on purpose: a drop set, leg day.
_TRAINING = needles.compile(
    r"\b(?:drop sets?|sets|reps|leg day|workout|gym|squats?|lifting|heavy bag|sparring|"
    r"muay thai|kickboxing|boxing|conditioning|drills?)\b"
)
_TRAINING_BUT = needles.compile(
    r"\b(?:blood|bleed\w*|hide|hiding|sleeves|nobody knows|deserve\w*|punish\w*|to feel|"
    r"again|every night|can not stop|cant stop)\b"
)
_BLADE_HABIT = needles.compile(
    r"\b(?:scrap\w*|scratch\w*|cut\w*|carv\w*|slic\w*|dig\w*|dragg\w*|rak\w*|pick\w*|"
    r"pok\w*|prick\w*|stab\w*|jabb\w*)(?: \S+){0,2}? "
    r"(?:my|into my|at my) (?:arms?|wrists?|thighs?|legs?|skin|stomach|forearms?|hips?)\b with "
    r"(?:a |my |the )?(?:\S+ )?(?:knife|blade|razor|box cutter|glass|scissors|pin|needle|"
    r"sharpener|compass|nail file|lighter)\b(?=.*\b(?:every night|at night|again|can not stop|"
    r"can t stop|cant stop|every day|since|for weeks|for months|most nights)\b)"
)
_ACCIDENT = needles.compile(
    r"\b(?:by accident|accident\w*|slipp?ed|while (?:cooking|chopping|cutting|opening|carving|"
    r"whittling|gardening|working|sharpening|cleaning)|not on purpose)\b"
)


# A weapon loaded and set down, then sat with and looked at.
_SAT_WITH = needles.compile(
    # (not a scope fitted or a game's save loaded)
    r"\bload\w*\b(?! (?:the |a |my )?(?:new )?(?:scope|optic|sight|sling|stock|skin|save|mod)\b)"
    r"(?=.*\b(?:sitting|sat|sit) (?:here |there )?(?:just )?(?:looking|staring) at "
    r"(?:it|them)\b)"
)
# A hose cut to length and taped, in a garage or to a car's exhaust.
_HOSE = needles.compile(
    r"\bhose\b(?: \S+){0,8}? (?:taped|duct taped|tape|fitted|attached)\b"
    r"|\b(?:tailpipe|exhaust)\b(?: \S+){0,6}? hose\b|\bhose\b(?: \S+){0,6}? (?:tailpipe|exhaust)\b"
)
_HOSE_PLACE = needles.compile(r"\b(?:garage|car|truck|van|exhaust|tailpipe|window)\b")
_HOSE_BUT = needles.compile(
    r"\b(?:garden|leak\w*|sprinkler|vacuum|hoover|radiator|coolant|mechanic|mot|inspection|"
    r"pool|washer|plumb\w*|"
    # cleaning gear, a hose hung on its reel
    r"shop vac|hose reel|wall hook|car wash|pressure wash\w*|jet wash\w*)\b"
)
# Enough put by, and only the day left to choose.
_ONLY_WHEN = needles.compile(
    r"\b(?:more than enough|enough)\b(?: \S+){0,8}? (?:have not|not|yet to|still not) "
    r"(?:decided|picked|chosen|settled) (?:on )?(?:when|the day|the date|which night|the night)\b"
)
_ONLY_WHEN_BUT = needles.compile(
    r"\b(?:holiday|vacation|trip|party|wedding|leave|pto|days off|flight|move|moving|snacks|food|"
    r"beer|wine|money|cash|savings|points|miles|"
    # a household job's supplies
    r"paint|tiles|wallpaper|boxes(?! of)|nursery|firewood)\b"
)


# The excuses of the shapes above, read apart so that the classifier can defer to them too: a
# part fitted or a save loaded and admired, a body conditioned in sport on purpose.
_FITTED = needles.compile(
    r"\bload\w* (?:the |a |my )?(?:new )?(?:scope|optic|sight|sling|stock|skin|save|mod)\b"
    r"(?=.*\b(?:sitting|sat|sit) (?:here |there )?(?:just )?(?:looking|staring) at (?:it|them)\b)"
)
_CONDITIONED = needles.compile(r"\bon purpose to (?:toughen|condition|harden|strengthen)\b")


def fitted(plain: str) -> bool:
    """A part fitted to a weapon, or a game's save, loaded and admired: "loaded the new scope onto
    my rifle and just sat there staring at it" (``plain``: normalised)."""
    return _FITTED.search(plain) is not None


def excused(plain: str) -> bool:
    """One of these shapes told with its ordinary reason (a hunt, a machine, a game, sport, a
    household job) and none told without one (``plain``: normalised)."""
    if check(plain):
        return False
    pairs = (
        (_WATCHED, _WATCHED_BUT),
        (_HOARDED, _HOARDED_BUT),
        (_ONLY_LEFT, _GAME_BUT),
        (_CALLING, _CALLING_BUT),
        (_HOSE, _HOSE_BUT),
        (_ONLY_WHEN, _ONLY_WHEN_BUT),
        (_ON_PURPOSE, _TRAINING),
    )
    if any(shape.search(plain) and but.search(plain) for shape, but in pairs):
        return True
    weapon = _WEAPON.search(plain) is not None
    if weapon and (_LOADED.search(plain) or _SAT_WITH.search(plain)) and _LOADED_BUT.search(plain):
        return True
    return _FITTED.search(plain) is not None or _CONDITIONED.search(plain) is not None


def check(plain: str) -> bool:
    """Means kept close or harm done on purpose, told by the deed (``plain``: normalised)."""
    if _WATCHED.search(plain) and not _WATCHED_BUT.search(plain):
        return True
    if _LOADED.search(plain) and _WEAPON.search(plain) and not _LOADED_BUT.search(plain):
        return True
    hoarded = _HOARDED.search(plain) and not _HOARDED_BUT.search(plain)
    if hoarded and not _HOARDER_ELSE.search(plain):
        return True
    if _ONLY_LEFT.search(plain) and not _GAME_BUT.search(plain):
        return True
    if _CALLING.search(plain) and not _CALLING_BUT.search(plain):
        return True
    if _SAT_WITH.search(plain) and _WEAPON.search(plain) and not _LOADED_BUT.search(plain):
        return True
    if _INSTEAD.search(plain) and not _HOARDED_BUT.search(plain):
        return True  # "putting my pills in a jar instead of taking them. nearly full"
    if _MOVED_CLOSE.search(plain) and not _MOVED_BUT.search(plain):
        return True  # "moved the shotgun from the safe to under the bed"
    hose = _HOSE.search(plain) and _HOSE_PLACE.search(plain)
    if hose and not _HOSE_BUT.search(plain):
        return True
    if _ONLY_WHEN.search(plain) and not _ONLY_WHEN_BUT.search(plain):
        return True
    on_purpose = _ON_PURPOSE.search(plain)
    burn = on_purpose is not None and on_purpose.group(0).startswith("burn")
    if burn and _TRAINING.search(plain) and not _TRAINING_BUT.search(plain):
        return False  # a muscle's burn in a workout, not a burn
    return bool(
        (_ON_PURPOSE.search(plain) or _BLADE_HABIT.search(plain)) and not _ACCIDENT.search(plain)
    )
