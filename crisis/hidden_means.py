"""A means of dying kept hidden at home, told by where it is and who does not know.

- ``_NOOSE_KEPT``: a noose made, kept or had in the writer's room, wardrobe, bed, drawer, shed
  or car ("nobody knows i've had a noose in my wardrobe since april"): a noose has no everyday
  job there (a ligature has, in surgery, and is left out);
- ``_HIDDEN`` with ``_SECRET``: a rope, a cord, a belt, a blade, tablets or a gun kept under
  the bed or in a wardrobe, beside a lie told about being safe or the word that nobody knows
  ("counsellor asked if im safe and i said yes. i lied. the cord is under my bed").

Both get the full reply. Lookalikes stay quiet: a Halloween prop, a western, a film, a fishing
"noose knot", the hangman game, a lasso; a skipping rope or a phone cable under the bed with
nothing hidden, a birthday present hidden from the kids, a shotgun by the bed since a break-in,
a new rifle the wife does not know was bought, and medicine hidden, locked or kept high up
away from the children or a pet (``kept_from_children``): safe storage, with no end beside it.
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PLACE = (
    r"(?:in|under|behind|inside|at the back of|on top of) (?:my|the|our) (?:wardrobe|closet|bed|"
    r"drawer|drawers|cupboard|loft|attic|garage|shed|net shed|car|truck|boot|trunk|bag|backpack|"
    r"room|bedroom|locker|mattress|pillow|bedside drawer|bedside table|nightstand)"
)
_NOOSE_KEPT = needles.compile(
    r"\b(?:(?:made|tied|have|had|kept|keep|got|bought) (?:a|the|my) noose|"
    r"noose\b(?: \S+){0,3}? " + _PLACE + r")\b"
)
# A noose that is a prop, a knot's name, a game, a film or history.
_NOOSE_ERRAND = needles.compile(
    r"\b(?:halloween|costume|decorat\w*|prop|props|film|movie|western|cowboy|lasso|fishing|"
    r"noose knot|hangman|game|history|museum|lynch\w*|play|theatre|theater|novel|book|scene)\b"
)
_HIDDEN = needles.compile(
    r"\b(?:ropes?|cords?|belts?|cables?|blades?|razors?|pills|tablets|meds|noose|shotguns?|"
    r"pistols?|handguns?|revolvers?|rifles?|guns?|\d+ gauge|glock)\b(?: \S+){0,4}? "
    r"(?:is |are |sits |stays |hidden |kept )?" + _PLACE + r"\b"
)
# Safety denied by a lie, or the means kept from everyone.
_SECRET = needles.compile(
    r"\b(?:i lied|lied to|nobody knows|no one knows|noone knows|nobody has any idea|they do not "
    r"know|she does not know|he does not know|do not tell any ?one|said i was (?:fine|safe|ok)|"
    r"(?:my )?(?:wife|husband|partner|girlfriend|boyfriend|family|kids|mum|mom) (?:does|do) not "
    r"know(?! (?:how|the|where|about|yet|i bought))|"
    r"asked if i (?:am|was|m) safe)\b"
)
# A surprise, a gift or a pet hidden from the family is no means.
_GIFT = needles.compile(
    r"\b(?:present|gift|surprise|birthday|christmas|xmas|puppy|kitten|skipping|jump rope|"
    r"charger|phone|laptop|game|console|vape|chocolate|sweets|candy)\b"
)
# A gun kept by the bed for the house's safety, or bought without telling: no means kept.
_GUARD = needles.compile(
    r"\b(?:break ?ins?|broken into|burglar\w*|intruders?|home defen[cs]e|self defen[cs]e|bears?|"
    r"coyotes?|prowler|stalker|bought|buy|spent|paid|cost|price|new|gun show|range|season|"
    r"hunting|deer|duck)\b"
)
_GUN = needles.compile(
    r"\b(?:shotguns?|pistols?|handguns?|revolvers?|rifles?|guns?|\d+ gauge|glock)\b"
)


def kept(plain: str) -> bool:
    """A noose kept at home, or a means hidden there beside a lie about being safe."""
    if _NOOSE_KEPT.search(plain) and _NOOSE_ERRAND.search(plain) is None:
        return True
    if _HIDDEN.search(plain) is None or _SECRET.search(plain) is None:
        return False
    if _GUN.search(plain) and _GUARD.search(plain):
        return False
    return _GIFT.search(plain) is None


# Medicine or blades kept out of a child's or a pet's reach: "my pills hidden from my toddler".
_FROM_CHILDREN = needles.compile(
    r"\b(?:pills|tablets|meds|medicines?|medication|insulin|painkillers|razors?|blades?|knives)\b"
    r"(?: \S+){0,6}? (?:from|away from|out of (?:the )?reach of|so) (?:the |my |our |his |her |"
    r"their )?(?:kids?|children|child|toddlers?|baby|babies|little ones?|grandkids|"
    r"grandchildren|dogs?|cats?|puppy|kitten|pets?|twins)\b"
    r"|\b(?:hid|hide|hiding|hidden|keep|kept|lock\w*|store\w*)\b(?: \S+){0,4}? (?:pills|tablets|"
    r"meds|medicines?|medication)\b(?: \S+){0,4}? (?:high shelf|top shelf|lockbox|lock box|"
    r"locked cabinet|out of reach|child ?proof)\b"
)
# ...not kept from the family as a secret, nor beside an end or an amount saved
_FROM_CHILDREN_BUT = needles.compile(
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|parents|mum|mom|dad|nobody|no one|noone|"
    r"saved|saving|stash\w*|stockpil\w*|enough|all of them|die|dying|dead|kill\w*|end it|"
    r"suicid\w*|overdos\w*|wake|goodbye|forever|when the time|ready)\b"
)


def kept_from_children(plain: str) -> bool:
    """Medicine hidden or locked away from the children or a pet: safe storage, no means kept."""
    return _FROM_CHILDREN.search(plain) is not None and _FROM_CHILDREN_BUT.search(plain) is None
