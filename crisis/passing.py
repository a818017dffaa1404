"""Everyday lines the classifier misreads as risk, which it defers to: a song that moves the
writer every time it plays, and a drink with the treatment asked about.

- ``moved_by_song``: a song, a track or a film named as getting to the writer every time ("that
  johnny cash song hurt gets me every time", "that track always makes me well up"): a listener
  moved, not a wish; unless the writer says it is about them now ("not just a song any more",
  "too real", "it's my life");
- ``drink_with_treatment``: whether a beer or a glass of wine is all right on a treatment day
  or with the medicine ("can i have a couple of beers on esketamine days? just asking"): a course
  question; unless it goes on to mixing them to die or to not waking.

Only the classifier defers to these (see ``crisis.by_model``): a rule that fires on the same
message still gets its reply. Read on normalised text (see ``crisis.normalise``); pure, nothing
here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_MOVED = _compile(
    r"\b(?:song|track|tune|ballad|album|record|film|movie|cover|chorus|verse)\b(?: \S+){0,5}? "
    r"(?:gets me|gets to me|got me|always gets me|hits me|hits hard|gets me going|makes me (?:cry|"
    r"tear up|well up|choke up|emotional)|chokes me up|breaks me)\b(?: \S+){0,3}? (?:every "
    r"(?:time|single time)|each time|always|without fail|whenever)\b"
    r"|\b(?:always|every time)\b(?: \S+){0,2}? (?:gets me|chokes me up|makes me (?:cry|tear "
    r"up|well up))\b(?=.*\b(?:song|track|tune|ballad|album|film|movie|chorus)\b)"
)
# ...the song said to be the writer's life now, or a wish beside it
_ABOUT_ME_NOW = _compile(
    r"\b(?:not just a (?:song|film|movie)|any ?more|too real|my life|about me|describes me|is me "
    r"now|feel like the guy|want to (?:die|go|be gone)|end it|kill|gone|goodbye|last time|"
    r"final|funeral)\b"
)

_DRINK = r"(?:beers?|pints?|a drink|drinks|drinking|wine|a glass|glasses|alcohol|booze|cans|lager)"
_TREATMENT = (
    r"(?:ketamine|esketamine|spravato|treatment|infusion|session|dose|dosing|nasal spray|"
    r"the spray|the course|meds|medication)"
)
_DRINK_ASKED = _compile(
    r"\b(?:can i|could i|may i|is it (?:ok|okay|safe|alright|all right|fine|bad) to|am i allowed "
    r"to|should i|how long (?:before|after)|is it a problem if i)\b(?: \S+){0,5}? "
    + _DRINK
    + r"\b(?: \S+){0,4}? (?:on|with|after|before|the day of|around|while on) (?:my |the |an? )?"
    r"(?:\w+ )?" + _TREATMENT + r"\b"
)
_MIXED_TO_DIE = _compile(
    r"\b(?:to die|not wake|never wake|end it|kill|overdose|enough to|all of|whole bottle|the lot|"
    r"stop breathing)\b"
)


def moved_by_song(plain: str) -> bool:
    """A song or a film that gets to the writer every time, and nothing of their own risk."""
    return _MOVED.search(plain) is not None and _ABOUT_ME_NOW.search(plain) is None


def drink_with_treatment(plain: str) -> bool:
    """A drink on a treatment day asked about, with no mixing to die."""
    return _DRINK_ASKED.search(plain) is not None and _MIXED_TO_DIE.search(plain) is None
