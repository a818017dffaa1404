"""Distress told by what weighs, where the classifier reads too little of it: the caring reply.

Kinds a set found missed, each without a sign of risk (those are the crisis rules'):

- a close person's recent death with the pain of it told: "my grandad died on tuesday and i cant
  stop thinking about him", a funeral one could not get to, "missing my nan heaps";
- the writer's worth judged: "worthless is the word", "nothing i do is ever good enough";
- dread in the body and worry without end: "i wake up every day with my stomach in knots",
  "anxious all the time about the baby", checking a sleeping baby twenty times a night;
- exhaustion past its limit: "so tired i could scream", "so tired of waiting", a new parent who
  has not slept more than two hours at a time;
- a trauma back at night: "the war stuff's back in my dreams. wake up soaked"; or back by day,
  brought by a sound: "the fireworks brought everything from the war back, i couldnt stop
  shaking" (not a smell that took one back to a happy childhood);
- a pile of forms or bills one can only stare at: "sat at the kitchen table and stared at them
  for an hour".

A joke ("lol") about one's baking not being good enough is no distress. Read on normalised text
(see ``crisis.normalise``); used by ``crisis.by_model`` after its quiet shapes. Pure; nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

_KIN = (
    r"(?:grand(?:mother|father|ma|pa|mum|mom|dad|ad)|nan|nana|nanna|nani|dadi|gran|granny|"
    r"mum|mom|mother|dad|father|brother|sister|husband|wife|son|daughter|best friend|uncle|"
    r"aunt|auntie|cousin|partner|fiance|fiancee)"
)
_DIED = needles.compile(
    r"\b" + _KIN + r" (?:\w+ ){0,2}?(?:died|passed|passed away|is gone|was buried)\b"
    r"|\b(?:since|after) (?:my )?" + _KIN + r" (?:died|passed)\b"
)
# ...with the pain of it: thoughts that will not stop, a funeral missed, a missing told
_PAIN = needles.compile(
    r"\bcan not stop thinking about (?:him|her|them)\b"
    r"|\b(?:could not|can not|did not get to|was not allowed to|was not able to) (?:even )?(?:go|"
    r"be there|attend|say goodbye|fly home|get home|see (?:him|her))\b"
    r"|\bmissing (?:him|her|them|my \w+)\b|\bmiss (?:him|her|them) (?:so|heaps|loads|terribly|"
    r"so much)\b|\b(?:bad|hard|rough) day\b|\bkeep (?:crying|breaking down)\b"
)
_WORTH = needles.compile(
    r"\bworthless is (?:the|my) word\b"
    r"|\bnothing i (?:do|make|try|say|achieve) is (?:ever )?(?:good|right) enough\b"
    r"|\bi (?:am|feel) (?:never|not|just not) (?:good|smart|clever) enough\b"
)
_DREAD = needles.compile(
    r"\bwake (?:up )?(?:every|each) (?:day|morning) with (?:my )?(?:stomach|chest|heart) (?:in "
    r"knots|pounding|racing|tight)\b"
    r"|\b(?:stomach|chest) (?:is |has been |s been )?(?:in knots|tight) (?:every (?:day|morning|"
    r"night)|all the time|constantly)\b"
    r"|\b(?:anxious|worried|scared|on edge|terrified) all the time\b"
    r"|\bcheck (?:on )?(?:him|her|them|the baby) \d+ times (?:a|every|each) night\b"
)
_SPENT = needles.compile(
    r"\bso tired i could (?:scream|cry)\b|\bso tired of waiting\b"
    r"|\b(?:have not|not|never) slept (?:more than|longer than) (?:\d+|an|one|two|three) "
    r"(?:hrs?|hours?)\b"
)
_NIGHTS = needles.compile(
    r"\b(?:war|it|the accident|the crash|that night|stuffs?|memories|the attack) (?:is |are |s )?"
    r"back in my (?:dreams|nightmares)\b"
    r"|\bdreams?\b(?: \S+){0,6}? wake (?:up )?(?:soaked|drenched|screaming|sweating|shaking)\b"
)
# A sound or a smell that brings the trauma back, told with the trauma or the body's answer
_BACK_WHAT = (
    r"(?:it all|everything|all of it|(?:the |all the |bad )?memories|the (?:war|bombing|shelling|"
    r"attack|crash|accident|fighting|siege|camp|explosion|assault))"
)
_BROUGHT_BACK = needles.compile(
    r"\b(?:brought|brings|bringing) " + _BACK_WHAT + r"(?: \w+){0,3}? back\b"
    r"|\b(?:brought|brings|bringing) back " + _BACK_WHAT + r"\b"
    r"|\b(?:took|takes|sent) me (?:straight |right )?back to\b|\bflashbacks?\b"
)
_TRAUMA = needles.compile(
    r"\b(?:war|bomb\w*|shelling|shells|air raids?|airstrikes?|explosions?|the attack|the front|"
    r"combat|deployment|the shooting|the siege|the fighting|the camp|the checkpoint|the crash|"
    r"the accident|the assault)\b"
    r"|\b(?:could not|can not) stop (?:shaking|trembling|crying)\b|\bhid under\b|\bfroze\b"
)
_BROUGHT_FONDLY = needles.compile(
    r"\b(?:lovely|fond\w*|nostalgi\w*|happy|sweet|smile\w*|childhood|wedding|holiday|film|"
    r"movie|game|documentary|book|novel)\b"
)
_FROZEN = needles.compile(
    r"\b(?:sat|sitting|sit)\b(?: \S+){0,8}? star(?:ed|ing|e) at (?:them|it|the \w+) for (?:an "
    r"hour|hours|ages)\b"
)
_PAPERS = needles.compile(r"\b(?:forms?|bills?|letters?|paperwork|envelopes?|debts?|claims?)\b")
_JOKING = needles.compile(r"\b(?:lol|lmao|haha\w*|jk)\b")


def distress(plain: str) -> bool:
    """Whether normalised text tells one of the heavy kinds above, and not as a joke."""
    if _JOKING.search(plain) is not None:
        return False
    if _DIED.search(plain) and _PAIN.search(plain):
        return True
    if _WORTH.search(plain) or _DREAD.search(plain) or _SPENT.search(plain):
        return True
    if _NIGHTS.search(plain):
        return True
    if _BROUGHT_BACK.search(plain) and _TRAUMA.search(plain):
        return _BROUGHT_FONDLY.search(plain) is None
    return _FROZEN.search(plain) is not None and _PAPERS.search(plain) is not None
