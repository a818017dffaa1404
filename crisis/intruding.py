"""The writer's own end told as a thought that keeps coming, or a wish prayed for at night.

- ``_INTRUDING``: suicide, or the writer ending it, told as a thought that keeps popping up,
  crossing the mind or sitting in the head ("suicide keeps popping up in my head like a
  screensaver", "killing myself crosses my mind every day now"): the rules for suicidal thoughts
  need the words "thoughts" or "ideation", which such writers leave out;
- ``_PRAYED``: not waking up prayed, begged or hoped for by the writer, often every night ("i
  pray every night not to wake up in the morning", "i beg god to let me not wake up"): a wish to
  die told as a prayer.

Both are the writer's own and get the full reply. Lookalikes stay quiet: a suicide in a film, a
book, the news or a lesson, someone else's suicide grieved ("his suicide keeps going round in my
head"), a thought told as past; a baby or the kids prayed not to wake, not waking up early, with
a hangover or before the alarm. Read on normalised text (see ``crisis.normalise``); pure, nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

_INTRUDING = needles.compile(
    r"\b(?:suicide|killing myself|ending it all|ending my life|ending it|the thought of (?:dying|"
    r"ending it|killing myself|suicide))\b(?: \S+){0,3}? (?:keeps?|kept|is always|constantly|"
    r"will not leave|won t leave|does not leave|crosses|crossing|pops?|popping|creeps?|creeping|"
    r"comes? (?:back|up|into)|runs? through|goes round|going (?:a)?round|is on my mind|"
    r"is in my head|lives in my head|sits in my head)\b(?:(?: \S+){0,4}? (?:my (?:head|mind|"
    r"brain|thoughts)|every (?:day|night|time|quiet)|all (?:day|the time)|again))"
)
# Told of others, of fiction or of the past: no thought of the writer's own now.
_NOT_OWN = needles.compile(
    r"\b(?:film|movie|show|series|book|novel|song|podcast|news|article|lesson|lecture|essay|"
    r"documentary|character|episode|game|(?:his|her|their|s) suicide|years ago|used to|"
    r"when i was (?:younger|a teen\w*|a kid|at school)|back then)\b"
)
_PRAYED = needles.compile(
    r"\b(?:i )?(?:pray|prayed|praying|beg|begged|begging|ask god|asking god|asked god|"
    r"hope|hoping|hoped)\b(?: \S+){0,5}? (?:not to wake up|to not wake up|never to wake up|"
    r"to never wake up|(?:that )?i (?:do not|will not|would not|never) wake up|"
    r"(?:to )?let me not wake up|(?:to )?take me in my sleep|i die in my sleep|"
    r"to die in my sleep)\b(?! (?:early|late|at|before|with|until|till|hungover|in the night|"
    r"in time|on time|for|during|when|from|to|again at))"
)


def mine(plain: str) -> bool:
    """The writer's own end as a thought that keeps coming, or not waking prayed for."""
    if _PRAYED.search(plain):
        return True
    return _INTRUDING.search(plain) is not None and _NOT_OWN.search(plain) is None
