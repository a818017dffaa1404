"""The course or the treatment read as the last hope gone, and the writer "finished" with it.

Kinds, read on normalised text; each gets the check-in ("ask, don't guess"):

- ``_FAILED`` then ``_FINISHED``: a treatment, the course or life judged beyond help, and the
  message ending on the writer finished ("the lesson on treatment resistant depression just
  confirmed it. treatment resistant, life resistant. finished");
- ``_NO_DAYS``: not enough days or time left in the writer to wait for it ("lesson 6 said it
  can work in hours. good bc i dont think i have days left in me").

Lookalikes are a lesson or a course finished, a printer on which nothing works, a day off work,
days of leave left, another mile left in the legs, another day in me "at this job". Pure; nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

_FAILED = needles.compile(
    r"\b(?:life resistant|resistant to life|beyond (?:help|saving|fixing|repair)|(?:can t|cant|"
    r"cannot|can not) be (?:fixed|helped|saved)|unfixable|nothing (?:works|worked|will work|is "
    r"going to work|helps|will help)|(?:last|only) hope (?:gone|is gone|failed)|no hope left)\b"
)
_ABOUT_ME = needles.compile(
    r"\b(?:treatment|therapy|meds|medication|medicine|ketamine|antidepressants?|depression|"
    r"course|lesson|life|me|myself|brain)\b"
)
_FINISHED = needles.compile(
    r"\b(?:(?:i am|i m|im|so|that s me|thats me|me|i am just|i m just|im just) )?(?:finished|done "
    r"for|game over|over for me|the end of me|it s over|its over)$"
)
_OBJECTS = needles.compile(
    r"\b(?:printer|laptop|computer|app|wifi|code|bug|car|engine|phone|oven|boiler|homework|"
    r"essay|project|assignment|build|paint\w*|garden|puzzle|level|boss|game)\b"
)
_NO_DAYS = needles.compile(
    r"\b(?:i (?:do not|don t|dont) (?:think|know if|feel like|reckon)|not sure) i (?:have|ve got|"
    r"got|have got) (?:many |any |much |another |more |the )?(?:days|weeks|nights|day|week|time|"
    r"long|much longer|many more days) (?:left )?in me\b(?! (?:at|for|of|with|in this)\b)"
    r"|\bi (?:do not|don t|dont) have (?:many |any |the )?(?:days|weeks) left in me\b"
    r"(?! (?:at|for|of|with|in this)\b)"
)
_WORK = needles.compile(
    r"\b(?:job|shift|office|semester|term|season|marathon|training|boss|essay|exam|deadline|"
    r"revision|thesis|project|assignment|leave|holiday)\b"
)


def check(plain: str) -> bool:
    """A treatment or life judged beyond help with the writer finished, or no days left in me."""
    if _NO_DAYS.search(plain) is not None and _WORK.search(plain) is None:
        return True
    if _FAILED.search(plain) is None or _FINISHED.search(plain) is None:
        return False
    return _ABOUT_ME.search(plain) is not None and _OBJECTS.search(plain) is None
