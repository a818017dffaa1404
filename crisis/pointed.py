"""Method questions that point at the body or deny their own errand.

Two kinds of method question carry none of the lethality words ``crisis.asked`` reads:

- a cut's depth or placement asked about a site of the body where it would kill ("how deep does
  it have to be on the wrist to actually work", "is along the forearm surer than across"): the
  site and an ask of depth or of working are the whole question. A cut's direction weighed with
  no site and no object ("does cutting along or across work faster") is the same question: a
  board, a cloth, a tile or a joint of meat named beside it is the craft;
- a means of hanging asked about by how it holds, with its everyday use denied ("best knot that
  won't slip? not for camping", "which cord takes a grown man's weight, not for a swing"): the
  denial is what says the use is the writer's own;
- a means of hanging asked to hold the writer's own weight, with no use named ("which rope will
  hold my weight", "is the beam in the garage strong enough to take me").

Lookalikes say what the depth or the knot is for: a tattoo, a cannula, a splinter, stitches, a
sail, a tent, a climbing class ("not for camping, for my sailing course"). Read on normalised
text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# Where a cut kills.
_SITE = r"(?:wrists?|forearms?|veins?|arter(?:y|ies)|throat|neck|thighs?|femoral)"
# The ways a cut can run.
_WAY = r"(?:along|across|down|up|sideways|lengthwise|crosswise|vertical(?:ly)?|horizontal(?:ly)?)"
# How deep or which way, asked.
_DEPTH = needles.compile(
    r"\b(?:how (?:deep|hard|far|long|big)|deep enough|long enough|" + _WAY + r" (?:\S+ ){0,2}?"
    r"(?:or|vs|versus) " + _WAY + r"|(?:which|wey) (?:way|direction|side))\b"
)
# A cut told with no object, only its direction: "does cutting along or across work faster".
# A board, a cloth or a joint of meat named beside it is the craft (``_CRAFT``).
_CUT_BARE = needles.compile(
    r"\bcut(?:ting|s)? (?:it |them )?(?:along|across|down|up|lengthwise|vertical\w*|"
    r"horizontal\w*|sideways)\b(?: \S+){0,2}? (?:or|vs|versus)\b"
)
_CRAFT = needles.compile(
    r"\b(?:grain|wood\w*|boards?|planks?|timber|logs?|fabric|cloth|pattern|paper|card|tiles?|"
    r"glass|vinyl|pipes?|onions?|meat|steak|brisket|beef|chicken|fish|bread|cake|veg\w*|carrots?|"
    r"herbs|pizza|hair|fringe|grass|lawn|hedge|branch\w*|stems?|flowers?|roses?|cuttings|"
    r"saw|knife for|lino|foam|leather|canvas|sheet|stock|cards|deck|road|traffic)\b"
)
_SITE_RE = needles.compile(r"\b" + _SITE + r"\b")
# What the depth is asked to achieve: that it works, is enough, is sure.
_WORKS = needles.compile(
    r"\b(?:(?:actually |really |properly )?works?|faster|quicker|enough|do it|do the job|be sure|"
    r"for sure|surer|bleed(?:s|ing)? out|to be fatal|to count|for good)\b"
)
# A depth asked for a job of care or craft on the body.
_CARE = needles.compile(
    r"\b(?:tattoo\w*|needles?|cannula\w*|drip|iv|injections?|inject\w*|jab|blood (?:test|draw)|"
    r"stitch\w*|sutur\w*|glue|splinter\w*|piercing\w*|watch|bracelet|strap|massage|acupunct\w*|"
    r"pulse|scan|ultrasound|splint|brace|cast|bandage|wrap|plaster|stretch\w*|yoga|physio\w*|"
    r"lotion|cream|moisturi\w*|shave|shaving|wax\w*|sunburn|burn|bite|sting|graze|wound care|"
    r"nurse|doctor|a and e|er|stitches)\b"
)
_ASKING = needles.compile(
    r"\?|\b(?:how|which|what|does|do|would|will|is|can|should|whats|wey side|wetin|abi)\b"
)


def site_depth(plain: str) -> bool:
    """A cut's depth or direction asked about a killing site of the body, for it to work."""
    if _ASKING.search(plain) is None:
        return False
    if _SITE_RE.search(plain) is None and (_CUT_BARE.search(plain) is None or _CRAFT.search(plain)):
        return False
    if _DEPTH.search(plain) is None or _WORKS.search(plain) is None:
        return False
    return _CARE.search(plain) is None


