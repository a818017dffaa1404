"""Method questions asked in formal, older or second-language English: the full reply.

Older writers and carers ask politely and at length, and name the end by a reunion, a gentle
going or the one thing still needed, not by "lethal" or "kill":

- ``_TO_JOIN``: an amount of a medicine "sufficient to join her", "enough to be with him again";
- ``_STOPS_HEART``: the quantity of a medicine that "stops the heart" of a person;
- ``_GENTLE_WAY``: the gentlest, kindest or most dignified way to go, asked ("at my age what is
  the gentlest way to go, I have my reasons"); a way to go somewhere is the lookalike;
- ``_ONE_SHELL``: a gun asked whether it still works, with "only one shell" needed;
- ``_FREEZE``: how cold, how long or how deep before a person freezes, drowns or starves to
  death; crops, pipes, pets and livestock are the lookalikes;
- ``_INSULIN_ON_ME``: whether insulin "works" on someone who is not diabetic, asked for oneself;
  bodybuilding and a class are the lookalikes.

Read on normalised text (``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_MEDICINE = (
    r"(?:tablets?|pills?|capsules?|medicines?|medication|meds|morphine|digoxin|insulin|"
    r"paracetamol|warfarin|oxycodone|codeine|tramadol|sleeping (?:pills|tablets)|heart (?:pills|"
    r"tablets)|\w+(?:olol|pril|pine|pam|lam|done|xetine|tyline|oxin))"
)
_TO_JOIN = needles.compile(
    r"\b(?:how (?:many|much)|what (?:quantity|amount|number|dose)|the (?:quantity|amount|dose|"
    r"number) of)\b(?: \S+){0,8}? " + _MEDICINE + r"\b(?: \S+){0,4}? (?:would be |is |are )?"
    r"(?:sufficient|enough|needed|required|necessary) (?:for me )?to (?:join|be with|be reunited "
    r"with|go to|meet) (?:her|him|them|my (?:late |dear |beloved )?(?:wife|husband|son|daughter|"
    r"mother|father|mum|mom|dad|boy|girl|partner|brother|sister))\b(?! (?:at|in|for|about|on|"
    r"tomorrow|next|this|today|after)\b)"
)
_STOPS_HEART = needles.compile(
    r"\b(?:how (?:many|much)|what (?:quantity|amount|dose)|the (?:quantity|amount|dose) of)\b"
    r"(?: \S+){0,4}? " + _MEDICINE + r"\b(?: \S+){0,3}? (?:that |which |to |would |will |can )"
    r"(?:stops?|stop) (?:the|a|my|his|her|your|someone s) heart\b"
)
_GENTLE_WAY = needles.compile(
    r"\bwhat (?:is|s|would be) (?:the )?(?:gentlest|kindest|most dignified|quietest|calmest|"
    r"softest|most gentle|most peaceful|nicest|easiest) (?:way|means|manner) (?:for me |for an old "
    r"\w+ |for someone my age )?to (?:go|die|pass|pass on|leave this world|slip away|depart)\b"
    r"(?! (?:to|about|for|home|out|there|back|into|through|round|around|shopping|on holiday)\b)"
)
_ONE_SHELL = needles.compile(
    r"\b(?:only|just) (?:need|needs|want|require) (?:one|a single|1|the one) (?:shell|bullet|"
    r"round|cartridge|shot)\b"
)
_GUN = needles.compile(r"\b(?:gun|guns|rifle|shotgun|pistol|revolver|handgun|\d+ gauge|firearm)\b")
_GUN_JOB = needles.compile(
    r"\b(?:clay\w*|range|hunt\w*|deer|rabbits?|fox\w*|pests?|vermin|crows|pigeons|competition|"
    r"photo|prop|film|museum|antique dealer|sell|selling)\b"
)
_FREEZE = needles.compile(
    r"\bhow (?:cold|long|deep|much|high|low) (?:\w+ ){0,6}?(?:to|before (?:you|i|a person|someone|"
    r"one)|for (?:a person|someone|me|an old \w+) to) (?:would |could |will |can |might )?"
    r"(?:freeze|starve|drown|bleed) to death\b"
)
_NOT_A_PERSON = needles.compile(
    r"\b(?:plants?|crops?|pipes?|garden|seedlings|flowers|trees?|pets?|dogs?|cats?|sheep|lambs?|"
    r"calves|cattle|cows?|chickens?|hens?|birds?|fish|bees|horses?|livestock|tomatoes|potatoes|"
    r"film|novel|story|documentary|history|titanic)\b"
)
_INSULIN_ON_ME = needles.compile(
    r"\binsulin\b(?: \S+){0,8}? (?:work|works|do|does|affect|kill|harm)\b(?: \S+){0,4}? "
    r"(?:non ?diabetic|not (?:a )?diabetic|someone (?:who is not|without) diabet\w*|a healthy "
    r"person)\b"
)
_FOR_ME = needles.compile(r"\b(?:for me|on me|on myself|for myself|i want|i need)\b")
_BODYBUILDING = needles.compile(
    r"\b(?:bodybuild\w*|gym|muscle|bulk\w*|athlete\w*|doping|sport|exam|class|lecture|study|"
    r"assignment|nursing school|med school)\b"
)


def method(plain: str) -> bool:
    """A method asked gently: a reunion, a gentle going, one shell, a death by cold, insulin."""
    if _TO_JOIN.search(plain) or _STOPS_HEART.search(plain) or _GENTLE_WAY.search(plain):
        return True
    gun = _GUN.search(plain) is not None
    if gun and _ONE_SHELL.search(plain) and _GUN_JOB.search(plain) is None:
        return True
    if _FREEZE.search(plain) and _NOT_A_PERSON.search(plain) is None:
        return True
    insulin = _INSULIN_ON_ME.search(plain) and _FOR_ME.search(plain)
    return bool(insulin) and _BODYBUILDING.search(plain) is None
