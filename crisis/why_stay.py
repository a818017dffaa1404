"""No reason left to stay, told without a word of dying: a check-in ("ask, don't guess").

Kinds, read on normalised text:

- nothing will fix the writer, "so why stay": "they've tried everything on me, nothing helps, so
  why stick around" (not a bad job or a flat: "the pay is awful so why stay at that place");
- no way forward "except out", the sentence ending there: "can't see any future but out" (not
  "no way forward except out of this job");
- a life-sustaining treatment to be skipped to let the end come: "thinking of skipping dialysis
  and just letting it happen", "might stop my insulin and let nature take its course";
- what becomes of one's things "when someone isn't around anymore", asked for oneself: "what
  happens to my account when i'm not around anymore? asking for me" (not away on holiday).
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# ...nothing will fix the writer
_UNFIXABLE = needles.compile(
    r"\bnothing (?:will|can|is going to|gonna|would|ever) (?:\w+ )?(?:fix|help|change|work for|"
    r"save|cure|mend) (?:me|this|it)\b|\b(?:i am|i m) (?:broken|beyond (?:help|fixing|repair)|"
    r"unfixable)\b|\b(?:treatment|med) resistant\b|\bnever (?:going to |gonna )?get better\b|"
    r"\btried everything (?:on me|for me|for my \w+)\b"
)
_WHY_STAY = needles.compile(
    r"\b(?:so )?why (?:stay|stick around|hang around|keep going|carry on|bother staying|bother "
    r"going on|bother living|am i still here|be here|keep trying)\b"
    r"(?! (?:in|at|on|with|for|there|up|late|home)\b)"
)
_PLACE_OR_JOB = needles.compile(
    r"\b(?:job|work|boss|company|flat|house|city|town|country|club|team|gym|relationship|"
    r"marriage|course|class|uni|school|group|server|app|platform|contract|landlord|shift)\b"
)

# ...no way forward except out
_EXCEPT_OUT = needles.compile(
    r"\b(?:way forward|way on|way ahead|way through|future|option|options|way)\b(?: \S+){0,2}? "
    r"(?:except|but|other than|apart from|besides) (?:out|the exit|checking out|the end)"
    r"(?: of (?:it all|everything|here for good))?(?: (?:tbh|honestly|now|anymore|really))?$"
)

# ...a life-sustaining treatment to be skipped
_LIFELINE = needles.compile(
    r"\b(?:dialysis|insulin|chemo|transplant meds|anti rejection|heart meds|heart pills|"
    r"oxygen|blood thinners|warfarin|inhaler|epipen|treatment|transfusions?|"
    r"anti retrovirals|arvs)\b"
)
_SKIPPED = needles.compile(
    r"\b(?:not going|not go|skip\w*|stop\w*|miss\w*|not turning up|not showing up|not take|not "
    r"taking|not bother\w*|quit\w*|refus\w*|run out)\b"
)
_LET_HAPPEN = needles.compile(
    r"\b(?:let|letting) (?:it|nature|things|the \w+|my \w+) (?:happen|take (?:its|their) "
    r"course|take me|finish me|do (?:its|the) (?:job|work)|end it)\b|\blet (?:myself )?(?:go|"
    r"slip away|fade)\b(?! (?:of|on|to|for)\b)|\bsee how long (?:i|it) (?:last|lasts)\b"
)

# ...what becomes of one's things when one is not around
_NOT_AROUND = needles.compile(
    r"\b(?:someone|somebody|a person|i|one|the user|you) (?:is not|isnt|am not|are not|wont be|"
    r"will not be|is no longer|am no longer|are no longer|not) (?:around|here|alive)\b"
    r"(?: \S+){0,5}? (?:anymore|any more|any longer)\b"
)
_FOR_ME = needles.compile(
    r"\basking for (?:me|myself)\b|\bfor (?:me|myself) (?:tbh|honestly|really)\b|\bi mean me\b|"
    r"\b(?:hypothetically|asking) (?:for|about) me\b"
)
_AWAY = needles.compile(
    r"\b(?:holiday|vacation|travel\w*|abroad|trip|busy|hospital stay|away for|on leave|"
    r"maternity|deploy\w*|offline|no wifi|no signal)\b"
)


def check(plain: str) -> bool:
    """No reason left to stay: the writer's own, a check-in."""
    why = _WHY_STAY.search(plain) and _UNFIXABLE.search(plain)
    if why and not _PLACE_OR_JOB.search(plain):
        return True
    if _EXCEPT_OUT.search(plain):
        return True
    lifeline = _LIFELINE.search(plain) and _SKIPPED.search(plain)
    if lifeline and _LET_HAPPEN.search(plain):
        return True
    return bool(_NOT_AROUND.search(plain) and _FOR_ME.search(plain) and not _AWAY.search(plain))
