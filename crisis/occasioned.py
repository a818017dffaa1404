"""Everyday acts the lexicons read as farewells, told with the ordinary reason that explains them.

- a last message before a holiday, for today or before bed ("last text before my holiday,
  see you in two weeks"): ``last_for_now``;
- out and not coming back until a time named ("off for a hike, not back until dinner"):
  ``back_at_a_time``;
- not trusted with the knives because the cooking is a disaster ("don't trust myself with a
  knife, i nearly took a finger off chopping onions"): ``kitchen_clumsy``;
- letters written for an ordinary occasion: before surgery, from camp, for a child's 18th
  birthday, tucked in lunch boxes: ``letters_for_occasion``;
- too much insulin taken by accident, already treated and told as fine now ("bolused too much
  for the pizza, had a juice, all good now"): ``excess_treated``.

Each holds only if no word of dying, harm, a last time or for good stands beside it, and the
insulin one only if nothing says the writer is still unwell or alone. The rules and the
classifier defer to them (``crisis.assess``, ``crisis.by_model``). Read on plain text. Pure.
"""

from __future__ import annotations

import re

# A word of dying, harm, the end or for good: then no excuse, whatever reason is named.
_DARK = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my life)|forever|for ever|"
    r"for good|never|last time|goodbye|farewell|sorry|forgive|better off|without me|pills?|"
    r"overdose|od|rope|hang\w*|jump\w*|cut (?:myself|my)|hurt (?:myself|me)|harm\w*|"
    r"no (?:point|reason)|can ?not (?:go on|do this|take)|not be (?:here|around)|"
    r"disappear\w*|gone|the end|love you all|in case|go through with|not wake|"
    # a holiday "from everything", back "or ever", a disaster "and so am i": the reason undone
    r"from (?:everything|it all|life|living|the world|everyone|this world)|or ever|ever again|"
    r"if at all|or not|maybe not|so am i|like me|like my life|"
    # letters for every birthday to come, or until the children grow up: not one occasion
    r"(?:each|every|all (?:their|his|her|the)) birthdays?|until (?:they|he|she) (?:are|is|turn)|"
    r"take care of (?:my|the) (?:kids|children|dog|cat)|look after (?:my|the) (?:kids|children))\b"
)

_LAST_NOW = re.compile(
    r"\blast (?:message|msg|text|post|note|email|check in|update)\b(?: \w+){0,3}? "
    r"(?:before (?:my |the |our |i go on |i leave for |we leave for )?(?:holiday|holidays|vacation|"
    r"trip|flight|break|leave|honeymoon|camping|bed|sleep|i sleep|i go to bed|the weekend|"
    r"the long weekend|christmas|new year|my exam|the exam|work|lunch|dinner|the meeting|"
    r"i log off|i sign off|i fly|we fly|i board)|for (?:today|tonight|the day|the night|"
    r"this week|the week|the weekend|the evening|this evening)|"
    r"until (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|"
    r"i m back|i get back|after the|the weekend))\b"
)

_BACK_AT = re.compile(
    r"\bnot (?:coming|going to be|gonna be|be|getting) back (?:home )?(?:until|till|til|before) "
    r"(?:\w+ ){0,2}?(?:dinner|lunch|tea|supper|breakfast|dark|dusk|sunset|late|later|tonight|"
    r"tomorrow|the evening|evening|the afternoon|noon|midnight|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|next week|the weekend|\d{1,2}(?: ?(?:am|pm|o clock))?|"
    r"after (?:work|school|dinner|lunch))\b"
)

_KNIVES_TRUST = re.compile(
    r"\b(?:trust|trusted|let) (?:myself|me)\b(?: \w+){0,3}? (?:with|near|around) (?:the |a |"
    r"sharp |any )*(?:knives|knife|blades?|mandoline|kitchen|stove|oven|chopping)\b"
)
_KITCHEN = re.compile(
    r"\b(?:cook\w*|kitchen|chopping|chop|dicing|slicing|onions?|carrots?|vegetables|veg|recipe|"
    r"clumsy|butterfingers|burn\w* (?:everything|the|dinner)|chef|baking|bake|dinner|fingers?|"
    r"disaster)\b"
)
_KITCHEN_DISTRESS = re.compile(
    r"\b(?:urges?|tempt\w*|thoughts|my (?:arms|wrists|legs|skin)|bleed\w*|myself again|relapse\w*|"
    r"not safe|unsafe|scared of (?:myself|what)|night|alone)\b"
)

