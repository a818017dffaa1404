"""Distress with no sign of risk, told by disabled writers: the caring reply.

- ``_SHAMED_AFTER``: a meltdown, a shutdown or a fit in public, and the writer so embarrassed,
  ashamed or humiliated they want to hide or disappear for a while ("had a shutdown on the bus,
  so ashamed i want to hide in my room for days"), not a mild blush over a typo, nor a child's
  meltdown over sweets told with a laugh;
- ``_COMPANION_GONE``: an assistance, guide, hearing or seizure alert dog, a working partner
  the writer leaned on, that died or passed, and the house gone quiet or empty, or the writer
  lost without them ("my guide dog died on friday. flat feels so empty"), not a dog that passed
  its training or assessment; a pet's death with a quiet house is left to the pet rules, which
  keep it quiet.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_SHAMED_AFTER = needles.compile(
    r"\b(?:meltdown|melt down|shutdown|shut down|panic attack|seizure|fit|breakdown|fell apart|"
    r"lost it|cried)\b(?: \S+){0,12}? (?:so |really |very |too )?(?:embarrassed|ashamed|"
    r"humiliated|mortified)\b(?: \S+){0,4}? (?:i )?(?:want|wanna|need|wish i could) to (?:hide|"
    r"disappear|vanish|crawl|never (?:go|leave|show)|stay in|not exist)\b"
)
# ...told with a laugh, or of a child's meltdown
_PLAYED_DOWN = needles.compile(
    r"\b(?:lol|lmao|haha|hahaha|toddler|my son|my daughter|the kids?|my kid|my mum|my mom|my dad)\b"
)
_COMPANION_GONE = needles.compile(
    r"\b(?:assistance|guide|hearing|seizure alert|seizure|alert|service|support|autism|medical "
    r"alert|diabetic alert|mobility) (?:dog|pup|puppy|pony|horse)\b(?: \S+){0,3}? "
    r"(?:passed|passed away|died|was put down|was put to sleep|had to be put down|had to be put "
    r"to sleep)\b"
    r"(?! (?:his|her|its|the|their) (?:test|exam|assessment|training|course|check|inspection|"
    r"grading|mot)\b)"
    r"(?: \S+){0,8}? (?:the (?:house|flat|home|place) (?:is|feels|is just) (?:so |really |too |"
    r"very )?(?:quiet|empty|silent)|(?:i am|i feel|i m) (?:so )?lost without|can not stop crying|"
    r"miss (?:him|her) so much)\b"
)


def distress(plain: str) -> bool:
    """Shame after a public meltdown, or a companion animal gone and the house quiet."""
    if _SHAMED_AFTER.search(plain) is not None and _PLAYED_DOWN.search(plain) is None:
        return True
    return _COMPANION_GONE.search(plain) is not None
