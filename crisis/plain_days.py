"""Everyday messages that borrow a crisis's words: a figure of speech, lost property, a usual dose.

- ``without_figures``: figures of speech blanked before the rules and the classifier read a
  message: throwing oneself into a pursuit ("he threw himself into his work after the divorce",
  "she's thrown herself into her studies") and insects that eat one alive ("the midges are eating
  me alive"). Throwing oneself off, under or in front of something, into a river, or guilt or
  thoughts eating one alive are no figure of this kind and are read as they stand.
- ``lost_property``: something lost, and whoever finds it asked to hand it in or get in touch
  ("if anyone finds this wallet please hand it in", "if you find this notebook please return
  it to room 12"). Not beside a last word: sorry, love to the family, no more need of it, a note,
  a body, gone.
- ``usual_dose``: one or two of an ordinary medicine, with a mild effect after ("took 2 ibuprofen
  for my headache and now I'm a bit dizzy"). Not a number past that, a whole pack, a strip or a
  box, more on top, another medicine beside it, drink, or a word of meaning it.
- ``apology_after_row``: a partner's or a friend's "sorry for everything" after a fight, with
  nothing of a farewell beside it (a phone off, no answer, "look after", "won't be around").

- ``act_told``: no figure but an act, throwing oneself off a height, under a vehicle or into a
  river ("she threw herself under a bus after the breakup"), or one's body found ("if anyone
  finds my body"): the full reply for the writer's own, the reply for helpers for another's.

Read on normalised text (see ``crisis.normalise``); used by ``crisis.assess``,
``crisis.stand_down`` and ``crisis.by_model``. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CRISIS, HELPER, Verdict

# Throwing oneself into a pursuit: work, study, a sport, a hobby, a cause, a new role.
_PURSUIT = (
    r"work|job|jobs|career|studies|study|studying|revision|exams|coursework|degree|training|"
    r"gym|fitness|running|football|rugby|cricket|sport|sports|hobby|hobbies|gardening|garden|"
    r"allotment|volunteering|charity|music|band|art|painting|writing|business|project|projects|"
    r"role|part|campaign|church|faith|parenting|kids|children|baby|cooking|baking|"
    r"renovation|renovations|house|diy|research|reading|books|teaching|practice|rehearsals|"
    r"shifts|overtime|career|new job|new role|life|friendships|social life|dating|recovery|"
    r"therapy|course|lessons|classes|language|languages|job hunt|job search|wedding|planning|"
    r"preparations|season|match|game|task|challenge|cause|fundraising|garden"
)
_INTO_PURSUIT = (
    r"\bthr(?:ew|own|owing|ows|ow) (?:himself|herself|myself|themselves|ourselves|yourself) "
    r"(?:back )?into (?:his |her |my |their |our |your |the |a |an |some )?(?:new |own )?"
    r"(?:\w+ )?(?:" + _PURSUIT + r")\b"
    # ...and the blow it followed, told with it: "after the divorce", "since his dad passed"
    r"(?: (?:after|since|following|when) (?:the |his |her |my |their |our |a |an )?(?:\w+ )?"
    r"(?:divorce|breakup|break up|split|separation|loss|funeral|diagnosis|redundancy|"
    r"retirement|move|accident|miscarriage|\w+ (?:died|passed|passed away|left|moved out))\b)?"
)
# Insects that eat one alive on a walk or at the campsite
_BITTEN = (
    r"\b(?:midges?|mosquito\w*|mozzies|mozzys|mossies|gnats?|bugs|flies|horseflies|horse flies|"
    r"clegs|sandflies|sand flies|no see ums|ticks|fleas|bed ?bugs|ants|chiggers|blackflies|"
    r"black flies|insects|bitey things|beasties)\b(?: \S+){0,3}? (?:are |is |have been |has "
    r"been |were |was |keep |kept |been )?(?:eating|eaten|ate|devouring|devoured|feasting on|"
    r"feasted on|chewing) (?:me|us|him|her|them|my \w+|the kids) (?:alive|for (?:breakfast|"
    r"lunch|dinner|tea))\b"
)
_FIGURES = needles.compile(_INTO_PURSUIT + "|" + _BITTEN)


def without_figures(plain: str) -> str:
    """``plain`` with the figures of speech above blanked out."""
    return _FIGURES.sub(" ", plain)


# What is left beside a figure that still speaks of risk: "...but she's got pills saved"
_RISK_LEFT = needles.compile(
    r"\b(?:pills|tablets|meds|rope|gun|knife|blade|bridge|cliff|roof|die|dying|dead|death|"
    r"kill\w*|suicid\w*|end (?:it|things|everything|my life)|goodbye|note|letter|overdos\w*|"
    r"hurt\w*|harm\w*|cut\w*|jump\w*|gone|not (?:be )?(?:here|around)|better off|burden|"
    r"no point|hopeless|can not go on|saved|stockpil\w*|wake up|disappear\w*|any ?more|"
    r"worried|scared|drink\w*|drunk)\b"
)


def figure_only(text: str, plain: str) -> bool:
    """A figure of speech above in ``text``, and nothing of risk in the rest (``plain``, the
    normalised text with the figures blanked): the classifier's reading of a relative or a
    grief named beside it ("my husband has thrown himself into work") defers to it."""
    return _FIGURES.search(text.casefold()) is not None and _RISK_LEFT.search(plain) is None


# Something lost, whoever finds it asked to hand it in or get in touch
_FINDS = needles.compile(
    r"\b(?:if (?:anyone|anybody|someone|somebody|you) (?:finds?|found|picks? up|sees?)|"
    r"(?:whoever|anyone who|anybody who) (?:finds?|found|picks? up)) (?:this|my|a|an|the|our|"
    r"his|her) (?:\w+ ){0,2}?(?:wallet|purse|phone|mobile|keys?|keyring|bag|rucksack|backpack|"
    r"handbag|umbrella|notebook|laptop|airpods|earbuds|headphones|glasses|sunglasses|jacket|"
    r"coat|scarf|hat|cap|ring|watch|bracelet|necklace|earrings?|card|bank card|id|passport|"
    r"camera|dog|cat|puppy|kitten|tortoise|parrot|bike|scooter|ticket|charger|kindle|ipad|"
    r"tablet|book|diary|bottle|lunchbox|pencil case|teddy|toy|gloves?|shoes?|trainers|"
    r"suitcase|luggage|folder|usb|memory stick|drone|ball|frisbee|lanyard|badge|pass)s?\b"
)
_HAND_IN = needles.compile(
    r"\b(?:please|pls|plz|kindly) (?:hand|return|bring|post|drop|give|message|call|ring|text|"
    r"dm|contact|email|let me know|get in touch|leave)\b|\bhand (?:it|them) in\b|"
    r"\b(?:return|returned|handed in) to\b|\b(?:front desk|reception|lost property|lost and "
    r"found|police station|depot|reward|finders keepers|it is yours|its yours|they are yours|"
    r"keep it|keep them)\b"
)
# ...beside a last word: then it is no lost wallet
_LAST_WORD = needles.compile(
    r"\b(?:sorry|forgive|love (?:you|them|her|him)|tell (?:my|them|her|him|everyone)|goodbye|"
    r"gone|(?:will not|wo not|do not|not) need|no (?:longer|more) need|body|note|letter|last|"
    r"any ?more|too late|pills|tonight|after i|when i|by then|do not look|i am done|"
    r"not coming back|not be (?:here|around)|miss me|it is over|the end)\b"
)


def lost_property(plain: str) -> bool:
    """Something lost, and whoever finds it asked to hand it in, with no last word beside."""
    return (
        _FINDS.search(plain) is not None
        and _HAND_IN.search(plain) is not None
        and _LAST_WORD.search(plain) is None
    )


# One or two of an ordinary medicine, taken
_MEDICINE = (
    r"ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|motrin|aspirin|aleve|naproxen|"
    r"panadol|calpol|co codamol|cocodamol|antihistamines?|piriton|cetirizine|loratadine|"
    r"benadryl|claritin|zyrtec|imodium|sudafed|lemsip|nytol|melatonin|excedrin|dayquil|nyquil|"
    r"anadin|solpadeine|migraleve|painkillers?|pain killers?|headache (?:pills?|tablets?)|"
    r"hayfever (?:pills?|tablets?)|travel sickness (?:pills?|tablets?)"
)
_TOOK_USUAL = needles.compile(
    r"\b(?:took|taken|had|have had|popped|swallowed|take) (?:a |an |one |two |1 |2 |a couple of |"
    r"a couple |couple of |couple |my usual |the usual |the normal |the recommended )(?:of )?"
    r"(?:(?:extra strength|max strength|regular|normal|children s|kids) )?(?:" + _MEDICINE + r")"
    r"(?:s| pills?| tablets?| tabs| capsules?| caplets?)?\b"
    # ...counted in tablets: "took my usual 2 tablets of ibuprofen"
    r"|\b(?:took|taken|had|popped|swallowed|take) (?:my usual |the usual |the )?(?:1|2|one|two) "
    r"(?:pills?|tablets?|tabs|capsules?|caplets?) of (?:" + _MEDICINE + r")\b"
)
# A mild effect after it
_MILD = needles.compile(
    r"\b(?:dizzy|lightheaded|light headed|drowsy|sleepy|woozy|nauseous|nauseated|queasy|sick|"
    r"spaced out|spacey|tired|groggy|foggy|wobbly|fuzzy|funny|weird|a bit off|jittery)\b"
)
# ...or more than that, another medicine, drink, or a word of meaning it: then not ordinary
_MORE_THAN_USUAL = needles.compile(
    r"\b(?:\d{2,}|[3-9]|three|four|five|six|seven|eight|nine|ten|dozen|whole|all|every|entire|"
    r"rest|lot|lots|bunch|handful|packs?|packets?|box|boxes|bottles?|strips?|blisters?|sheets?|"
    r"tubs?|then|more|another|again|extra|double|doubled|plus|also|as well|on top|mixed|with "
    r"(?:vodka|alcohol|wine|beer|drink|booze|whisky|gin)|vodka|alcohol|wine|beer|drunk|"
    r"drinking|on purpose|deliberately|meant|wanted|die|dying|dead|death|kill|end it|wake up|"
    r"overdos\w*|od|suicid\w*|hospital|a e|ambulance|999|911|poison\w*|blood|vomit\w*|"
    r"throwing up|passing out|passed out|faint\w*|collaps\w*|unconscious|can not (?:breathe|feel|"
    r"move|stay awake|see)|chest|heart|breath\w*|ringing|sertraline|fluoxetine|citalopram|"
    r"diazepam|xanax|tramadol|oxy\w*|insulin|sleeping pills?|hour|hours|hourly)\b"
)


def usual_dose(plain: str) -> bool:
    """One or two of an ordinary medicine with a mild effect after, and nothing more."""
    return (
        _TOOK_USUAL.search(plain) is not None
        and _MILD.search(plain) is not None
        and _MORE_THAN_USUAL.search(plain) is None
    )


# A partner's or a friend's "sorry for everything" after a fight
_SORRY = needles.compile(
    r"\b(?:sorry for everything|sorry about everything|sorry for it all|sorry for all of it)\b"
)
_ROW = needles.compile(
    r"\b(?:fight|fights|fought|argument|arguments|argued|arguing|row|rowed|rowing|falling out|"
    r"fell out|spat|tiff|had words|bickering|bickered|disagreement|quarrel\w*|blow up|blew up|"
    r"screaming match|shouting match|made up|make up|making up)\b"
)
# ...with a farewell's marks beside it: then it is no apology after a row
_FAREWELL = needles.compile(
    r"\b(?:phone (?:is )?(?:off|dead|switched off)|not (?:answering|picking up|replying|"
    r"responding|home|at home)|(?:will not|wo not|does not|did not|can not|could not) "
    r"(?:answer|pick up|reply|respond|reach|get hold)|no answer|location|look after|take care "
    r"of|goodbye|bye|forever|for good|any ?more|around|last (?:message|words|time|goodbye|text)|"
    r"love you all|note|letter|pills|"
    r"gun|rope|bridge|knife|tablets|drunk|drinking|gone|left|missing|worried|scared|suicid\w*|"
    r"kill|die|dying|dead|hurt|harm|end|better off|burden|not be|never)\b"
)


def apology_after_row(plain: str) -> bool:
    """A "sorry for everything" after a fight, with no farewell's marks beside it."""
    return (
        _SORRY.search(plain) is not None
        and _ROW.search(plain) is not None
        and _FAREWELL.search(plain) is None
    )


