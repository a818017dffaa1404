"""Distress that a crisis phrase carries only by its wording: the caring reply, not the crisis one.

Two kinds of message hold a phrase the rules read as the writer's own crisis and nothing else of
risk:

- a panic attack's feeling of dying, asked or named as one ("my heart is pounding and I feel like
  I'm dying, is this a panic attack?"): the feeling is the attack's, as in "I'm having a panic
  attack", which has had the caring reply (grounding first) all along;
- everything at once, with its causes named ("I can't cope with everything at once, the bills,
  my kid being sick, my job"): a load told by what it is made of.

A third kind is asked about (the check-in) rather than answered with the full reply: feeling a
burden, or tired of being oneself, told with the writer's own counterweight beside it ("feel like a
burden sometimes but i know my friends care", "i hate myself sometimes, not in a dangerous way"):
``weighed``. Both are risk the writer may still carry, so the question is asked, never left out.

``read`` takes the phrase out and reads the rest again with the writer's own rules (passed in, so
this module needs nothing of the package's): only when nothing of risk is left, and no word of
dying, harm or an end stands anywhere, is the message distress. Read on normalised text; pure,
nothing here logs.
"""

from __future__ import annotations

from collections.abc import Callable

from crisis import needles

_DYING_FEELING = needles.compile(
    r"\b(?:i )?(?:feel|feels|feeling|felt) like i am (?:dying|going to die|gonna die|about to die|"
    r"having a heart attack)\b"
)
_PANIC_NAMED = needles.compile(r"\b(?:panic|anxiety) attacks?\b")
_LOAD = needles.compile(
    r"\b(?:can not|could not|unable to) (?:cope|deal) with (?:everything|it all|all of it)"
    r"(?: at once| right now| at the moment)?\b"
)
# ...the load's parts: money, work, children, study, a home
_CAUSES = needles.compile(
    r"\b(?:bills?|rent|debts?|money|mortgage|landlord|job|work|boss|shifts?|kids?|children|baby|"
    r"toddler|exams?|deadlines?|essays?|studies|school|uni|chores|housework|house move|"
    r"my (?:mum|mom|dad|son|daughter|kid|husband|wife|partner) (?:being |is )?(?:sick|ill|in "
    r"hospital))\b"
)
# Anything of risk left anywhere keeps the crisis reading.
_RISK = needles.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end it|end (?:my life|it all|things)|disappear"
    r"\w*|not wake|never wake|gone|pills|overdos\w*|hurt myself|harm myself|cut\w*|no way out|"
    r"no point|pointless|hopeless|give up|giving up|better off|burden|go on|alone|worthless|"
    r"not safe|unsafe|want out|escape|forever|anymore|any more|any longer|want to|wanna|wish|"
    r"hope (?:i do|so|it is)|ready|let (?:it|me)|welcome|relief)\b"
)


def read(plain: str, own_of: Callable[[str], str | None]) -> bool:
    """Whether ``plain`` holds a panic attack's feeling of dying, or everything at once with its
    causes named, and nothing of risk once that phrase is taken out.

    ``own_of`` is the writer's own crisis reading (a pattern's name, or None).
    """
    if _PANIC_NAMED.search(plain) and _DYING_FEELING.search(plain):
        rest = _DYING_FEELING.sub(" ", plain)
    elif _LOAD.search(plain) and _CAUSES.search(plain):
        rest = _LOAD.sub(" ", plain)
    else:
        return False
    rest = " ".join(rest.split())
    return _RISK.search(rest) is None and own_of(rest) is None


# The writer's own counterweight: people who care, or the danger denied.
_COUNTERWEIGHT = needles.compile(
    r"\bbut i (?:do )?know (?:that )?(?:my |people |everyone |they |my friends |my family )?"
    r"(?:\w+ ){0,2}?(?:care|cares|love me|loves me|need me|needs me|are there|is there|would miss "
    r"me|have my back|has my back|got my back)\b"
    r"|\bnot in (?:a|any) (?:dangerous|suicidal|harmful|self harm|scary) way\b"
)
# ...and nothing beside it that outweighs it
_OUTWEIGHED = needles.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end it|end (?:my life|it all|things)|"
    r"disappear\w*|not wake|never wake|not be here|gone|pills|overdos\w*|hurt myself|harm myself|"
    r"cut\w*|better off|without me|no reason|no point|pointless|hopeless|give up|giving up|"
    r"tonight|plan\w*|goodbye|anymore|any more|any longer|but (?:still|lately|sometimes i|i do not|"
    r"it does not|that does not)|do not believe|not sure)\b"
)
_WEIGHED_KINDS = frozenset({"burden", "hopelessness"})


def weighed(plain: str, own: str | None) -> bool:
    """Whether the writer's own reading ``own`` is feeling a burden or tired of being oneself,
    told with their own counterweight and nothing that outweighs it."""
    return (
        own in _WEIGHED_KINDS
        and _COUNTERWEIGHT.search(plain) is not None
        and _OUTWEIGHED.search(_COUNTERWEIGHT.sub(" ", plain)) is None  # "not in a suicidal way"
    )
