"""A means held for a long while, and a wish to die told through its absence: the full reply.

- ``_HELD``: the writer holding or sitting with a gun, a bottle of pills or morphine, a rope or a
  blade for an hour or more ("last night I held my old bottle of morphine for an hour. didnt take
  it. yet"); the length of the hold is what tells it. Lookalikes name a job done with it (cleaning
  a rifle, a range day, a shift's drug count) or hold a baby, a drink, a hand;
- ``_NEVER_WITHOUT``: the last time the writer did not want to die, not remembered ("dont remember
  the last time i didnt want to die"): the wish told as constant by its missing opposite.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_HELD = needles.compile(
    r"\b(?:held|holding|hold|sat with|sitting with|sit with|sat there with|stared at|staring at|"
    r"cradled|cradling) (?:my |the |a |an |his |her |dads |my dads )?(?:old |loaded )?(?:bottle of "
    r"(?:\w+ )?(?:pills|tablets|morphine|oxy\w*|pain ?killers|sleeping pills|\w+(?:pam|done|"
    r"phine))|pills|tablets|morphine|guns?|pistol|shotgun|rifle|revolver|handgun|\d+ gauge|rope|"
    r"noose|blade|razor)\b(?: \S+){0,4}? for (?:an hour|over an hour|hours|ages|a long time|"
    r"half the night|most of the night|the whole night|(?:\d+|two|three|four|a couple of|a few|"
    r"several) (?:minutes|mins|hours))\b"
)
# ...held for a job: cleaned, counted, checked, at a range or a shift
_JOB = needles.compile(
    r"\b(?:clean\w*|oil\w*|range|hunt\w*|season|count\w*|inventory|ward|stock ?take|"
    r"pharmacy|label\w*|museum|photo\w*|zero\w*|scope|sight\w*|tug of war|climb\w*|belay\w*|"
    r"boat|sail\w*|anchor|game|gym|swing|class)\b"
)
_NEVER_WITHOUT = needles.compile(
    r"\b(?:last time i (?:did not|have not|was not|did nt) (?:want(?:ed)? to die(?! of| from| "
    r"laughing)|think about "
    r"(?:dying|killing myself|suicide|ending it)|wish(?:ed)? i was dead)|(?:a|one) day (?:when|"
    r"that|where) i (?:did not|do not) (?:want to die|think about (?:dying|killing myself|"
    r"suicide|ending it)))\b"
)


def held(plain: str) -> bool:
    """A means held for a long while with no job done with it, or the wish told as constant."""
    if _NEVER_WITHOUT.search(plain):
        return True
    return _HELD.search(plain) is not None and _JOB.search(plain) is None
