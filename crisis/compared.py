"""Method questions asked by comparing or by counting the writer's own supply.

Three kinds of method question carry no word of dying, so ``crisis.asked`` cannot read them:

- ``two_means``: two ways of dying set side by side for which is surer, quicker or takes longer
  ("a shotgun is surer than a pistol, is he right?", "which is quicker, the car in the garage or
  pills"); the pair of means is what makes it a method question, a gun and pills, exhaust and a
  rope. Lookalikes name what the comparison is for: home defence, hunting, a range day, a route
  into town, a child swallowing a syrup, a pain that gets relief. Farm and household poisons
  count as means, as Nigerian Pidgin weighs them with no verb ("which one faster, sniper or
  gammalin?"); the cockroaches, the weeds or a stain named are their use;
- ``own_supply_enough``: a count of the writer's own medicine asked whether it is "enough" ("would
  30 of my lyrica be enough or do i need more"), or how many of it "would it take" with the pills
  named or counted and the end unsaid ("how many of my zopiclone would it take. i have 28");
  lookalikes say enough for what: the trip, the month, until the refill, the pain, to sleep
  through a flight, a migraine to knock out, or count what is no medicine (points, stickers);
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
    r"charcoal|helium|(?:the )?tracks|"
    # poisons kept on farms and in homes, by the names Nigerian Pidgin uses too
    r"sniper|gammalin|otapiapia|ota pia pia|dichlorvos|paraquat|gramoxone|rat poison|"
    r"weed ?killer|kerosene|bleach|pesticide|insecticide)"
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
    # Nigerian Pidgin leaves the verb out: "which one faster, sniper or gammalin"
    r"\b(?:which|what)(?: one| way)? (?:(?:is|s|was|would be|will be|takes?|took|did|go|dey) )?"
    r"(?:\w+ )?"
    r"(?:" + _BETTER + r"|longer|shorter|more sure|quickest|fastest|surest) (?:\S+ ){0,6}?"
    r"(?:a |an |the |my )?" + _MEANS + r" or (?:a |an |the |my )?" + _MEANS + r"\b"
    r"|\b" + _MEANS + r" or (?:a |an |the |my )?" + _MEANS + r"\b(?: \S+){0,3}? (?:which|what)"
    r"(?: one)? (?:is|s|would be|takes?|took) (?:\w+ )?(?:" + _BETTER + r"|longer|quickest|"
    r"fastest|surest)\b"
    # "is it faster with insulin or with sleeping pills": the question's "it" left unsaid
    r"|\b(?:is|would|will|was) (?:it|that|one) (?:be )?(?:\w+ )?" + _BETTER + r" (?:with|by|using|"
    r"on|from) (?:a |an |the |my )?(?:\w+ )?" + _MEANS + r" or (?:with |by |using |on |from )?"
    r"(?:a |an |the |my )?(?:\w+ )?" + _MEANS + r"\b"
)
# What a comparison of guns or pills is for, when it is no dying: a job, a sport, a relief.
_FOR_USE = needles.compile(
    r"\b(?:home defen[cs]e|self defen[cs]e|defen[cs]e|hunting|hunt|deer|ducks?|geese|birds?|"
    r"clays?|skeet|trap shooting|range|target\w*|competition|recoil|concealed carry|ccw|"
    r"holster|burglar\w*|intruders?|coyotes?|hogs?|pests?|to work|into town|commute|route|"
    r"traffic|(?:quicker|faster|shorter|longer) (?:to|into|from)|from here|to get to|depot|"
    r"relief|headache|migraine|works? faster for|kick in|absorb\w*|swallow|kids?|"
    r"child\w*|toddler|dog|cat|pet|"
    # what a farm poison or a household one is for: the pests, the weeds, the stain
    r"cockroach\w*|roach\w*|rats|mice|mouse|rodents?|mosquito\w*|insects?|bugs?|bedbugs?|"
    r"ants?|termites?|lice|weeds?|grass|crops?|farm|maize|yams?|cassava|stains?|mould|mold|"
    r"clean\w*|wash\w*|laundry|toilet|lamp|stove|fire|"
    # what insulin or a pill brings down: the sugar, a fever
    r"(?:blood )?sugars?|glucose|a1c|fever|temperature)\b"
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
    if _how_many_mine(plain) and _ENOUGH_FOR.search(plain) is None:
        return _TO_WHAT.search(plain) is None  # "how many of my zopiclone would it take. i have 28"
    if _OWN_COUNT.search(plain) is None or _ENOUGH_ASKED.search(plain) is None:
        return False
    return _ENOUGH_FOR.search(plain) is None


# How many of the writer's own pills "would it take", the end left unsaid, with the supply
# counted beside it or the pills named: "how many of my zopiclone would it take. i have 28"
_PILLISH = (
    r"(?:pills?|tablets?|tabs|meds|capsules?|caps|sleepers|sleeping (?:pills|tablets)|"
    r"painkillers|\w{3,}(?:clone|zepam|zolam|pam|lam|pine|done|adol|olol|pril|xetine|pram|"
    r"barb\w*|codone|morphone|azine|peridol))"
)
_HOW_MANY_MINE = needles.compile(
    r"\bhow many (?:of )?(?P<whose>my|these|those|the) (?P<what>(?:\w+ ){0,2}?)(?:would it "
    r"take|would i need|do i need|would i have to take|would do it|would do the job)\b"
)
_PILLS_NAMED = needles.compile(r"\b" + _PILLISH + r" $")
# ...or counted, the count closing the message: "i have 28" (not "28 thousand", "28 points")
_COUNTED = needles.compile(
    r"\bi (?:have|ve got|have got|got) (?:like |about |maybe |only |just )?\d+(?: (?:left|of them|"
    r"tablets|pills|in the (?:box|pack|bottle|packet)))?$"
)
# ...of things that are no medicine: a game's points, a collection, a job's materials
_NOT_PILLS = needles.compile(
    r"\bhow many (?:of )?my (?:\w+ )?(?:points|coins|credits|tokens|gems|stickers|cards|miles|"
    r"votes|followers|bricks|boxes|tiles|stamps|shares|friends|days|hours|plants|seeds|eggs|"
    r"photos|books|beads|balls)\b"
)


def _how_many_mine(plain: str) -> bool:
    """How many of the writer's pills "would it take", with the pills named or counted."""
    asked = _HOW_MANY_MINE.search(plain)
    if asked is None:
        return False
    if _PILLS_NAMED.search(asked.group("what")):
        return True
    if _NOT_PILLS.search(plain):
        return False
    return asked.group("whose") == "my" and _COUNTED.search(plain) is not None


# ...asked to reach something everyday: "to fix a migraine", "to knock out a cold"
_TO_WHAT = needles.compile(
    r"\b(?:would it take|would i need|do i need) (?:to|for|before|until|so) (?!die|end it|not wake|"
    r"never wake|be sure|make sure|be certain|do it|work)\w+"
)


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
