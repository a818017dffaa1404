"""Consequences waved away because the writer will not be around for them: the check-in.

"i dont care about side effects because i wont be here long", "whats the point of lesson 9 if
theres no me by lesson 9": a cost, a lesson or a plan made pointless by the writer's absence,
said as the reason. Lookalikes give the absence an everyday cause or time (a trip, a move, a
shift, a class missed: "no point booking it if i wont be here for the match, im away"). Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_POINTLESS = needles.compile(
    r"\b(?:do not care|does not matter|doesnt matter|no point|what is the point|whats the point|"
    r"why bother|why would i care|who cares)\b(?: \S+){0,10}? (?:because|since|if|as|cause|cos|"
    r"when) (?:i will not be (?:here|around)(?: (?:long|much longer|by then|for long))?\b(?! "
    r"(?:for|at|in|on|tomorrow|next|this|today|after|until|till|during))|there is no me\b|i will "
    r"be gone\b(?! (?:for|on|by|until|till|next|this|tomorrow))|i am not going to be (?:here|"
    r"around)\b(?! (?:for|at|in|on|tomorrow|next|this|today|after)))"
)
# An absence with an everyday cause: away, moving, working, travelling.
_AWAY = needles.compile(
    r"\b(?:away|abroad|moving|move|trip|holiday|vacation|travel\w*|flight|shift|visa|lease|"
    r"contract|graduat\w*|leaving (?:the|this) (?:job|company|school|city|country|town))\b"
)


def check(plain: str) -> bool:
    """A cost or a plan waved away because the writer will not be around, with no trip or move."""
    return _POINTLESS.search(plain) is not None and _AWAY.search(plain) is None