_LETTERS = re.compile(
    r"\b(?:letters?|notes?|cards?)\b(?: \S+){0,8}? (?:before (?:my |the |his |her )?(?:\w+ )?"
    r"(?:surgery|operation|op|procedure|deployment|tour|posting|trip|transplant)|"
    r"from (?:summer |scout |"
    r"music |sleepaway |the )?camp|for (?!each |every |all )(?:(?:my|our|his|her|their) )?"
    r"(?:\w+ )?(?:(?:18th|21st|"
    r"16th|eighteenth|twenty first|sixteenth|1st|first|\d+th) )?(?:birthday|wedding day|"
    r"graduation|christening|first day)|(?:in|into) (?:(?:their|the|his|her|my|our|each) )?"
    r"(?:kids |childrens |daughters |sons )?(?:lunch ?boxes|lunch ?box|lunchboxes|"
    r"lunch bags?|school bags?|suitcases?)|(?:at|to|from) (?:the )?(?:summer )?camp|"
    r"time capsule|to (?:open|read) (?:at|on|when) (?:\w+ ){0,3}?(?:birthday|wedding|graduation|"
    r"turns? (?:\d+|eighteen|twenty one)))"
)
_LETTERS_BEFORE = re.compile(
    r"\b(?:before (?:my |the )?(?:surgery|operation|procedure)|from camp|at camp|"
    r"(?:18th|21st|eighteenth) birthday|lunch ?box\w*)\b(?: \S+){0,8}? (?:letters?|notes?)\b"
)

_INSULIN = re.compile(r"\b(?:insulin|units|bolus\w*|novorapid|humalog|lantus|fiasp|levemir)\b")
_ACCIDENT = re.compile(
    r"\b(?:for (?:the |my |a |that )?(?:\w+ )?(?:cake|pizza|dinner|lunch|meal|dessert|pasta|"
    r"carbs|snack|party|takeaway|treat)|by (?:accident|mistake)|accidentally|miscounted|"
    r"misjudged|wrong pen|overestimated|than (?:usual|i needed|i should have)|too much)\b"
)
_TREATED = re.compile(
    r"\b(?:had|drank|ate|took|grabbed|had some|had a) (?:some |a |a glass of |a carton of |"
    r"two |three |few |my )?(?:juice|sugar|glucose|jelly babies|sweets|dextrose|coke|"
    r"lucozade|honey|biscuits|jelly beans|tabs|gel|snack)\b|\b(?:treated|corrected) (?:the |"
    r"my |a )?(?:hypo|low)\b"
)
_FINE_NOW = re.compile(
    r"\b(?:fine now|ok now|okay now|all good(?: now)?|back to normal|levels? (?:are |is )?"
    r"(?:back|normal|fine)|sugars? (?:are |is )?(?:back|normal|fine)|feeling fine|"
    r"feel fine|i am fine|much better now|better now|sorted now)\b"
)
_STILL_UNWELL = re.compile(
    r"\b(?:not (?:fine|ok|okay|good|better)|still (?:shak\w*|sweat\w*|dizzy|low|confused|"
    r"dropping|falling|feel\w* (?:bad|awful|weird|off))|shak\w*|sweat\w*|dizzy|confused|"
    r"passing out|pass out|faint\w*|can ?not (?:stand|see|think)|alone|on my own|nobody|no one|"
    r"meant to|on purpose|wanted to|deliberately|intentionally|whole (?:pen|vial|box)|"
    r"all (?:of )?(?:my|the) (?:insulin|pens?))\b"
)


def _clear(plain: str) -> bool:
    return _DARK.search(plain) is None


def last_for_now(plain: str) -> bool:
    """A last message told with when the writer will be back: a holiday, today, bedtime."""
    return _LAST_NOW.search(plain) is not None and _clear(plain)


def back_at_a_time(plain: str) -> bool:
    """Out, and not coming back until a time named: dinner, dark, Sunday."""
    return _BACK_AT.search(plain) is not None and _clear(plain)


def kitchen_clumsy(plain: str) -> bool:
    """Not trusted with knives because of clumsy cooking, with no urge, skin or night named."""
    if _KNIVES_TRUST.search(plain) is None or _KITCHEN_DISTRESS.search(plain) is not None:
        return False
    rest = _KNIVES_TRUST.sub(" ", plain)
    return _KITCHEN.search(rest) is not None and _clear(plain)


def letters_for_occasion(plain: str) -> bool:
    """Letters with their ordinary occasion named: surgery, camp, an 18th, a lunch box."""
    named = _LETTERS.search(plain) is not None or _LETTERS_BEFORE.search(plain) is not None
    return named and _clear(plain)


def excess_treated(plain: str) -> bool:
    """Too much insulin by accident, already treated, told as fine now, nothing still wrong."""
    return (
        _INSULIN.search(plain) is not None
        and _ACCIDENT.search(plain) is not None
        and _TREATED.search(plain) is not None
        and _FINE_NOW.search(plain) is not None
        and _STILL_UNWELL.search(plain) is None
        and _clear(plain)
    )


def ordinary(plain: str) -> bool:
    """Whether ``plain`` is one of these everyday acts with its reason named."""
    return (
        last_for_now(plain)
        or back_at_a_time(plain)
        or kitchen_clumsy(plain)
        or letters_for_occasion(plain)
        or excess_treated(plain)
    )