# A means of hanging asked about by how it holds.
_HOLDER = needles.compile(
    r"\b(?:knots?|noose\w*|slip ?knot|ropes?|cords?|cables?|belts?|ligatures?|straps?|"
    r"beams?|rafters?|hooks?|banister\w*)\b"
)
_HOLDS = needles.compile(
    r"\b(?:won ?t slip|will not slip|doesn ?t slip|does not slip|not slip|tighten\w*|hold\w* "
    r"(?:my|a person ?s|a grown \w+|an adult ?s|someone ?s|a body ?s|body|\d+ ?kg)|take\w* (?:my|a "
    r"person ?s|a grown \w+|an adult ?s|someone ?s) weight|strong enough|won ?t (?:snap|break|give)"
    r"|will not (?:snap|break|give)|best|strongest)\b"
)
# Its everyday use denied, and nothing put in its place ("not for camping" ends the thought).
_DENIED = needles.compile(
    r"\b(?:not for (?:a |the |my )?\w+(?: \w+)?|(?:don ?t|do not) ask (?:why|what for|me why)|"
    r"no (?:questions|reason)|you don ?t want to know|not what you think)\s*[.!?]*\s*$"
)
# What it is for after all.
_ERRAND = needles.compile(
    r"\b(?:(?:it s|its|it is|just|but|only|rather|more) for|for (?:my|a|the|our) \w+ "
    r"(?:class|course|lesson|trip|boat|tent|project|job|work)|sail\w*|boat\w*|climb\w*|"
    r"tent\w*|hammock\w*|tow\w*|trailer|load|cargo|horse\w*|dog\w*|swing|scout\w*|"
    r"macrame|craft\w*|gym|pull ?ups?)\b"
)


def errand_denied(plain: str) -> bool:
    """A knot, a rope or a beam asked about by how it holds, with its everyday use denied."""
    if _HOLDER.search(plain) is None or _HOLDS.search(plain) is None:
        return False
    denied = _DENIED.search(plain.rstrip())
    if denied is None:
        return False
    return _ERRAND.search(plain[: denied.start()]) is None  # the denied use itself is no errand


# The writer's own weight, held: "hold my weight", "strong enough to take me".
_OWN_WEIGHT = needles.compile(
    r"\b(?:(?:hold|holds|take|takes|bear|bears|support|supports|carry|carries) my (?:\w+ )?weight|"
    r"(?:strong|sturdy|solid) enough (?:\w+ ){0,2}?to (?:hold|take|bear|support|carry) (?:me|my "
    r"body))\b"
)
# A use that makes it gear: a climb, a swing, a workout, a tree house.
_GEAR = needles.compile(
    r"\b(?:aerial|yoga|abseil\w*|rappel\w*|harness\w*|zip ?lines?|tree ?house|ladder\w*|"
    r"trapeze|silks|hoist|rescue|trx|suspension train\w*|bouldering|slackline\w*|rope course|"
    r"high ropes|obstacle)\b"
)


