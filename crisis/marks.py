"""Self-harm told in its own words, with no word of suicide or of "hurting myself": the full
reply (``HARM``), read on the normalised text before a named other person ("while he napped",
"when she won't stop crying") can make the message look like someone else's.

- a habit that will not stop, with no object after the verb: "can't stop cutting since the
  birth", "I can't stop burning myself lately";
- the custody slang "cutting up" / "cut up again" (not "cut up about it", "cut up the onions");
- skin scratched, bitten, hit or picked "until it bleeds", with a rash, a bite or eczema excused;
- a blade got out now, to feel something or to quiet the head;
- blades found or taken away and replaced: "Mum found my blades. Bought new ones today.", or
  hidden where no one looks (a pencil case, a sock, a phone case);
- strips torn off a blanket or a sheet, or a ligature made (not a surgeon's, not for a rag or a
  quilt);
- harm to get out of a cell or a ward that is to be worse "next time" or hidden from everyone.

Read on normalised text (``crisis.normalise``: "couldnt" is "could not", "cant" is "can not");
pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles
from crisis.vocab import _compile

_BODY = (
    r"(?:arms?|legs?|skin|thighs?|wrists?|face|hands?|stomach|chest|scalp|neck|hips?|shoulders?|"
    r"fingers?|head)"
)
_RASH = (
    r"(?:eczema|mosquito\w*|bites|bitten by|itch|itchy|itching|rash|hives|allerg\w*|psoriasis|"
    r"chicken ?pox|poison ivy|sunburn|dermatitis|fleas|bed ?bugs|lice|scabies|dry skin|cream)"
)

HARM = _compile(
    # a habit that will not stop, the verb left bare (no onions, no corners, no class after it)
    r"\b(?:can not|could not|cannot) stop (?:cutting|self harming|burning myself|scratching "
    r"myself|hitting myself|cutting myself)(?= (?:since|again|lately|anymore|any more|every|at "
    r"night|even|no matter|and i|it s|its|i m|im|i have|i ve)\b| *$)",
    # custody slang: "cut up again", "been cutting up"
    r"\b(?:cut|cutting|cuts) up (?:again|more|a lot|loads|every night|most nights|last night|"
    r"tonight|bad|badly|on the wing|in my cell|in "
    r"the cell|behind my door|behind the door)\b(?!.*\b(?:onions?|veg\w*|carrots?|meat|chicken|"
    r"paper|cardboard|fabric|the (?:road|traffic|lane|line|queue)|traffic|about)\b)",
    # ...with nothing cut after it: "been cutting up again", not "cutting up carrots"
    r"\b(?:i (?:have |ve |had |d )?(?:been |started )?|been |started |keep |kept )cutting up"
    r"(?= (?:again|more|a lot|loads|every|most|last|tonight|lately|since|on|in|behind|at|and|"
    r"but|because|cos|when|bad|badly|recently|now|still)\b| *$)",
    # skin torn until it bleeds, by the writer (``find`` leaves out a cat's or a baby's nails)
    r"\b(?:scratch|scratched|scratching|scratches|pick|"
    r"picked|picking|picks|hit|hitting|hits|"
    r"punch|punched|punching|bite|biting|bit|bites|claw|clawed|clawing|dig|digging|dug) (?:at )?"
    r"(?:my|myself on my) (?:own )?" + _BODY + r"\b(?: \S+){0,2}? (?:until|till|til|so|to the "
    r"point) (?:it|they|i|the skin) (?:bleed|bleeds|bled|bruise|bruises|bruised|is raw|are raw|"
    r"go raw|went raw|break|breaks|broke|tear|tears|tore)\b(?!.*\b" + _RASH + r")",
    # blades found or binned, and replaced
    r"\b(?:found|took|taken|confiscated|threw away|binned|took away|hid|emptied) (?:all )?my "
    r"(?:blades|razor blades|razors|sharps|sharpeners?|stash)\b(?: \S+){0,6}? (?:bought|got|"
    r"ordered|found|made|have|ve got) (?:new|more|another|other|some more|fresh)(?: (?:ones|one|"
    r"blades|razors|pack))?\b(?!.*\b(?:shav\w*|beard|legs smooth|skates?|skating|mower|cutter|"
    r"stanley|craft|hockey)\b)",
    # a blade got out now, to feel something or to quiet the head (not to shave or for the cake)
    r"\b(?:got|have got|have|took|taken|had|get) (?:the|a|my) (?:blade|blades|razor blade|razor|"
    r"knife|scissors|compass|sharpener blade) out\b(?: \S+){0,10}? (?:i )?(?:just )?(?:need|want|"
    r"needed|have) to (?:feel (?:something|anything)|make (?:it|this|my head) (?:stop|quiet)|shut "
    r"(?:my head|it|this) up)\b",
    # blades hidden where no one looks
    r"\b(?:blades|razor blades|razors|sharpener blades)\b(?: \S+){0,2}? (?:hidden |tucked |kept )?"
    r"(?:in|inside|under) (?:my|the) (?:pencil case|phone case|wallet|socks?|make ?up bag|"
    r"jewell?ery box|tampon box|shoe|school bag|bra|insoles?|pillow ?case)\b(?! sharpener)",
    # a ligature made from bedding
    r"\b(?:ripp\w*|tear\w*|tore|torn|cut|cutting|twist\w*|plait\w*|braid\w*|making|made) "
    r"(?:\w+ ){0,2}?strips? (?:off|from|of|out of) (?:the|my) (?:\w+ )?(?:blanket|sheets?|"
    r"bedsheets?|bed sheets?|duvet cover|towels?|t ?shirt|shirt)\b(?!.*\b(?:quilt\w*|rag|rags|"
    r"rug|toy|dog|cat|bandag\w*|dust\w*|clean\w*|craft\w*|tie ?dye|garden|tomato\w*|plants?|"
    r"kite|costume)\b)",
    r"\b(?:ripp\w*|tear\w*|tore|torn|cut|cutting|shred\w*) (?:up )?(?:my|the) (?:\w+ )?(?:blanket|"
    r"sheets?|bedsheets?|bed sheets?|duvet cover|towels?|t ?shirt|shirt) into (?:strips|a rope|"
    r"ropes|a noose)\b(?!.*\b(?:quilt\w*|rag|rags|rug|toy|dog|cat|bandag\w*|dust\w*|clean\w*|"
    r"craft\w*|garden|tomato\w*|plants?|kite|costume)\b)",
    r"\b(?:i (?:have |ve )?|just |been )?(?:made|making|tied|tying|hid|hidden|hiding) (?:a |"
    r"another |my )?ligatures?\b(?!.*\b(?:surg\w*|sutur\w*|vessel|clinical|audit|points?|training|"
    r"theatre|stump|vet|lamb\w*|calf|calves|banding)\b)",
    # harm to get out of a cell or a ward, to be worse next time, or hidden
    r"\b(?:gonna|going to|i ll|ill|i will|will) do (?:something )?(?:worse|deeper|more damage)"
    r"\b(?: \S+){0,3}? (?:next time|and not tell|without telling)\b"
    r"(?=.*\b(?:cut\w*|swallow\w*|burn\w*|hospital|a e|healthcare|wing|cell|ward|stitches|"
    r"blades?|tell anyone|tell anybody|tell no one|tell nobody)\b)",
)

# Skin torn by someone or something else: "the kitten scratches my arms till they bleed", "our
# kitten keeps scratching my arms" (an animal or a baby a few words before the verb).
_SKIN_VERB = needles.compile(r"(?:scratch|pick|hit|punch|bit|claw|dig|dug)")
_NOT_THE_WRITER = frozenset("he she it they cat dog kitten puppy baby toddler".split())
_CREATURE = frozenset(
    "cat cats dog dogs kitten kittens puppy puppies baby babies toddler parrot rabbit hamster "
    "ferret budgie bird".split()
)
# "cut up" by a driver: on a road, by a lorry, at a roundabout
_ROAD = needles.compile(
    r"\b(?:lorry|lorries|van|car|cars|driver|drivers|bus|taxi|cab|truck|motorway|m\d+|a\d+|"
    r"roundabout|junction|lane|overtak\w*|road|traffic|cyclist|motorbike|biker|indicat\w*|"
    r"brake\w*|swerv\w*|driving|drove|dashcam|horn)\b"
)
# blades taken at an airport's security, not found by someone who worries
_TRAVEL = needles.compile(
    r"\b(?:airport|security|customs|tsa|hand luggage|carry on|cabin bag|flight|flying|plane|"
    r"border|check ?in)\b"
)
# "can't stop cutting" with a new kitchen knife or over a craft: a tool enjoyed
_TOOL = needles.compile(
    r"\b(?:japanese|chef s|chefs|kitchen|santoku|bread|paring|carving|whittling|pizza) "
    r"(?:knife|knives|scissors|cutter|mandoline)\b|\b(?:cook\w*|chopping|veg\w*|onions?|"
    r"recipe|sushi|meal prep|garden\w*|hedges?|lawn|fabric|sewing|quilt\w*|coupons|paper|"
    r"vinyl|cricut|hair|fringe|bangs)\b"
)


def _excused(plain: str, found: re.Match[str]) -> bool:
    """The mark is another's doing or an everyday job: a creature's nails, a driver, an airport,
    a new kitchen knife."""
    words = found.group()
    before = plain[: found.start()].split()
    if _SKIN_VERB.match(words):
        if before[-1:] and before[-1] in _NOT_THE_WRITER:
            return True
        if _CREATURE.intersection(before[-3:]):
            return True
    if " up" in words and words.startswith("cut") and _ROAD.search(plain):
        return True
    if words.startswith(("found", "took", "taken", "confiscated")) and _TRAVEL.search(plain):
        return True
    return "stop cutting" in words and _TOOL.search(plain) is not None


_CREATURE_DID = needles.compile(
    r"\b(?:cat|cats|dog|dogs|kitten|kittens|puppy|puppies|baby|babies|toddler|parrot|rabbit|"
    r"hamster|ferret|budgie|bird)\b(?: \w+){0,2}? (?:scratch\w*|bit|bites|biting|claw\w*|"
    r"nipp\w*|nibbl\w*|pick\w*|hit\w*) (?:at )?my (?:\w+ )?" + _BODY + r"\b"
)
# ...and the ordinary senses of cutting, for the classifier to defer to when no harm is named
_CUT_EVERYDAY = needles.compile(
    r"\bcut (?:me|us|him|her) up\b|\b(?:got|been|was) cut up\b(?=.*" + _ROAD.pattern + r")|"
    r"\bcutting up (?:the |some |old |all |my |our )?(?!again|more|loads|a lot|every|on|in|at|"
    r"last|bad)[a-z]{3,}"
)
_NO_HARM = needles.compile(
    r"\b(?:myself|wrists?|arms?|legs?|thighs?|skin|blood|bleed\w*|blades?|razors?|die|dying|"
    r"dead|kill\w*|suicid\w*|harm\w*|hurt\w*|scars?|deep|stitches|end it)\b"
)


_OWN_DOING = needles.compile(
    r"\b(?:myself|blades?|razors?|die|dying|kill\w*|suicid\w*|harm\w*|hurt\w*|i (?:scratch|bit|"
    r"pick|hit|cut)\w*)\b"
)


def by_creature(plain: str) -> bool:
    """Skin scratched or bitten by a pet or a baby ("our kitten keeps scratching my arms")."""
    return _CREATURE_DID.search(plain) is not None


# A blade as a tradesman's or a decorator's tool: "razor blade scraper gets paint off windows",
# "a fresh blade in the stanley knife for the carpet", "blades for the plane"
_BLADE_TOOL = needles.compile(
    r"\b(?:razor )?blades? (?:scraper|scrapers|knife|cutter|holder|for (?:the |my |a )?"
    r"(?:scraper|stanley|utility knife|box cutter|craft knife|plane|saw|jigsaw|mower|lino|"
    r"carpet|lawnmower|windows?|glass|tiles?))\b|\b(?:stanley|utility|craft|hobby|box cutter|"
    r"snap off|scraper|jigsaw|circular saw|mower|planer) (?:knife )?blades?\b"
)
# ...on the job it names: paint, glue, stickers, carpet, wood
_BLADE_JOB = needles.compile(
    r"\b(?:paint|glue|stickers?|labels?|residue|caulk|silicone|grout|tape|putty|varnish|"
    r"decals?|carpet|lino|vinyl|plasterboard|drywall|cardboard|wood|timber|windows?|glass|"
    r"oven|hob|tiles?|lawn|grass|hedge)\b"
)
_BLADE_BUT = needles.compile(
    r"\b(?:myself|wrists?|arms?|legs?|thighs?|skin|blood|bleed\w*|die|dying|dead|kill\w*|"
    r"suicid\w*|harm\w*|hurt\w*|scars?|stitches|end it|relapse\w*|urges?|clean (?:for|since)|"
    r"days clean|drawer|hid\w*|hidden)\b"
)


def blade_as_tool(plain: str) -> bool:
    """A blade named as a tool for a job (paint off a window, a carpet cut), and no harm beside."""
    if _BLADE_TOOL.search(plain) is None or _BLADE_JOB.search(plain) is None:
        return False
    return _BLADE_BUT.search(plain) is None


def everyday_cutting(plain: str) -> bool:
    """Cutting in an everyday sense (a driver, cardboard, a new kitchen knife), and no word of
    harm: the classifier, which has seen "cutting" mostly in self-harm, defers to it."""
    everyday = _CUT_EVERYDAY.search(plain) is not None
    everyday = everyday or ("stop cutting" in plain and _TOOL.search(plain) is not None)
    if everyday and _NO_HARM.search(plain) is None:
        return True
    # a pet's or a baby's nails, with nothing of the writer's own doing named
    return by_creature(plain) and _OWN_DOING.search(plain) is None


def find(plain: str) -> re.Match[str] | None:
    """The first mark of self-harm in the normalised message, skin torn by another, a driver, an
    airport or a kitchen knife left out."""
    for found in HARM.finditer(plain):
        if _excused(plain, found):
            continue
        return found
    return None
