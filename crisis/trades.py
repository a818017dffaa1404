"""Method and overdose told in short, as workers in the trades tell them: the full reply.

A site, a cab or a shed keeps its means at hand, and the people who work there say what they did
or what they want in few words, with no "kill" or "suicide" in them:

- ``_STORY_MEANS``: a story's character who ends it or takes their own life, and what they would
  use that is quickest, surest or least painful ("writing a story about a miner who ends it.
  what would he use that's quickest and surest");
- ``_WHICH_SURER``: two means weighed against each other by how sure, quick or painless they are
  ("what's surer, wrists or neck", "which is quicker, the rope or the pills");
- ``_TIMES_MY_DOSE``: several times one's own dose of insulin or a medicine taken or injected on
  purpose, or with the body answering ("injected like 4x my insulin an hour ago on purpose");
- ``_DRANK_POISON``: a poison from the shed or the site drunk or swallowed by the writer
  ("drank some of the weedkiller from the shed, it burns"), or a lamp or stove fuel from the
  house ("drank the kerosene. its done"), or a floor cleaner by its Indian names ("drank the
  phenyl cleaner 10 min ago"); a childhood mishap told as one is the lookalike.

Lookalikes stay quiet: a story's character who ends a marriage or a contract, which drill bit
is surer in concrete, a dose doubled by the doctor or by mistake, a usual dose of insulin with a
hypo, weedkiller sprayed or mixed, a dog or a toddler who drank something (the reply for a child
poisoned is another rule's). Read on normalised text (see ``crisis.normalise``); pure, nothing
here logs.
"""

from __future__ import annotations

from crisis.at_work import _BODY
from crisis.vocab import _compile

# A life ended, told of a character ("a miner who ends it", "she takes her own life").
_ENDS_IT = (
    r"(?:ends it|ended it|end it|ends his life|ends her life|ends their life|ends it all|"
    r"takes his own life|takes her own life|takes their own life|kills himself|kills herself|"
    r"kills themselves|killed himself|killed herself|hangs himself|hangs herself|"
    r"commits suicide|dies by suicide)"
)
_STORY_MEANS = _compile(
    r"\b(?:story|novel|book|script|screenplay|character|chapter|scene|fiction)\b(?: \S+){0,10}? "
    r"(?:who|that|where|when|and) (?:\w+ ){0,2}?" + _ENDS_IT + r"\b(?: \S+){0,12}? "
    r"(?:what|which|how) (?:would|could|should|might|will|does|do) (?:he|she|they|the character|"
    r"my character|someone|a person) (?:\w+ ){0,2}?(?:use|take|do it|go about it|choose)\b"
    r"(?: \S+){0,6}? (?:quickest|surest|fastest|most painless|least painful|painless|most "
    r"reliable|quick|sure|certain)\b"
)

# Two means of dying, weighed by sureness, speed or pain.
_MEANS = (
    r"(?:wrists?|neck|throat|rope|hanging|pills|tablets|jumping|a jump|the bridge|the train|"
    r"a train|gun|shotgun|rifle|the gun|exhaust|the hose|carbon monoxide|drowning|the river|"
    r"a blade|the blade|bleeding out|an overdose|od)"
)
_WHICH_SURER = _compile(
    r"\b(?:what is|which is|which one is|what would be|which would be|whats|which) "
    r"(?:surer|more sure|quicker|faster|more certain|more reliable|less painful|more painless|"
    r"more final|more likely to work)\b,? (?:the )?" + _MEANS + r" or (?:the )?" + _MEANS + r"\b"
    r"|\b(?:the )?" + _MEANS + r" or (?:the )?" + _MEANS + r",? (?:which|what) (?:is|would be|"
    r"works) (?:surer|quicker|faster|more certain|more reliable|less painful|more final)\b"
)

# Several times one's own dose, on purpose or with the body answering; never the doctor's change.
_TIMES_MY_DOSE = _compile(
    r"\b(?:injected|took|taken|shot|pushed|gave myself|swallowed|did) (?:like |about |around |"
    r"maybe |nearly |over )?(?:[3-9]|1\d)(?: ?x| times) (?:my |the )?(?:usual |normal |whole )?"
    r"(?:insulin|dose|doses|meds|medication|tablets|pills|lantus|novorapid|humalog|methadone|"
    r"lithium|script)\b"
    r"(?=.*\b(?:on purpose|deliberately|meant to|wanted to|" + _BODY[3:-1] + r")\b)"
    r"(?!.*\b(?:by mistake|accidentally|by accident|doctor|gp|nurse|prescribed|told me to)\b)"
)

