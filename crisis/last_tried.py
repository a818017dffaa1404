"""Quiet signs the writer may not mean to go on: the check-in that asks.

- ``_TREATMENT_FAILED``: a treatment (ketamine, ECT, TMS, the meds) that worked for a while
  and then nothing, or did not work, and the writer who cannot go back to how it was and
  "won't" ("esketamine helped for a month then stopped. i can't go back to that. i won't"), not
  a treatment that works, nor a diet or a job left behind;
- ``_IF_IT_FAILS``: the last try, and if this one does not work the writer will know it is
  hopeless and stop for good ("if the ECT doesnt work i'll know its hopeless and stop for
  good"), not stopping a treatment that did not help or giving up a hobby;
- ``_STILL_WAKING``: "why do i keep waking up" or "why do i still wake up" and nothing after,
  not waking at 3am, with a headache, or in a sweat;
- ``_NOT_AGAIN_OR_EVER``: thanks passed on and the writer who will not be at group, work or
  class "on monday or ever" ("tell the nurses thanks. i won't be at clinic tuesday or ever"),
  not a club left, a move or a ban;
- ``_GIVING_UP_ON_ME``: a treatment tried, the thoughts back worse, and the writer giving up on
  the treatment "and on myself" ("felt ok for 2 days then the thoughts came back worse. giving
  up on treatment and on myself"), not "not giving up on myself" or a diet given up.

All get the check-in (``crisis.assess``). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_TREATMENT = (
    r"(?:ketamine|esketamine|spravato|ect|tms|meds|medication|antidepressants?|lithium|the "
    r"drugs|the pills|treatment|infusions?|therapy|the course|clozapine|psilocybin)"
)
_TREATMENT_FAILED = needles.compile(
    r"\b" + _TREATMENT + r"\b(?: \S+){0,6}? (?:then nothing|then stopped|stopped working|did not "
    r"work|does not work|did nothing|wore off|no effect|nothing works|not working|failed)\b"
    r"(?: \S+){0,12}? i can not go back (?:to (?:how it was|that|the way it was|how things were|"
    r"being like that|feeling like that|that place|before)|there)\b(?: \S+){0,4}? i (?:will not|"
    r"won t|refuse|can not)$"
)
_IF_IT_FAILS = needles.compile(
    r"\bif (?:the )?" + _TREATMENT + r" (?:does not|doesnt|do not|will not|won t|can not) "
    r"(?:work|help)\b(?: \S+){0,8}? (?:hopeless|no hope|no point|nothing left)\b(?: \S+){0,6}? "
    r"(?:stop|end (?:it|things)|be done|give up|check out|go) (?:for good|forever|permanently|"
    r"for ever)\b"
)
_STILL_WAKING = needles.compile(
    r"^(?:\S+ ){0,3}?why (?:do|does|did) (?:i|god|life) (?:keep|still|have to keep|have to) "
    r"(?:waking up|wake up|making me wake up)(?: (?:every (?:morning|day)|each (?:morning|day)|"
    r"again|at all))?$"
)
_NOT_AGAIN_OR_EVER = needles.compile(
    r"\b(?:thank you|thanks|thank)\b(?: \S+){0,8}? i (?:will not|won t|am not going to) be "
    r"(?:at|in|there|back|around)\b(?: \S+){0,5}? or (?:ever|ever again|any other)\b"
    r"(?!.*\b(?:quit\w*|leaving|left|moving|moved|banned|new job|cancel\w*|membership|"
    r"retir\w*|boring|rubbish|awful|hate it|graduat\w*)\b)"
)

_GIVING_UP_ON_ME = needles.compile(
    r"\b"
    + _TREATMENT
    + r"\b(?: \S+){0,30}? (?:giving up|given up|gave up|give up|done) on (?:\w+ ){0,4}?"
    r"(?:myself|me|my life|living|life|everything)\b"
    r"(?<!\bnot giving up on myself)(?<!\bnever giving up on myself)(?<!\bnot give up on myself)"
    r"(?!.*\b(?:not giving up|never give up|never giving up|won t give up|will not give up)\b)"
)


def check(plain: str) -> bool:
    """A treatment's failure the writer will not live back into, a last try, waking asked
    why, or thanks passed on before an 'or ever'."""
    return any(
        rule.search(plain)
        for rule in (
            _TREATMENT_FAILED,
            _IF_IT_FAILS,
            _STILL_WAKING,
            _NOT_AGAIN_OR_EVER,
            _GIVING_UP_ON_ME,
        )
    )
