"""The writer's being gone told as the better outcome: the check-in (``CHECK``).

- a survival regretted: a past overdose, attempt or crash that "had the right idea", "should have
  finished the job" or "should have worked"; a rescue wished undone ("wish the paramedics hadn't
  brought me back", "they shouldn't have revived me", "they should have let me die"); a storm,
  the sea or an illness lived through wished to have taken the writer;
- a parent's absence as the children's better lot: "the next best thing is no dad at all",
  "they'd be better off with no mum at all", "no mum is better than a mum like me", "my kids'd
  do better with a dad in a photo frame".

Lookalikes stay quiet: a plan, a crash course or a happy accident that "had the right idea" (the
brush must be the writer's: "my OD", "the OD that nearly took me"), pills or a job that should
have worked, a phone brought back to life, a childhood told ("I grew up with no dad at all"), a
parent away at work or at weekends, a film.
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles

# A brush with death the writer came through.
_BRUSH = (
    r"(?:od|o d|overdose|overdoses|attempt(?! at| to)|attempts|pills|crash|accident|car crash|"
    r"fall|jump|rope|noose|cancer|heart attack|stroke|bleed|bleeding|the (?:first|last) time)"
)
# ...the writer's own: "my OD", or the brush told of "me" ("the OD that nearly took me"); a crash
# course or a happy accident that "had the right idea" is a plan's
_MINE = r"(?:(?:my|the) " + _BRUSH + r"\b(?: \S+){0,8}? (?:me|i|my)\b|my " + _BRUSH + r"\b)"
_SURVIVED = needles.compile(
    # "the OD that nearly took me in 2019 had the right idea"
    r"\b" + _MINE + r"(?: \S+){0,8}? (?:had|has|got) the right idea\b",
    re.DOTALL,
)
# Only an overdose or an attempt "should have worked": pills that should have worked are a
# treatment's failure
_MEANT = r"(?:od|o d|overdose|overdoses|attempt(?! at| to)|attempts)"
_SHOULD_HAVE = needles.compile(
    r"\b" + _MEANT + r"\b(?: \S+){0,6}? (?:should have|should of|shoulda|was meant to|was "
    r"supposed to) (?:finished (?:the job|me off|it)|worked|been the end|been it)\b"
    # ...not an attempt that should have worked by now, a survivor's "should have killed me"
    r"(?! (?:by|already|for|on|but|yet|faster|better|in|and i)\b)"
    r"|\b" + _BRUSH + r"\b(?: \S+){0,6}? (?:should have|should of|shoulda|was meant to|was "
    r"supposed to) (?:finished (?:the job|me off)|been the end of me)\b"
    # ...or wished so: "i wish the crash had taken me", "wish the pills had worked"
    r"|\b(?:wish|wished|wishing) (?:that )?(?:the |my |that )?" + _BRUSH + r" (?:\w+ ){0,4}?"
    r"(?:had|would have) (?:worked|taken me|killed me|finished (?:the job|me off|it)|got me)\b"
)
# ...or a storm, the sea or an illness the writer lived through, wished to have taken them: "wished
# the storm had taken me with the boat" (not a wave that took me further out, or home)
_TAKEN_BY = needles.compile(
    r"\b(?:wish|wished|wishing) (?:that )?(?:the |that )?(?:storm|waves?|flood|fire|sea|river|"
    r"current|avalanche|earthquake|illness|virus|covid|tumou?r|infection|sepsis|bomb|blast) "
    r"(?:\w+ ){0,4}?(?:had|would have|d) (?:taken|killed|got|swallowed|drowned|finished) me\b"
    r"(?! (?:home|further|farther|out|back|to|there|along|up|on|for|away from|off)\b)"
)
_RESCUE_UNDONE = needles.compile(
    r"\b(?:wish|wished|wishing) (?:that )?(?:the |they |he |she |someone |somebody |my )?"
    r"(?:\w+ )?(?:had not|hadn t|did not|didn t|never) (?:found|saved|revived|resuscitated|"
    r"brought me back|pulled me out|got to me|called (?:an |the )?ambulance)\b"
    r"|\b(?:they|the paramedics|the doctors|the nurses|he|she|you|somebody|someone) "
    r"(?:should not|shouldn t|should never) have (?:found|saved|revived|resuscitated|brought me "
    r"back|pulled me out|called (?:an |the )?ambulance)\b(?! (?:my|the|his|her|their|it|a|"
    r"this|that|phone|laptop|plant|car)\b)"
)
# ...or said outright of the rescue: "they should have let me die", "should have stayed dead"
_LET_GO = needles.compile(
    r"\b(?:should have|should of|shoulda|wish (?:they|he|she|you|the \w+|someone) (?:had|would "
    r"have)) (?:just )?(?:let me die|left me (?:there )?to die|stayed dead|let me stay dead)\b"
    r"|\b(?:should have|should of|shoulda|wish (?:they|he|she|you|the \w+|someone) (?:had|would "
    r"have)) (?:just )?(?:let me go|left me)\b(?=.*\b(?:hospital|ambulance|icu|a and e|er|"
    r"paramedics?|overdose|od|attempt|revived|resus\w*|heart stopped|pumped my stomach|"
    r"found me)\b)"
)
_PARENT = r"(?:dad|father|mum|mom|mother|mam|mama|parent|papa)"
# a parent's absence weighed as the better lot, by a parent
_NO_PARENT = needles.compile(
    r"\b(?:next best thing|better off|better|best thing|kinder|happier|the answer)\b(?: \S+){0,6}? "
    r"(?:no|without a|without any|without their) " + _PARENT + r" (?:at all|is better|would be "
    r"better|than)\b"
    r"|\bno " + _PARENT + r" (?:at all )?(?:is|would be|will be) (?:better|kinder|best)\b"
    r"(?: \S+){0,4}? (?:than|like) (?:me|one like me|a \w+ like me|this one)\b"
    r"|\b(?:better off|happier|better) (?:with |having )?(?:no|without a|without their) "
    + _PARENT
    + r" (?:at all)?\b(?=.*\b(?:kids|children|son|daughter|baby|they|them|my (?:boy|girl)s?)\b)"
    # ...or with a parent who is only a photo now: "do better with a dad in a photo frame"
    r"|\b(?:do|be|doing|grow up|be off) better (?:off )?with (?:a |their |his |her )?"
    + _PARENT
    + r" (?:in a (?:photo|picture)(?: frame)?|on the mantel\w*|in (?:an urn|heaven|the ground)|"
    r"under a headstone)\b"
    # ...or without a parent named by a fault, dragging them down: "a better life without a
    # gambler dad dragging them down"
    r"|\b(?:better life|better off|happier|better)\b(?: \S+){0,3}? without (?:a |their |this )"
    r"(?:\w+ )?" + _PARENT + r"\b(?=.*\b(?:dragging them|holding them back|like me|messing them "
    r"up|they (?:would |will |d |ll )?get over (?:it|me)|they will cope)\b)"
)
# ...nor a parent away at work or out of the house for a while
_AWHILE = needles.compile(
    r"\b(?:around|at home|in the house|weekends?|works? too much|at work|for (?:a|the) (?:day|"
    r"week|weekend|night))\b"
)
# ...not a childhood told, a story or a film
_TOLD = needles.compile(
    r"\b(?:i grew up|growing up|when i was|my childhood|as a (?:kid|child)|film|movie|book|novel|"
    r"character|show|series)\b"
)


def mine(plain: str) -> bool:
    """A survival regretted, or the children better with no parent at all."""
    found = (_SURVIVED, _SHOULD_HAVE, _TAKEN_BY, _RESCUE_UNDONE, _LET_GO)
    if any(rule.search(plain) for rule in found):
        return _TOLD.search(plain) is None
    if _NO_PARENT.search(plain) is None or _AWHILE.search(plain) is not None:
        return False
    return _TOLD.search(plain) is None