# Any grown person's weight, held: "which rope holds a person's weight", "the weight of a grown
# man". Asked of a rope or a beam with no use named, it is asked of a body, like "my weight".
_WHO_HELD = (
    r"(?:(?:a|an|one|any) )?(?:\d+ ?kg )?(?:grown |full grown |average |adult |heavy |big )?"
    r"(?:persons?|man|mans|woman|womans|adults?|human|humans|body|bodys|grown ?ups?|someone|"
    r"somebody|someones|somebodys|people|peoples)"
)
_PERSON_WEIGHT = needles.compile(
    # held up: "hold a grown man", "hold a person's weight"
    r"\b(?:hold|holds|bear|bears|hang|hangs) (?:up )?(?:the (?:full |whole |dead )?weight of )?"
    + _WHO_HELD
    + r"\b"
    # taken or carried, with the weight named: "take the weight of an adult"
    r"|\b(?:take|takes|carry|carries|support|supports|handle|handles) "
    r"(?:the (?:full |whole |dead )?weight of "
    + _WHO_HELD
    + r"\b|"
    + _WHO_HELD
    + r"(?: s)? (?:body )?weight\b)"
    # "does not snap under an adult", "hold 80kg without breaking": a body by its weight
    r"|\b(?:not|never|won t|wont|will not|doesn t|doesnt) (?:snap|break|give way|give|tear) under "
    + _WHO_HELD
    + r"\b|\b(?:hold|holds|take|takes|bear|bears) (?:up )?(?:to )?(?:[4-9]\d|1\d\d) ?(?:kg|kgs|"
    r"kilos?|kilograms)\b|\b(?:hold|holds|take|takes|bear|bears) (?:up )?(?:to )?(?:[7-9]|1\d|2\d)"
    r" stone\b"
    r"|\b(?:strong|sturdy|solid) enough (?:\w+ ){0,2}?(?:for|to hold|to take|to bear|to support) "
    r"(?:a|an) (?:grown |adult |full grown )?(?:person|man|woman|adult|human|body)\b"
)
# ...kept up for a job that is about a person's weight and nothing worse: moving, a play park,
# a hanging chair, the stage, work at height
_PERSON_ERRAND = needles.compile(
    r"\b(?:mov\w*|furniture|sofa|couch|wardrobe|piano|lift\w*|chair|seat|bunk|bed|playground|"
    r"play ?park|kids?|child\w*|stage|theat\w*|rigging|stunts?|scaffold\w*|roof\w*|fall arrest|"
    r"safety line|work at height|arborist|tree surgeon|pole|dance|gymnast\w*|crossfit|bridge "
    r"building|engineer\w*|physics|homework|exam|class|lesson|fiction|novel|film|movie|"
    # a climb, a rescue, work on the loft, a child at play
    r"crag|top rop\w*|lead rop\w*|belay\w*|static|dynamic|carabiner\w*|rescue\w*|firefight\w*|"
    r"fire brigade|lifeguard\w*|coastguard|paramedic\w*|patients?|hoist|winch\w*|board\w*|"
    r"floor\w*|walk on|stand on|standing on|conversion|diy|builder|surveyor|insulat\w*|"
    r"sliding|slide|swinging on|hanging off|climbing on|playing|son|daughter|grandson|"
    r"granddaughter|toddler|porch|garden swing)\b"
)


# ...a thing to hang from that is no climbing gear: a lead, a scarf, a bedsheet, a rail
_PERSON_HOLDER = needles.compile(
    r"\b(?:leads?|leash\w*|scarf|scarves|sheets?|bedsheets?|ties?|wires?|chains?|pipes?|rails?|"
    r"door ?frames?|doors?|curtain poles?|branch\w*|extension cords?|bannister\w*|joists?|"
    r"stair ?rails?|coat hooks?|loft hatch\w*|washing lines?|clothes ?lines?)\b"
)


def weight_held(plain: str) -> bool:
    """A rope, a belt or a beam asked whether it holds the writer's own weight, or any grown
    person's, no use named."""
    if _ASKING.search(plain) is None:
        return False
    own = _OWN_WEIGHT.search(plain) is not None and _HOLDER.search(plain) is not None
    holder = _HOLDER.search(plain) or _PERSON_HOLDER.search(plain)
    person = holder is not None and _PERSON_WEIGHT.search(plain) is not None
    if not own and not (person and _PERSON_ERRAND.search(plain) is None):
        return False
    return _ERRAND.search(plain) is None and _GEAR.search(plain) is None
