"""Distress told without its usual words, with no sign of risk: the caring reply (``distress``),
when no rule and not the classifier found it.

- ``_GREY_FOR_YEARS``: a low, grey or numb mood the writer has lived with for years or decades
  ("ive felt grey for 30 yrs"), not days after a dose, nor a low time told as over;
- ``_NUMB`` beside ``_HARD_DAY``: feeling nothing after a hard day (CPR on a child, a death, a
  crash, a call), not the numbness of a dose, an injection or a film;
- ``_INTRUSIVE`` with ``_FEARED``: unwanted intrusive thoughts the writer fears ("they terrify
  me", "am i a monster", "i would never"), not a lesson or an article about them;
- ``_FAR_FROM_GRIEF``: someone close who died, and the writer who could not be there, go to the
  funeral or say goodbye;
- ``_LOST_WITHOUT``: a death (a pet of many years, a husband) and a writer who does not know how
  to be, live or sleep without them, not a phone or a car one cannot do without;
- ``_SHAME``: shame that eats at the writer ("shame is eating me", "so ashamed of myself"), not
  "what a shame" or a guilty pleasure confessed with a laugh.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_GREY_FOR_YEARS = _compile(
    r"\b(?:felt|been|feeling|lived) (?:so |this |kind of |kinda |sort of |pretty |just )?(?:grey|"
    r"gray|numb|flat|empty|low|down|depressed|miserable|hollow|dead inside|like nothing|like a "
    r"ghost|foggy|heavy) (?:for|since) (?:over |nearly |almost |about |like |more than )?(?:\d+ "
    r"(?:years|yrs|decades)|(?:a |two |three |four |five |ten |twenty |thirty |forty |many |so "
    r"many )?(?:years|decades)|as long as i (?:can )?remember|my whole (?:life|adult life)|"
    r"(?:i was )?(?:a kid|a teenager|school|childhood))\b"
    # ...not a low time told as over
    r"(?!.*\b(?:until|till|before (?:the |my )?(?:ketamine|treatment|infusions?|spravato|"
    r"therapy)|but (?:now|not any ?more)|better now|much better|not any ?more|finally (?:better|"
    r"lifted|gone)|lol|haha)\b)",
)
_NUMB = _compile(
    r"(?<!he )(?<!she )(?<!they )\b(?:feel|felt|feeling) (?:absolutely |just |literally |"
    r"basically )?(?:nothing|zero|numb|nothing at all|completely numb)\b",
)
# ...after a hard day, anywhere in the message
_HARD_DAY = _compile(
    r"\b(?:cpr|resus|code|died|dead|death|body|bodies|crash|accident|funeral|shift|call|kid|"
    r"child|baby|patient|scene|shooting|stabbing|war|attack|collapsed)\b",
)
# ...not a dose, a needle or a story that left nothing behind
_NUMB_BUT = _compile(
    r"\b(?:injection|infusion|spray|dose|needle|jab|shot|pinch|ketamine|esketamine|spravato|"
    r"an(?:a)?esthe\w*|numbing|film|movie|book|show|episode|game|lol|haha)\b",
)
_INTRUSIVE = _compile(r"\bintrusive (?:thoughts?|images?|urges?|pictures?)\b")
# ...feared by the writer
_FEARED = _compile(
    r"\b(?:terrif\w*|scar(?:e|es|ed|ing)|frighten\w*|monster|horrible person|evil|sick person|what "
    r"is wrong with me|hate (?:them|it|myself)|can not stop|keep (?:coming|getting|having)|"
    r"ashamed|disgust\w*|i would never|never would|freak\w* me out|haunt\w*|going mad|"
    r"losing my mind)\b",
)
# ...not a lesson or an article about them
_ABOUT_THEM = _compile(
    r"\b(?:lesson|module|course|article|study|studies|research|essay|lecture|podcast|video|"
    r"interesting|common|lol|haha)\b",
)
_FAR_FROM_GRIEF = _compile(
    r"\b(?:my|our) (?:\w+ )?(?:father|mother|dad|mum|mom|brother|sister|son|daughter|husband|"
    r"wife|grandmother|grandfather|gran|nan|grandma|grandpa|uncle|aunt|best friend|cousin) "
    r"(?:\S+ ){0,2}?(?:passed|died|passed away|was killed|was buried|was laid to rest)\b"
    r"(?: \S+){0,10}? i (?:could not|can not|was not able to|am not able to|was not allowed to|"
    r"did not get to|never got to|will not be able to) (?:even )?(?:go|be there|attend|see "
    r"(?:him|her|them)|say goodbye|get there|fly|travel|hold (?:his|her|their) hand|bury)\b",
)
# Lost without them: "i dont know how to be in the flat without him" (a pet of 19 years, a
# husband), not a tool or a phone one cannot work without
_LOST_WITHOUT = _compile(
    r"\b(?:died|passed|passed away|put down|put to sleep|gone|lost|buried)\b(?: \S+){0,14}? i "
    r"(?:do not|can not|don t) (?:know how to |even know how to )?(?:be|live|cope|function|sleep|"
    r"go home|come home|breathe|eat|get up|do this|do anything|go on|carry on|keep going)\b"
    r"(?: \S+){0,4}? without (?:him|her|them)\b"
    r"(?!.*\b(?:lol|haha|lmao|phone|car|wifi|internet|coffee|charger|laptop)\b)",
)
_SHAME = _compile(
    r"\b(?:the )?(?:shame|guilt|humiliation) (?:is|s|keeps) (?:eating|killing|crushing|"
    r"swallowing|drowning|destroying|choking|gnawing) (?:me|at me|away at me)\b"
    r"|\b(?:so|deeply|really|very|utterly|completely) ashamed of (?:myself|who i am|what i have "
    r"become|where i am|my life)\b"
    r"(?!.*\b(?:lol|haha|lmao|binged?|guilty pleasure)\b)",
)


def distress(plain: str) -> bool:
    """One of the kinds here."""
    told = (_GREY_FOR_YEARS, _FAR_FROM_GRIEF, _LOST_WITHOUT, _SHAME)
    if any(kind.search(plain) for kind in told):
        return True
    if _NUMB.search(plain) and _HARD_DAY.search(plain) and not _NUMB_BUT.search(plain):
        return True
    feared = _INTRUSIVE.search(plain) is not None and _FEARED.search(plain) is not None
    return feared and _ABOUT_THEM.search(plain) is None
