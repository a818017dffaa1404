"""A method asked as idle curiosity, in the plain words of a cell or a ward: the full reply.

Kinds, read on normalised text:

- ``_TIED_TO`` with ``_HOW_LONG``: a sheet, a cord or laces off the bars, the window or the bunk,
  asked how long it takes or whether it holds ("how long does it take if you use a sheet off
  the bars, just curious like");
- ``_UNSEEN_AFTER``: a drug or a poison that "doesn't show up after" ("is it true insulin doesnt
  show up after? purely curious");
- ``_HEIGHT_SURE``: the floor or the height one needs "to make sure", the message ending there
  ("just wondering, what floor do you need to go from to make sure");
- ``_CUT_WORKS``: where to cut so it works, or so that healthcare cannot stitch it ("where do you
  cut so it works and they cant stitch it up in healthcare").

Lookalikes name an errand: a sheet off the bars to dry, a curtain on the window for privacy, a
drug test for work that a medicine may show up on, what floor to go to so the phone gets signal,
where to cut a rose so it regrows, a cut that needed stitches at A&E. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_TIED_TO = needles.compile(
    r"\b(?:sheet|sheets|bedsheet|bed sheet|shoelaces?|laces|cord|belt|towel|ligature|socks?|"
    r"wire|flex|lead|strip of (?:sheet|towel|cloth)) (?:\w+ )?(?:off|from|on|onto|to|round|"
    r"around|over|tied to|through) (?:the|my|a|me) (?:\w+ )?(?:bars|window|door|bunk|bed frame|"
    r"vent|pipe|pipes|radiator|hook|light fitting|handle|railing|top bunk|bedpost)\b"
)
_HOW_LONG = needles.compile(
    r"\bhow long (?:does|would|will|did|do) (?:it|that|you) (?:\w+ )?(?:take|last)\b|\b(?:would|"
    r"will|does) (?:it|that) (?:hold|work|take my weight|hold my weight|be quick)\b"
)
_ERRAND = needles.compile(
    r"\b(?:dry|drying|dried|wash\w*|laundry|curtain|privacy|shade|blackout|light out|sun|"
    r"decorat\w*|fort|den|hammock|swing|photo\w*|exercise|workout|stretch\w*|pull ?ups?)\b"
)

_UNSEEN_AFTER = needles.compile(
    r"\b(?:does not|do not|will not|would not|can not|wont|doesnt) (?:show up|show|be found|be "
    r"detected|get detected|be traced|get picked up|be picked up|leave a trace) "
    r"(?:after|afterwards|later|after wards)\b(?! (?:\w+ing|work|school|class|lunch|dinner|the|a|"
    r"an|my|his|her|their|you|he|she|we|it|that|this|\d+|one|two|three|few|some|several)\b)"
)
_DRUG = needles.compile(
    r"\b(?:insulin|potassium|poison\w*|pills?|tablets?|meds|drugs?|overdose|injection|air "
    r"bubble|morphine|fentanyl|heroin|paracetamol|digoxin|sux|succinylcholine|cyanide|"
    r"antifreeze|ketamine|\w+(?:pam|lam|pine|done|xetine))\b"
)

_HEIGHT_SURE = needles.compile(
    r"\b(?:what|which) (?:floor|storey|story|level|height) (?:\w+ ){0,6}?(?:to make sure|to be "
    r"sure|to be certain|so it is certain|so it works|so you do not survive|to not survive|"
    r"guaranteed)(?: (?:just|lol|asking|curious|like|tbh|honestly))?$"
    r"|\bhow (?:high|many floors|many storeys|far up) (?:\w+ ){0,6}?(?:to make sure|to be sure|"
    r"to be certain|so it works|so you do not survive|to not survive)"
    r"(?: (?:just|lol|asking|curious|like|tbh|honestly))?$"
)

_CUT_WORKS = needles.compile(
    r"\bwhere (?:do|should|would|can|could|does) (?:you|i|one|someone|a person) (?:have to )?"
    r"cut (?:yourself |myself |themselves )?(?:so (?:that )?(?:it works|it is deep enough|it "
    r"counts|it is done|they can not|nobody can|no one can|it can not)|to make sure)\b"
    r"|\bcut\b(?: \S+){0,6}? (?:so )?(?:they|nurses|doctors|healthcare|a and e|a e|hospital|the "
    r"medics|paramedics) (?:can not|could not|will not|would not|wont|cant) (?:stitch|sew|glue|"
    r"close|fix|save|patch)\b(?!.*\b(?:needed|had|got|getting|get) (?:\w+ )?(?:stitches|glued|"
    r"stitched)\b)"
)


def method(plain: str) -> bool:
    """One of the kinds here: a method asked as idle curiosity."""
    if _TIED_TO.search(plain) and _HOW_LONG.search(plain) and not _ERRAND.search(plain):
        return True
    if _UNSEEN_AFTER.search(plain) and _DRUG.search(plain):
        return True
    return _HEIGHT_SURE.search(plain) is not None or _CUT_WORKS.search(plain) is not None