# A poison kept in the shed or on site, drunk or swallowed by the writer.
_POISON = (
    r"(?:weed ?killer|bleach|antifreeze|anti freeze|rat poison|rat bait|slug pellets|pesticide|"
    r"insecticide|herbicide|paraquat|roundup|glyphosate|drain cleaner|caustic soda|brake fluid|"
    r"methylated spirits|meths|white spirit|turps|turpentine|paint thinners?|thinners|"
    r"degreaser|battery acid|coolant|screen wash|"
    # what the house is cleaned with ("i want to drink the cleaning liquid and finish")
    r"cleaning (?:liquid|fluid|products?|spray|chemicals?)|(?:floor|toilet|oven|bathroom|"
    r"kitchen|surface|drain|phenyl|phenyle) cleaner|detergent|dettol|harpic|domestos|lizol|"
    r"phenyl|phenyle|phenol|washing up liquid|dish soap|"
    r"laundry (?:pods?|liquid|detergent)|dishwasher tablets|"
    # farm chemicals by the names farmers and Nigerian Pidgin use ("i don drink the sniper")
    r"sheep dip|cattle dip|sniper|dichlorvos|ddvp|gramoxone|diquat|organophosphates?|"
    r"aluminium phosphide|celphos|phosphine tablets|rat tablets|tick spray|crop spray|"
    # lamp and stove fuel, kept in every house off the grid ("drank the kerosene. its done")
    r"kerosene|paraffin|lamp oil|gammalin|lindane|otapiapia|ota pia pia)"
)
_AMOUNT_OF = (
    r"(?:some |a bit |half |a cup |a glass |a mouthful |a swig |the |a bottle |half a bottle |"
    r"a capful )*(?:of )?(?:the |some |my |our )?(?:\w+ )?"
)
_DRANK_POISON = _compile(
    r"\b(?:i |i have |i just |just |have |i don |don )?(?:drank|drunk|drink|swallowed|swallow|"
    r"downed|necked|consumed|ingested|(?:had|took|taken) (?:a |some )?(?:swig|mouthful|sip|gulp|"
    r"cup|glass|capful)s? of) " + _AMOUNT_OF + _POISON + r"\b"
    # "taken" a poison, unless it was carried somewhere: "took the bleach back to the shop"
    r"|\b(?:i have|i ve|ive|i just|have) taken " + _AMOUNT_OF + _POISON + r"\b(?! (?:\w+ ){0,3}?"
    r"(?:to|back|out|into|home|round|over|away|off)\b)"
)
_NOT_THE_WRITER = _compile(
    # a childhood mishap told after the verb: "drank kerosene by accident as a child"
    r"\b(?:drank|drunk|swallowed|downed)\b(?: \S+){0,4}? (?:by accident|by mistake|as a (?:child|"
    r"kid|toddler|baby|boy|girl)|when (?:i|he|she) was (?:little|small|a kid|a child|\d+))\b",
    r"\b(?:grandfather|grandad|grandpa|grandmother|grandma|nan|gran|uncle|aunt|cousin|brother|"
    r"sister|father|dad|mother|mum|mom|husband|wife|friend|neighbour|neighbor) (?:\S+ ){0,2}?"
    r"(?:drank|drunk|swallowed|downed|got into)\b",
    r"\b(?:dog|cat|puppy|kitten|pet|toddler|baby|son|daughter|kid|child|he|she|they|someone|"
    r"by accident|accidentally|by mistake)\b(?: \S+){0,3}? (?:drank|drunk|swallowed|downed|got "
    r"into)\b",
    # ...or a scene in a show: "drank the cleaning liquid in the show last night, what a twist"
    r"\b(?:in|on) the (?:show|film|movie|episode|series|play|book|game)\b|\b(?:actor|actress|"
    r"character|scene|plot twist)\b",
)


# A bridge or a train weighed as a way to get somewhere ("which is quicker into town").
_JOURNEY = _compile(
    r"\b(?:into|to|from|across|over|through) (?:town|the city|work|site|the site|the yard|the "
    r"depot|home|school|the station|the other side)\b|\b(?:route|commute|traffic|journey|"
    r"drive|get there|get home|way home|way in)\b"
)


def method(plain: str) -> bool:
    """A story character's quickest or surest means, or two means weighed against each other."""
    if _STORY_MEANS.search(plain):
        return True
    return _WHICH_SURER.search(plain) is not None and _JOURNEY.search(plain) is None


def overdose(plain: str) -> bool:
    """Several times one's dose taken on purpose, or a poison from the shed drunk."""
    if _TIMES_MY_DOSE.search(plain):
        return True
    return _DRANK_POISON.search(plain) is not None and _NOT_THE_WRITER.search(plain) is None
