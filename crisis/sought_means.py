"""Method questions asked by their means, and an overdose told by its body: the full reply.

- ``_THROUGH_TRAINS``: which or when trains pass the small stations without stopping ("what
  times do the fast trains run through the quiet stations"), not a commuter asking whether an
  express stops at their station or which one gets them somewhere fastest;
- ``_WORKS_ON_PERSON``: which chemical, poison or weedkiller works quickest, or kills, on a
  person, not on aphids, weeds or rats;
- ``_INSURED_ACCIDENT``: whether life insurance pays out if a death looks like an accident, or how
  to make it look like one for the policy, not a claim after a real crash;
- ``_MORE_THAN_USUAL``: a drug injected or used far past the usual dose with the body failing
  ("shot up way more than usual, cant breathe right"), not a big dinner or a spent inhaler;
- ``_PILLS_IN``: "i did it", the pills in or down, and the world fading ("getting dark round the
  edges"), not pills taken for a headache and a dark evening.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_THROUGH_TRAINS = needles.compile(
    r"\b(?:which|what|when|what time)\b(?: \S+){0,6}? (?:express|fast|freight|non stop|through) "
    r"trains?\b(?: \S+){0,6}? (?:without stopping|do not stop|does not stop|not stopping|at full "
    r"speed)\b(?!.*\b(?:to (?:get|work|the airport|london|town|the city)|fastest to|commute|my "
    r"stop|(?:our|my) station|ticket|fan|spott\w*|enthusiast|photos?|film\w*)\b)"
)
_WORKS_ON_PERSON = needles.compile(
    r"\b(?:which|what)\b(?: \S+){0,4}? (?:chemicals?|pesticides?|poisons?|weed ?killers?|"
    r"herbicides?|insecticides?|rat poison|fertili[sz]ers?|sprays?|stuff)\b(?: \S+){0,3}? "
    r"(?:works?|acts?|kills?) (?:the )?(?:quickest|fastest|quicker|faster|best|quickly|fast)? ?"
    r"(?:on|for) (?:a |an )?(?:person|people|humans?|someone|grown man|adult|body)\b"
)
_INSURED_ACCIDENT = needles.compile(
    r"\b(?:life )?(?:insurance|policy|insurer)\b(?: \S+){0,6}? (?:pay|pays|pay out|payout|cover|"
    r"covers)\b(?: \S+){0,4}? (?:looks? like|looked like|made to look like|seems like|"
    r"passes for) (?:an? )?(?:accident|car crash|crash|fall|drowning|accidental)\b|"
    r"\bhow (?:do|would|could|can) (?:people|you|i|someone|one) make (?:it|my death|a suicide) "
    r"look like (?:an? )?(?:accident|car crash|crash)\b(?=.*\b(?:insurance|policy|pay ?out)\b)|"
    r"^(?=.*\b(?:insurance|policy)\b).*?\bmake (?:it|my death) look like (?:an? )?(?:accident|"
    r"car crash|crash)\b|\bmake it look like one\b"
)
_USED = (
    r"(?:shot up|injected|banged up|banged|fixed|used|took|did|had|snorted|smoked|dropped|dosed)"
)
_MORE_THAN_USUAL = needles.compile(
    r"(?:^|\bi (?:just |have |ve )?)" + _USED + r" (?:\S+ ){0,3}?(?:way|a lot|much|far|loads|"
    r"double|triple|twice|three times) (?:more )?(?:than|the|as much as) (?:usual|normal|i "
    r"(?:normally|usually) do|my usual|ever)\b(?=.*\b(?:can not breathe|breathing (?:is )?(?:slow|"
    r"weird|shallow|wrong)|numb|lips (?:are |going )?blue|can not feel|heart (?:is )?(?:racing|"
    r"pounding|slowing)|going dark|passing out|can not stay awake|can not move)\b)"
    r"(?!.*\b(?:ate|eat|food|dinner|lunch|christmas|inhaler|gym|run|ran|workout)\b)"
)
_PILLS_IN = needles.compile(
    r"\b(?:i did it|done it|it is done)\b(?: \S+){0,3}? (?:the )?(?:pills|tablets|meds|the lot) "
    r"(?:are|is) (?:in|down|gone)\b|\b(?:pills|tablets|meds) (?:are|is) (?:in|down)\b(?: \S+){0,6}?"
    r" (?:getting|going|gone|turning) (?:dark|dim|black|fuzzy|blurry|quiet|cold|numb)\b"
)


def method(plain: str) -> bool:
    """Trains through small stations unstopping, a poison quickest on a person, a staged crash."""
    return any(
        rule.search(plain) is not None
        for rule in (_THROUGH_TRAINS, _WORKS_ON_PERSON, _INSURED_ACCIDENT)
    )


def overdose(plain: str) -> bool:
    """A drug used far past the usual with the body failing, or pills in and the world fading."""
    return _MORE_THAN_USUAL.search(plain) is not None or _PILLS_IN.search(plain) is not None
