"""Method questions asked by comparing or by counting the writer's own supply.

Three kinds of method question carry no word of dying, so ``crisis.asked`` cannot read them:

- ``two_means``: two ways of dying set side by side for which is surer, quicker or takes longer
  ("a shotgun is surer than a pistol, is he right?", "which is quicker, the car in the garage or
  pills"); the pair of means is what makes it a method question, a gun and pills, exhaust and a
  rope. Lookalikes name what the comparison is for: home defence, hunting, a range day, a route
  into town, a child swallowing a syrup, a pain that gets relief;
- ``own_supply_enough``: a count of the writer's own medicine asked whether it is "enough" ("would
  30 of my lyrica be enough or do i need more"); lookalikes say enough for what: the trip, the
  month, until the refill, the pain, to sleep through a flight;
- ``story_dose``: a story about someone who ends it, and the drug, the dose or the quickest way
  asked "to make sure it works" or "so it's realistic"; a story question with no dose or way
  (the grief, the funeral, the ending's tone) stays quiet.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# Means of dying a writer compares: guns, pills, exhaust, a rope, a height, a train, water.
_MEANS = (
    r"(?:shot ?guns?|pistols?|handguns?|revolvers?|rifles?|guns?|(?:\d+ )?gauge|glock|"
    r"pills?|tablets?|meds|overdos\w*|an od|(?:the )?car in the garage|exhaust|carbon monoxide|"
    r"(?:a |the )?ropes?|hanging|noose|belt|(?:the )?bridge|jump\w*|(?:a |the )?trains?|"
    r"drowning|the river|the lake|the sea|wrists?|cutting|insulin|morphine|fentanyl|heroin|"
    r"charcoal|helium|(?:the )?tracks)"
)
_BETTER = (
    r"(?:surer|more sure|more certain|quicker|faster|more reliable|less painful|more painless)"
)
# "a shotgun is surer than a pistol", "pills are quicker than a rope"
_THAN = needles.compile(
    r"\b(?:(?:is|are|would) (?:a |an |the |my )?" + _MEANS + r"|" + _MEANS + r" (?:\w+ ){0,2}?"
    r"(?:is|are|s|would be|be)) (?:\w+ )?" + _BETTER + r" than "
    r"(?:a |an |the |my )?" + _MEANS + r"\b"
)
# "which is quicker, the car in the garage or pills", "which took longer, rope or pills"
_WHICH = needles.compile(
    r"\b(?:which|what)(?: one| way)? (?:is|s|was|would be|will be|takes?|took|did) (?:\w+ )?"
    r"(?:" + _BETTER + r"|longer|shorter|more sure|quickest|fastest|surest) (?:\S+ ){0,6}?"
    r"(?:a |an |the |my )?" + _MEANS + r" or (?:a |an |the |my )?" + _MEANS + r"\b"
    r"|\b" + _MEANS + r" or (?:a |an |the |my )?" + _MEANS + r"\b(?: \S+){0,3}? (?:which|what)"
    r"(?: one)? (?:is|s|would be|takes?|took) (?:\w+ )?(?:" + _BETTER + r"|longer|quickest|"
    r"fastest|surest)\b"
)
# What a comparison of guns or pills is for, when it is no dying: a job, a sport, a relief.
_FOR_USE = needles.compile(
    r"\b(?:home defen[cs]e|self defen[cs]e|defen[cs]e|hunting|hunt|deer|ducks?|geese|birds?|"
    r"clays?|skeet|trap shooting|range|target\w*|competition|recoil|concealed carry|ccw|"
    r"holster|burglar\w*|intruders?|coyotes?|hogs?|pests?|to work|into town|commute|route|"
    r"traffic|(?:quicker|faster|shorter|longer) (?:to|into|from)|from here|to get to|depot|"
    r"relief|headache|migraine|works? faster for|kick in|absorb\w*|swallow|kids?|"
    r"child\w*|toddler|dog|cat|pet)\b"
)


def two_means(plain: str) -> bool:
    """Two ways of dying compared for which is surer or quicker, with no everyday use named."""
    if _THAN.search(plain) is None and _WHICH.search(plain) is None:
        return False
    return _FOR_USE.search(plain) is None


# A count of one's own medicine: "30 of my lyrica", "all 40 of my sleeping pills"
_OWN_COUNT = needles.compile(
    r"\b(?:all )?(?:\d+|ten|twenty|thirty|forty|fifty|a hundred|a whole box|a whole bottle|"
    r"the whole (?:box|bottle|pack|strip)|all) (?:of )?my (?:\w+ ){0,2}?(?:\w+)\b"
)
# ...asked whether it is enough, or whether more is needed
_ENOUGH_ASKED = needles.compile(
    r"\b(?:(?:would|will|is|are|be) (?:\w+ ){0,2}?enough|enough or (?:do|would|will) i need "
    r"more|do i need more|would (?:that|it|they|those) do it|would (?:that|it|they) do the job)\b"
)
# ...enough for a trip, a month, until the refill, for the pain: a supply counted, not a dose
_ENOUGH_FOR = needles.compile(
    r"\b(?:enough (?:for|to last|to get|until|till|til)|last (?:me|us|until|till|the)|trip|"
    r"holiday|vacation|travel\w*|flight|month|weeks?|refill|pharmacy|prescription runs|"
    r"(?:for|with) the pain|to (?:sleep|calm|take the edge))\b"
)


def own_supply_enough(plain: str) -> bool:
    """A count of the writer's own medicine asked whether it is enough, with no use named."""
    if _OWN_COUNT.search(plain) is None or _ENOUGH_ASKED.search(plain) is None:
        return False
    return _ENOUGH_FOR.search(plain) is None


# A story about someone who ends it: "a story about a medic who ends it"
_STORY_END = needles.compile(
    r"\b(?:story|novel|book|script|screenplay|fic|fanfic|scene|short story|play)\b(?: \S+){0,8}? "
    r"(?:who|that|where (?:a |an |the |my |his |her )?\w+) (?:ends? it|ends? (?:her|his|their) "
    r"(?:own )?life|kills? (?:herself|himself|themselves)|takes? (?:her|his|their) (?:own )?life|"
    r"commits? suicide|dies by suicide|overdoses?)\b"
)
# ...and the drug, the dose or the quickest way asked, for it to work or be realistic
_HOW_ASKED = needles.compile(
    r"\b(?:what (?:\w+ )?dose|how (?:much|many) (?:\w+ )?(?:pills?|tablets?|of)|what would "
    r"(?:he|she|they) (?:grab|take|use)|which (?:drug|meds?|pills?|way|method)|(?:which|what) "
    r"way would be (?:\w+ )?(?:quickest|fastest|surest|least painful)|quickest way|fastest way|"
    r"surest way)\b"
)


def story_dose(plain: str) -> bool:
    """A story about someone who ends it, and the dose, the drug or the quickest way asked."""
    return _STORY_END.search(plain) is not None and _HOW_ASKED.search(plain) is not None


def method(plain: str) -> bool:
    """Any of this module's method questions."""
    return two_means(plain) or own_supply_enough(plain) or story_dose(plain)
