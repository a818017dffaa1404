"""Distress told by carers, the bereaved, the bullied and the sleepless in debt, with no sign of
risk: the caring reply (``distress``), when no rule and not the classifier found it.

- ``_BROKE_DOWN``: the writer who went off alone and howled, sobbed or wept (a carer whose
  husband called her "the lady"), not a dog that howled or a room that howled with laughter;
- ``_FIRST_WITHOUT``: the first Christmas, birthday or anniversary without someone, told by the
  one left;
- ``_LOOKS_HATED``: the writer's own body called fat or ugly beside people at school or online
  who make sure they know it;
- ``_STILL_REACHING``: someone close who died, and the writer who keeps reaching for the phone to
  ring them or expecting them home ("my dad died last month and i keep picking up my phone to
  ring him", "keep forgetting and going to text her", "i still put out two cups in the
  morning"), not a grief told as settled or a question
  about grief and the treatment;
- ``_HOUSE_QUIET``: a husband, a wife or a parent gone, and the writer left in a house gone
  quiet or talking to their photo ("since my wife passed last year the house is so quiet"), not
  a pet's death (the caring reply's rules read that apart) or a house quiet with the kids away;
- ``_STILL_UNABLE``: the same loss, and the writer who still cannot bring themselves to clear a
  wardrobe, or whom people expect to be over it by now;
- ``_NOT_HEALED``: a child or a husband who died, "people say time heals. it doesn't", or the
  anniversary of their death that everybody else forgot; not a knee that time healed, a
  king's anniversary or a grief the writer says has healed;
- ``_WORRIED_SICK``: a night awake worrying about a loan, the rent or the bills, the body
  answering ("been awake all night worrying about the loan repayment. feel sick to my stomach"),
  not a night up with a newborn or a match.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_BROKE_DOWN = _compile(
    r"\bi (?:\w+ ){0,6}?(?:howled|sobbed|wept|bawled|cried my eyes out|cried and cried)\b"
    r"(?!.*\b(?:laughter|laughing|film|movie|telly|tv|show|episode|book|ending|finale|"
    r"musical|concert|wedding)\b)",
)

_FIRST_WITHOUT = _compile(
    r"\b(?:first|1st) (?:christmas|xmas|birthday|anniversary|easter|eid|diwali|new year|mother s "
    r"day|mothers day|father s day|fathers day|valentine s|valentines|hanukkah|thanksgiving) "
    r"without (?:him|her|them|my (?:husband|wife|mum|mom|dad|son|daughter|partner|boy|girl|baby|"
    r"nan|gran|grandad|grandma|grandpa)|[a-z]+)\b"
    # ...not the children away at the other parent's, or a year off the booze
    r"(?!.*\b(?:at their dad s|at their mum s|at their dads|at their mums|sober|booze|"
    r"drinking|alcohol|smoking|cigarettes|the ex|my ex|ex|best|relief|brilliant|lovely)\b)",
)

_LOOKS_HATED = _compile(
    r"\bi am (?:so )?(?:fat|ugly|disgusting|gross)(?: and (?:fat|ugly|disgusting|gross))?\b"
    r"(?: \S+){0,6}? (?:everyone|everybody|people|they|the girls|the boys|the whole class) "
    r"(?:at school |in my class |online |at college )?(?:make|makes|tells?|told|remind|reminds|"
    r"call|calls) (?:sure )?(?:i know|me)\b",
)

_STILL_REACHING = _compile(
    r"\b(?:died|passed(?! (?:my|the|a|an|his|her|their|our|all|it|both|me|out)\b)|lost|funeral|"
    r"gone|buried)\b(?: \S+){0,12}? (?:i )?(?:keep|"
    r"still|kept|always) (?:forgetting (?:and |then )?)?(?:picking up|going|reaching for|"
    r"grabbing|going for|dialling|dialing|calling|"
    r"ringing|texting|expecting|waiting for|setting|set|laying|lay|buying|buy|making|make|"
    r"put out|putting out|puts out|pour|pouring|poured|lay out|laying out|get out|getting out|"
    r"take out|taking out) "
    r"(?:\S+ ){0,4}?(?:to "
    r"(?:ring|call|text|tell|phone|message) (?:him|her|them)|(?:him|her|them) to (?:walk|come|"
    r"call|ring|text)|(?:his|her|their) (?:place|plate|cup|mug|tea|coffee|number)|(?:two|both|"
    r"three|four|five|six|an extra|one too many) (?:cups|mugs|plates|places|teas|coffees))\b"
    r"(?!.*\b(?:smile|smiling|laugh|laughing|fondly|nice|lovely|sweet)\b)",
)

# A death of someone close told as still raw: "people say time heals. it doesn't" (not a knee or
# a break-up), or its anniversary that everybody else forgot
_NOT_HEALED = _compile(
    r"\b(?:died|passed|lost|death|funeral|gone|buried)\b(?: \S+){0,16}? (?:people|they|everyone|"
    r"everybody|friends|the vicar|my \w+) (?:\w+ )?(?:say|says|said|saying|tell me|told me|"
    r"telling me) time heals\b(?: \S+){0,3}? (?:it does not|it did not|it has not|it is not "
    r"true|not true|it never|not for me|no it does not|well it does not)\b",
    r"\b(?:anniversary of my|my) (?:\w+ )?(?:husbands|wifes|sons|daughters|mums|moms|dads|"
    r"mothers|fathers|partners|brothers|sisters|husband|wife|son|daughter|mum|mom|dad|mother|"
    r"father|partner|brother|sister) (?:death|passing)(?: anniversary)?\b(?: \S+){0,10}? "
    r"(?:everybody|everyone|nobody|no one|they all|the kids|my kids|my children|the family|my "
    r"family) (?:\w+ )?(?:forgot|forgotten|has forgotten|have forgotten|remembered|called|rang|"
    r"came|mentioned)\b",
)

# a death of someone close: not keys lost, nor a funeral's guests gone home
_DEATH = (
    r"\b(?:died|passed(?! (?:my|the|a|an|his|her|their|our|all|it|both|me)\b)|buried|lost "
    r"(?:him|her|them|my (?:\w+ )?(?:wife|husband|mum|mom|mother|dad|father|son|daughter|"
    r"partner|boy|girl|baby|brother|sister)))\b"
)
_HOUSE_QUIET = _compile(
    _DEATH + r"(?: \S+){0,12}? (?:the |our |my )?"
    r"(?:house|home|flat|place|bed|kitchen|evenings?|nights?) (?:is |are |feels |feel |s |has "
    r"been |have been )?(?:so |too |very |really |unbearably |awfully )?(?:quiet|empty|silent|"
    r"still|lonely|cold)\b"
    r"|" + _DEATH + r"(?: \S+){0,16}? i (?:still )?"
    r"(?:talk|speak|chat|say goodnight) to (?:his|her|their) (?:photo|picture|photograph|grave|"
    r"urn|ashes|chair|pillow|side of the bed)\b",
)

# ...or left unable to face what is theirs, or told to be over it by now
_STILL_UNABLE = _compile(
    _DEATH + r"(?: \S+){0,12}? (?:i )?(?:still )?(?:can not|cannot|could not) (?:bring myself to|"
    r"face|let go|stop thinking|believe (?:she|he|they) (?:is|are|s) gone)\b"
    r"|" + _DEATH + r"(?: \S+){0,12}? (?:people|everyone|they|my (?:family|friends|boss)) "
    r"(?:\w+ )?(?:expect|expects|want|wants|think|thinks) (?:me|i) (?:to be|should be) "
    r"(?:over it|over (?:him|her|them)|fine|moving on|back to normal)\b",
)

# ...a pet's death is read by the caring reply's own pet rules, which weigh how hard it is taken
_PET = _compile(
    r"\b(?:dog|dogs|cat|cats|puppy|pup|kitten|pet|pets|hamster|rabbit|bunny|horse|pony|parrot|"
    r"budgie|guinea pig|goldfish|tortoise)\b"
)

_WORRIED_SICK = _compile(
    r"\b(?:awake|up|lay awake|lying awake|laid awake) all night (?:\w+ )?(?:worrying|stressing|"
    r"panicking|fretting|thinking) (?:about|over) (?:\S+ ){0,3}?(?:loan|loans|debt|debts|rent|"
    r"mortgage|bills|repayments?|money|the bank|overdraft|arrears|payday|credit card)\b"
    r"(?=.*\b(?:sick|shaking|shaky|heart|can not eat|knot|dread|scared|terrified|crying|cried|"
    r"panic|numb|hopeless)\b)(?!.*\b(?:lol|haha|newborn|baby|match|game)\b)",
)


def distress(plain: str) -> bool:
    """One of the kinds here."""
    kinds = (
        _BROKE_DOWN,
        _FIRST_WITHOUT,
        _LOOKS_HATED,
        _STILL_REACHING,
        _WORRIED_SICK,
        _NOT_HEALED,
    )
    if any(kind.search(plain) for kind in kinds):
        return True
    left = _HOUSE_QUIET.search(plain) or _STILL_UNABLE.search(plain)
    return left is not None and _PET.search(plain) is None
