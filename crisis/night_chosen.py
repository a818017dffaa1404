"""A time chosen, or affairs put in order beside ruin, told without a word of dying.

Kinds, read on normalised text; each gets a check-in ("ask, don't guess"):

- the right night waited for, beside the end of hope: "nothing left. just waiting for the right
  moment now" (not the right time to ask a girl out, or a clear night for the stars);
- "tonight is the night", the message ending there (not a gig, a game, a date, a proposal or a
  first infusion);
- a date tied to a trouble landing, told bare: "friday. when the court letter comes. that's
  when" (not "that's when I'll pay you back");
- a will sorted beside ruin or "i'm done": "lost the lot at the bookies. i'm done. did a will
  online today" (not a will after a wedding or a birth);
- a pet or a keepsake handed over "for a while", when it is not: "gave my cat to my sister for a
  bit. she doesn't know it isn't for a bit".
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# ...the right night waited for
_WAITING = needles.compile(
    r"\b(?:waiting|wait) for the right (?:night|time|moment|day|chance|opportunity)"
    r"(?: (?:now|tbh|honestly|really))?$"
)
_NO_HOPE = needles.compile(
    r"\b(?:at the end|i am done|nothing left|no hope|hopeless|no point|can not do this|can not "
    r"go on|tired of (?:it all|everything|living)|had enough|finished|over it|give up|gave up)\b"
)

# ..."tonight is the night", nothing after it
_TONIGHT = needles.compile(
    r"\b(?:tonight|tonights|tonight s)(?: is| s)? the night"
    r"(?: (?:tbh|honestly|i think|i reckon|really|then))?$"
)
_EVENT = needles.compile(
    r"\b(?:game|match|final|finale|concert|gig|show|party|date|premiere|launch|wedding|"
    r"birthday|prom|opening|season|episode|fight|race|derby|lottery|lotto|draw|results|meteor|"
    r"stars|eclipse|propos\w*|ask her|ask him|exam|interview|debut|release|drop|stream|raid|"
    r"big one|baby|due date|first lesson|start|begin\w*|infusion|session|appointment|"
    r"treatment|dose|ketamine|spravato|esketamine|lesson|course|clinic|surgery|moving|"
    r"quit\w*|sober|diet|gym|run|marathon)\b"
)

# ...a date tied to a trouble landing
_THATS_WHEN = needles.compile(r"\b(?:that is|that s|thats) when$")
_TROUBLE = needles.compile(
    r"\b(?:bounce\w*|debts?|debits?|loans?|bailiffs?|evict\w*|reposs\w*|court|sentenc\w*|"
    r"finds? out|found out|arrears|overdraft|rent|results|letter|notice|deadline|repayment)\b"
)

# ...a will sorted beside ruin
_WILL = needles.compile(
    r"\b(?:updated|wrote|written|made|sorted|finished|signed|did|done|drew up|drawn up) "
    r"(?:out )?(?:a|my|the) (?:\w+ )?will\b(?! (?:be|have|not|go|get|do|you|he|she|they|it)\b)"
)
_RUIN = needles.compile(
    r"\b(?:i am done|i m done|im done|done with (?:it all|everything)|lost everything|lost the "
    r"lot|in the hole|maxed|payday loans?|bankrupt|ruined|nothing left|can not go on|no way out|"
    r"done for)\b"
)
_LIFE_EVENT = needles.compile(
    r"\b(?:wedding|married|engaged|baby|born|pregnant|mortgage|solicitor|lawyer|retired|"
    r"retirement|divorce|new job|grandkids?|diagnos\w*|surgery|operation|deploy\w*|travel\w*)\b"
)

# ...handed over "for a while", when it is not
_NOT_A_WHILE = needles.compile(
    r"\b(?:does not|do not|did not|doesnt|dont|didnt|has no idea|have no idea) know (?:that )?"
    r"(?:it is|its|it s|it will not be|it wont be|it is not) (?:not |really )?(?:for a while|for "
    r"a bit|temporary|just for now|for a few (?:days|weeks))\b"
    r"|\b(?:it is|its|it s) not (?:really )?(?:for a while|for a bit|temporary|just for now)\b"
)


def check(plain: str) -> bool:
    """A time chosen, or affairs put in order beside ruin: a check-in."""
    if _WAITING.search(plain) and _NO_HOPE.search(plain):
        return True
    if _TONIGHT.search(plain) and not _EVENT.search(plain):
        return True
    if _THATS_WHEN.search(plain) and _TROUBLE.search(plain):
        return True
    if _WILL.search(plain) and _RUIN.search(plain) and not _LIFE_EVENT.search(plain):
        return True
    return _NOT_A_WHILE.search(plain) is not None