# Thrown off a height, under a vehicle or into a river: no figure of speech, but an act told
_THROWN = needles.compile(
    r"\bthr(?:ew|own|owing) (himself|herself|themselves|myself) (?:off|from|under|in front of|"
    r"into|onto|on to) (?:a |an |the |his |her |their |my |our |some )?(?:\w+ ){0,2}?(?:bridge|"
    r"roof|rooftop|cliff|building|balcony|car park|multi storey|tower|window|ledge|overpass|"
    r"flyover|train|trains|tracks|bus|lorry|truck|car|van|tube|traffic|motorway|river|canal|"
    r"harbour|reservoir|dam|quarry|weir)\b"
)
# ...told of a story, the news, a dive or a swim, or a stranger on the line with its delays
_THROWN_BUT = needles.compile(
    r"\b(?:film|movie|book|novel|episode|show|series|character|story|play|opera|scene|game|"
    r"history|poem|news|reported|delays?|delayed|cancel\w*|swim\w*|cool off|cool down|dip|"
    r"splash\w*|wetsuit|rope swing|lol|haha|lmao|a (?:man|woman|person|guy|lad|girl|boy))\b"
)


def thrown(plain: str) -> str | None:
    """ "own" when the writer tells of throwing themselves off, under or into a place of danger,
    "other" when someone else did ("he threw himself into the river after the divorce"), else
    None."""
    found = _THROWN.search(plain)
    if found is None or _THROWN_BUT.search(plain) is not None:
        return None
    return "own" if found.group(1) == "myself" else "other"


# Whoever finds the writer's body: "if anyone finds my body please call my mum"
_BODY_FOUND = needles.compile(
    r"\b(?:if|when|whoever|once) (?:anyone |anybody |someone |somebody |you |they |the police )?"
    r"(?:finds?|found) (?:my (?:body|corpse)|me dead)\b"
)
_BODY_BUT = _THROWN_BUT


def body_found(plain: str) -> bool:
    """The writer's own body, found by whoever finds it: told outside a story or a game."""
    return _BODY_FOUND.search(plain) is not None and _BODY_BUT.search(plain) is None


def act_told(plain: str) -> Verdict | None:
    """The full reply for the writer's own throw or body found, the reply for helpers for
    someone else's throw, else None."""
    if body_found(plain):
        return Verdict(CRISIS, "body found")  # "if anyone finds my body please call my mum"
    kind = thrown(plain)
    if kind is None:
        return None
    return Verdict(CRISIS if kind == "own" else HELPER, "thrown")
