"""The writer's own end told as a thought that keeps coming, or a wish prayed for at night.

- ``_INTRUDING``: suicide, or the writer ending it, told as a thought that keeps popping up,
  crossing the mind or sitting in the head ("suicide keeps popping up in my head like a
  screensaver", "killing myself crosses my mind every day now"): the rules for suicidal thoughts
  need the words "thoughts" or "ideation", which such writers leave out;
- ``_PRAYED``: not waking up prayed, begged or hoped for by the writer, often every night ("i
  pray every night not to wake up in the morning", "i beg god to let me not wake up"): a wish to
  die told as a prayer;
- ``_BAD_TODAY``: the writer's suicidal thoughts, by any name ("unalive thoughts", "sewerslide
  thoughts"), told as bad, loud or back today ("unalive thoughts are really bad today").

Both are the writer's own and get the full reply. Lookalikes stay quiet: a suicide in a film, a
book, the news or a lesson, suicidal thoughts as a topic ("are suicidal thoughts common
in depression"), someone else's suicide grieved ("his suicide keeps going round in my
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
_BAD_TODAY = needles.compile(
    r"\b(?:suicidal|suicide|sewerslide|die|dying|death|kms|ctb|self harm|sh) (?:thoughts|urges)"
    r" (?:are|have been|r|been|got|getting) (?:really |so |very |super |extra |pretty )?(?:bad|"
    r"loud|strong|intense|heavy|worse|back|awful|constant|relentless)\b(?: \w+){0,2}? (?:today|"
    r"tonight|again|lately|this week|right now|rn|atm)\b"
)
# ...of someone else's thoughts: "my sister's suicidal thoughts are bad again", read elsewhere
_THEIR_THOUGHTS = needles.compile(
    r"\b(?:his|her|their|your|mums|moms|dads|sons|daughters|friends|brothers|sisters|wifes|"
    r"husbands|partners|boyfriends|girlfriends|patients|clients|kids|childs|students) (?:\w+ )?"
    r"(?:suicidal|suicide|sewerslide|die|dying|death|kms|ctb|self harm|sh) (?:thoughts|urges)\b"
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
    own_now = _NOT_OWN.search(plain) is None and _THEIR_THOUGHTS.search(plain) is None
    if _BAD_TODAY.search(plain) and own_now:
        return True
    return _INTRUDING.search(plain) is not None and _NOT_OWN.search(plain) is None
