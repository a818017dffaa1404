"""An end told bluntly, in the words of a cell, a court date or a debt: the reply by how near.

People inside or just out say it short and plain, often with the reason in the same breath.
Kinds, read on normalised text:

- ``_ILL_END``: "ill end it" typed for "i'll end it" (the spelling fixer keeps "ill", which is
  also "unwell"), "ill top myself": the full reply;
- ``_ANOTHER_WAY``: a means taken off the writer and "i'll find another way" ("the screws took my
  cord off me but ill find another way"): the full reply;
- ``_READY_ASLEEP``: everything ready and only the house left to fall asleep ("everythings
  ready. just waiting til everyone is asleep"): the full reply;
- ``_RATHER_THAN_BACK``: rather jump, hang or be dead than go back inside, or than be recalled:
  the check-in;
- ``_OUT_FIRST``: "better i take myself out first", before the ones owed get to the writer: the
  check-in;
- ``_ALONE_WHEN``: a time of being alone in the cell or the house, told with "that's when" and
  nothing after it: the check-in;
- ``_DREAMT_DEAD``: dreaming of being dead and waking up disappointed: the check-in.

Lookalikes stay quiet: "i feel ill end of the week", a lost charger and another way home,
everything ready for the surprise party while the kids sleep, "i'd rather die than go back to
that gym", taking myself out for dinner, "i have the flat to myself from 10, that's when i
game", a dream of winning the lottery. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_ILL_END = needles.compile(
    r"(?<!feel )(?<!feeling )(?<!am )(?<!was )(?<!so )(?<!very )(?<!been )\bill (?:just )?"
    r"(?:end it|end it all|end things|end my life|end myself|top myself|kill myself|hang myself|"
    r"do myself in|off myself|neck myself)\b"
)

_TAKEN_OFF = needles.compile(
    r"\b(?:took|taken|take|confiscated|removed|found|nicked|had) (?:\w+ ){0,2}?(?:my|me|the) "
    r"(?:cord|cords|rope|ropes|belt|laces|shoelaces|ligature|ligatures|blade|blades|razor|"
    r"razors|pills|tablets|meds|stash|sheet|sheets|wire|flex|noose)\b"
)
_ANOTHER_WAY = needles.compile(
    r"\b(?:i will|ill|i am going to|i am gonna|i will just|ill just) (?:\w+ )?(?:find|get|sort) "
    r"(?:another|a different|some other|an other|a new) way\b"
)

_READY = needles.compile(
    r"\b(?:everything is|everythings|everything s|it is all|its all|all) (?:\w+ )?(?:ready|set|"
    r"sorted|in place|prepared)\b"
)
_ASLEEP = needles.compile(
    r"\bwaiting (?:til|till|until|for) (?:everyone|everybody|the (?:house|whole house|others|"
    r"family)|my (?:parents|family|mum|mom|dad|flatmates|roommates)|they|them)\b(?: \w+){0,4}? "
    r"(?:is |are |to (?:be |go |fall )?)?(?:asleep|sleeping|in bed|to sleep|gone out|out)\b"
)
_TREAT = needles.compile(
    r"\b(?:surprise|present|presents|gifts?|santa|stocking|stockings|tooth fairy|party|cake|"
    r"birthday|christmas|xmas|easter|sneak|sneaking|game|gaming|stream|movie|film|snack|"
    r"midnight feast|decorat\w*|balloons|prank)\b"
)

_RATHER = (
    r"\bi (?:would|d) rather (?:just )?(?:jump|hang|die|be dead|top myself|kill myself|end it)"
)
_RATHER_THAN_BACK = needles.compile(
    _RATHER + r" than (?:go|going|be sent|get sent|being sent) back(?: (?:inside|in|to (?:prison|"
    r"jail|gaol|the nick|nick|the pen|the jail|that place|that hell|the wing|the block|"
    r"segregation|seg|the seg)))?$"
    r"|" + _RATHER + r" than (?:go|going|be sent|get sent|being sent) (?:back )?(?:inside|to "
    r"(?:prison|jail|gaol|the nick|the pen)|be recalled|get recalled|being recalled|do (?:another|"
    r"more) (?:bird|time|stretch))\b"
)
_INSIDE = needles.compile(
    r"\b(?:recalled|recall|probation|licence|license|parole|prison|jail|gaol|inside|nick|"
    r"sentence|bird|breach|the wing|released|cell)\b"
)

_OUT_FIRST = needles.compile(
    r"\b(?:better|rather|might as well|may as well|i will|ill|going to|i should) (?:that )?(?:i )?"
    r"(?:just )?take myself out (?:first|before (?:they|he|she|them|it)|now|of it all)\b"
)

_ALONE = needles.compile(
    r"\b(?:the (?:cell|pad|room|house|flat|place)|it) to myself\b|\b(?:on my own|alone|by myself) "
    r"(?:\w+ ){0,3}?(?:from|after|at|till|until|when)\b"
)
_ALONE_WHEN = needles.compile(r"\bthat is when$|\bthats when$")

_DREAMT_DEAD = needles.compile(
    r"\bdream(?:ing|t|ed|s)? (?:that |about )?(?:i am|i was|i m|being|me) (?:\w+ )?(?:dead|gone|"
    r"dying)\b(?: \w+){0,6}? (?:wak\w*|woke|wake) (?:\w+ )?(?:disappointed|gutted|sad|upset|angry|"
    r"annoyed|let down)\b"
)


def read(plain: str) -> Verdict | None:
    """The verdict for an end told bluntly in ``plain`` (normalised), or None."""
    if _ILL_END.search(plain):
        return Verdict(CRISIS, "told blunt")
    if _ANOTHER_WAY.search(plain) and _TAKEN_OFF.search(plain):
        return Verdict(CRISIS, "told blunt")
    if _READY.search(plain) and _ASLEEP.search(plain) and not _TREAT.search(plain):
        return Verdict(CRISIS, "told blunt")
    if _RATHER_THAN_BACK.search(plain) and _INSIDE.search(plain):
        return Verdict(CHECK, "told blunt")
    if _OUT_FIRST.search(plain) or _DREAMT_DEAD.search(plain):
        return Verdict(CHECK, "told blunt")
    if _ALONE_WHEN.search(plain) and _ALONE.search(plain):
        return Verdict(CHECK, "told blunt")
    return None
