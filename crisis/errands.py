"""An overdose rule's words on an errand or a doctor's order: no overdose told.

Two kinds of everyday message share an overdose's verbs:

- a product carried somewhere: "took the bleach back to the shop", "took some rat poison round
  to my nan's", "took the old tablets to the pharmacy". "Took" is carrying here, to a place
  named, and nothing after it is swallowed, felt or meant.
- a dose a doctor changed: "my GP doubled my sertraline and i feel dizzy". A side effect after a
  prescribed rise is a question for the prescriber, not an overdose.
- a gas or a fuel asked about for its everyday use: "is helium a painless way? party balloons",
  "is charcoal a good way to start a bbq". The balloons or the barbecue are the use; asked with
  no word of dying, going or oneself beside it.
- a car put away: "i'll drive the car into the garage tonight", "reversed it into the drive".
  Parking, unless the engine is left running, a door shut on it or someone sits inside.

Either is excused only while nothing else in the message speaks of taking it oneself, of the
body failing, or of an end ("took the pills to my room and swallowed them all", "the doctor
upped my dose so i took the whole box"). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# "took the bleach back to the shop", "took some rat poison round to my nan s"
_CARRIED = needles.compile(
    r"\b(?:took|taken|taking|take|brought|bringing|dropped|returned|carried)(?: \w+){1,4}? "
    r"(?:back |round |over |down |up )?(?:to|into) (?:the |my |our |his |her |their |a )?"
    r"(?:\w+ (?:s )?){0,2}?(?:shop|store|supermarket|pharmacy|chemist|chemists|tip|dump|recycling|"
    r"garden centre|hardware store|b q|ikea|nan|nans|gran|grans|mum|mums|mom|moms|dad|dads|"
    r"parents|neighbour|neighbours|neighbor|neighbors|shed|allotment|farm|barn|stables|office|"
    r"work|site|unit|cabin|caravan|flat|house|place)\b(?! (?:and|to) (?:\w+ ){0,2}?(?:swallow|"
    r"took|take|drank|drink|ate|end|die|finish))"
    r"|\b(?:took|taken|brought|returned) (?:\w+ ){1,4}?back (?:for (?:a )?(?:refund|exchange)|"
    r"unopened)\b"
    # ...back to a shop named by its name, with the reason for the return
    r"|\b(?:took|taken|brought|returned) (?:\w+ ){1,4}?back to \w+\b(?=.*\b(?:refund|receipt|"
    r"exchange|wrong|faulty|broken|cracked|leak\w*|unopened|return\w*)\b)"
)
# ...a count of it, or a night when no one is about: "took 20 tablets to my parents house"
_CARRIED_BUT = needles.compile(
    r"(?<![0-9])(?:[1-9][0-9]+)\b|\b(?:tonight|asleep|no one|nobody|alone|last|then|more)\b"
)
# The doctor is the one who changed the dose: "my gp doubled my sertraline"
_PRESCRIBED = needles.compile(
    r"\b(?:doctor|doc|gp|dr|consultant|psychiatrist|psych|nurse|prescriber|pharmacist|clinic|"
    r"specialist|neurologist|cardiologist) (?:has |just |have |had )?(?:doubled|upped|increased|"
    r"raised|bumped up|bumped|put up|changed|adjusted|switched|halved|lowered)\b"
)
# Something else of an overdose beside it: a whole supply, swallowing it, an end, an emergency.
_STILL_RISK = needles.compile(
    r"\b(?:i (?:\w+ )?(?:swallowed|downed|drank|popped|necked|doubled|tripled)|"
    r"swallow\w*|all of (?:it|them)|the (?:whole|entire|rest)|whole (?:box|bottle|pack|packet|"
    r"strip|lot)|every (?:one|pill|tablet)|(?:the|full|entire) bottle|bottle of (?:\w+ )?(?:pills|"
    r"tablets|meds|capsules)|overdos\w*|to (?:end|die|sleep forever|not wake)|"
    r"not wake up|never wake|kill|die|dying|suicid\w*|goodbye|ambulance|999|911|112|a and e|"
    r"can not (?:breathe|wake|stay awake|feel)|passing out|unconscious|blue lips|saving|saved|"
    r"stockpil\w*|hoard\w*|collection|extra|spare|keeping|kept|put by|put aside|stash|worth|"
    r"at once|in one go|too many|too much|more than|on top|handful|loads|"
    # ...or nothing left and an end set: "i have nothing. i will finish it this weekend"
    r"i have nothing(?: left)?|nothing left|finish (?:it|everything|myself)(?: all)? (?:this|"
    r"tonight|tomorrow|on|soon|now|before))\b"
)

# ...the writer's own taking told after the doctor's change: "and i took a week's worth"
_TOOK_MORE = needles.compile(r"\bi (?:\w+ )?(?:took|have taken|ve taken|had)\b")
# Helium named with the balloons or the party it fills, charcoal with the barbecue it lights
_GAS_FOR_USE = needles.compile(
    r"\bhelium\b(?=.*\b(?:balloons?|party|parties|birthday|blimp|float\w*|inflat\w*|blow (?:\w+ )?"
    r"up|fill\w*|canister for)\b)"
    r"|\bcharcoal\b(?=.*\b(?:bbq|barbecue|grill\w*|smoker|brazier|fire pit|firepit|burgers|"
    r"sausages|steaks?|cook\w*|light\w* (?:it|the fire))\b)"
)
# ...asked for no end of one's own: "a painless way to go? i have party balloons"
_FOR_AN_END = needles.compile(
    r"\b(?:die|dying|death|dead|kill\w*|suicid\w*|end|ending|go|gone|out|sleep|forever|for good|"
    r"myself|me|mask|bag|tube|tank|litres|liters|how much|how long|enough|breathe|breathing|"
    r"lethal|fatal|unalive|ctb|painlessly|exit|tanks|method|methods|reliable|effective|sure|"
    r"surest|work|works|still|garage|ready|inside|indoors|room|bedroom|bathroom|car|van|tent|"
    r"sealed|sorry|if|bad|tomorrow|tonight)\b"
)


# "drive the car into the garage", "park the van in the drive", "back it into the carport"
_PARKED = needles.compile(
    r"\b(?:driv\w*|drove|park\w*|put\w*|revers\w*|back\w*|pull\w*|nos\w*) (?:the |my |our |"
    r"her |his |it )?(?:\w+ )?(?:car|van|truck|motorbike|bike|camper|caravan|it)? ?(?:in|into) "
    r"(?:the |our |my |a )?(?:\w+ )?(?:garage|driveway|drive|carport|car park|parking space|"
    r"space|bay)\b"
)
# ...the engine left on, a door shut on it, someone sitting in it, or an end named
_PARKED_BUT = needles.compile(
    r"\b(?:running|engine on|idling|idle|exhaust|hose|pipe|tube|towels?|tape|seal\w*|shut|"
    r"closed|locked|sit|sitting|sat|inside|wait\w*|asleep|sleep|fumes|carbon|monoxide|die|"
    r"dying|dead|kill\w*|suicid\w*|end it|goodbye|forever|for good|never|last|myself|nobody|"
    r"no one|done|walls?|pillar|speed|fast|flat out|floor it|foot down|crash\w*|mph|kmh)\b"
)


def parked(plain: str) -> bool:
    """A car driven or reversed into a garage or a drive: parking, with nothing of an end."""
    return _PARKED.search(plain) is not None and _PARKED_BUT.search(plain) is None


def carried(plain: str) -> bool:
    """A product taken to a place (the shop, a relative's, the tip), nothing swallowed."""
    told = _CARRIED.search(plain) is not None and _CARRIED_BUT.search(plain) is None
    return told and _STILL_RISK.search(plain) is None


def prescribed(plain: str) -> bool:
    """A dose the doctor changed, told with how it feels, nothing taken beyond it."""
    told = _PRESCRIBED.search(plain) is not None and _TOOK_MORE.search(plain) is None
    return told and _STILL_RISK.search(plain) is None


def gas_for_use(plain: str) -> bool:
    """Helium or charcoal asked about with the balloons or the barbecue it is for, nothing of an
    end beside it."""
    return _GAS_FOR_USE.search(plain) is not None and _FOR_AN_END.search(plain) is None


def excused(plain: str) -> bool:
    """An overdose rule's words on an errand or after a doctor's order."""
    return carried(plain) or prescribed(plain)
