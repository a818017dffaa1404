"""Risk told in short, as workers on sites, in cabs and down mines tell it: the check-in
(``CHECK``).

- ``_FINISH_MYSELF``: the writer's own end in slang verbs ("finish myself", "top myself", "do
  myself in"), a laugh beside it no excuse;
- ``_WOKE_UP``: angry, gutted or let down every morning that one woke up at all;
- ``_STILL_HERE_FOR``: what the writer is even still here for;
- ``_CHECK_OUT``: checking or clocking out early, for good or permanently, of life rather than a
  hotel or a shift;
- ``_FAVOUR``: doing everyone a favour, said of going, with nothing to bring or to do after it;
- ``_NEXT``: workmates who took their own lives and the writer probably next;
- ``_LEFT_IN_ME``: no hours or days left in the writer;
- ``_THROUGH_TRAIN``: on a platform or by the line, the time a freight or a through train comes.

Lookalikes stay quiet: finishing the course or a job, waking up late, a hotel checkout, clocking
out early for a dentist, a favour done with biscuits or a lift, a workmate laid off and the
writer next in line for redundancy, hours left on the tachograph, a train that gets in or that
the writer catches. Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_FINISH_MYSELF = _compile(
    r"\b(?:finish|top|off|do|end) myself(?: in| off)?\b(?! (?:a|an|the|some|my) (?:job|brew|"
    r"coffee|tea|plate|meal|sandwich|drink|pint|beer|snack|treat|favour|favor)\b)"
    r"(?! (?:with|by) (?:work|overtime|training|the gym|cardio|running))"
)
_WOKE_UP = _compile(
    r"\b(?:pissed off|angry|annoyed|gutted|disappointed|raging|sad|upset|furious|sorry) "
    r"(?:every (?:day|morning|time) )?(?:that |because |cause |cos )?i (?:woke|wake|still "
    r"wake|woke up|wake up)(?: up)?\b"
    r"(?! (?:late|early|at|so|too|with|to|in|on|and found|after)\b)"
)
_STILL_HERE_FOR = _compile(
    r"\bwhat am i (?:even |really |honestly )*still here for\b|\bwhy am i (?:even )?"
    r"still here\b(?! (?:at|in|on|after|waiting)\b)"
)
# ...still at a place or an event that is over: "the induction finished an hour ago"
_STILL_AT = _compile(
    r"\b(?:induction|meeting|queue|waiting room|appointment|class|lesson|office|party|pub|"
    r"training|briefing|toolbox talk|depot|warehouse|hospital|finished|ended|over|closed)\b"
)
_CHECK_OUT = _compile(
    r"\b(?:check|checking|clock|clocking) out (?:early|for good|permanently|forever|of (?:this|"
    r"life))\b(?! (?:for|to|from|of (?:the|my) (?:hotel|shift|site|job|room))\b)"
    r"(?!.*\b(?:hotels?|dentist|doctor|appointment|school run|pick up|kids from|room|flight|"
    r"tomorrow|today|tonight|on friday|this week|pension|retire\w*|years on|years in|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"nah|next year)\b)"
)
_FAVOUR = _compile(
    r"\b(?:maybe|might as well|should|time to|going to|gonna|just|could|would) (?:just )?do "
    r"(?:everyone|everybody|the world|them all|you all|the lot of them|my family|them) a "
    r"(?:favour|favor|kindness)\b(?: and (?:go|leave|disappear|vanish|end it|be gone))?$"
)
_THEY_DIED = _compile(
    r"\b(?:topped|killed|hanged|hung|shot) themselves\b|\btook their (?:own )?lives\b|"
    r"\bsuicides?\b"
)
_NEXT = _compile(
    r"\b(?:i am|im) (?:probably|prob|likely|definitely|def|surely)? ?next\b(?! (?:in line|on the "
    r"list for|to go on leave|week|shift|up|to (?:present|speak|talk|pitch|play|bat|bowl|order|"
    r"pay|perform|sing|read|drive|cook|choose|pick|get laid off|be (?:seen|served|called|"
    r"interviewed|promoted|laid off|made redundant))|for (?:the|a|an|my|promotion|training|a "
    r"raise))\b)",
)
_LEFT_IN_ME = _compile(
    r"\b(?:do not|don t) have (?:\w+ )?(?:hours|days|weeks|much|anything|another day|another "
    r"week) left in me\b"
)
_THROUGH_TRAIN = _compile(
    r"\b(?:i am|im) (?:on|at|by|near) the (?:platform|tracks|track|line|level crossing|"
    r"crossing|railway)\b(?: \S+){0,6}? (?:freight|train|express|goods train|coal train) "
    r"(?:comes|goes|passes|runs|blows) (?:through|past|by)\b"
)


def check(plain: str) -> bool:
    """One of the kinds here."""
    if _THEY_DIED.search(plain) and _NEXT.search(plain):
        return True
    if _STILL_HERE_FOR.search(plain) and not _STILL_AT.search(plain):
        return True
    kinds = (_FINISH_MYSELF, _WOKE_UP, _CHECK_OUT, _FAVOUR, _LEFT_IN_ME)
    return any(kind.search(plain) for kind in (*kinds, _THROUGH_TRAIN))
