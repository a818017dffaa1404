"""A plan tied to a date or a condition, and a life policy's suicide wait run out: the full reply.

- ``_IF_THEN``: "if the margin call hits monday im jumping", "if they take the house i am ending
  it", with the act in the writer's own words, not jumping in the lake if it is sunny, jumping at
  the chance or ship, nor "if this exam goes badly im done";
- ``_POLICY_RUN_OUT``: the writer's own life policy that pays for suicide after a waiting time,
  and the time now up ("it is month 13 now", "the two years are up"), not a question about what
  policies cover in general.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_IF_THEN = needles.compile(
    r"\bif\b(?: \S+){1,10}? (?:i m|i am|im|i will|i ll|i m going to|i am going to|im gonna) "
    r"(?:jumping|going to jump|gonna jump|jump|ending it|ending it all|end it|end it all|killing "
    r"myself|kill myself|hanging myself|stepping off|doing it)\b"
    r"(?! (?:in|into|on|onto|at|ship|for|over|the queue|around|up|down|with|right in|back)\b)"
    r"(?!.*\b(?:lake|pool|sea|trampoline|swim\w*|plane|parachute|skydiv\w*|bungee|lol|haha)\b)"
)
_POLICY_RUN_OUT = needles.compile(
    r"\bmy (?:life )?(?:policy|insurance|cover)\b(?: \S+){0,4}? (?:pays?|pay out|pays out|covers?)"
    r"\b(?: \S+){0,2}? (?:for |on |after |if )?suicide\b(?: \S+){0,6}? (?:after|once|past) "
    r"(?:the )?(?:first )?\S+ (?:months?|years?)\b(?=.*\b(?:now|passed|are up|is up|over|today)\b)"
)


def crisis(plain: str) -> bool:
    """A plan told as "if ... im jumping", or the policy's suicide wait past and said so."""
    return _IF_THEN.search(plain) is not None or _POLICY_RUN_OUT.search(plain) is not None
