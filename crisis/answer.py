"""A place to die or a means, seen as the answer: "the water looks like the answer".

People at the water at night, on a bridge or by the tracks rarely name what they are thinking of;
they say what the place has come to look like: the answer, a way out, the only option, a relief.
The same is said of a means at hand ("the pills on the nightstand look like the solution").
``CRISIS`` is that said where the writer is now (at, on or by the place, at night, alone);
``CHECK`` is the same said with no place around the writer. Lookalikes say what the answer is
to (a quiz, a homework question, the heat), or are a view admired (a painting, a postcard).
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

# A place one could die at, or a means; each names itself as the subject of the look.
_MEANS = (
    r"(?:water|sea|ocean|river|lake|canal|waves|tide|bridge|drop|edge|ledge|cliffs?|tracks|"
    r"train tracks|railway|trains?|roof|rooftop|motorway|traffic|pills|tablets|meds|rope|"
    r"noose|gun|rifle|blade|razor|bottle|exhaust|hose)"
)
_LOOKS = (
    r"(?:looks?|looked|looking|seems?|seemed|seeming|feels?|felt|is starting to look|"
    r"started to look|starts to look|keeps? looking|is looking|are looking|are starting to look)"
)
_ANSWER = (
    r"(?:like )?(?:the|an|a|my) (?:only |easy |easiest |best |perfect |simple |obvious |real )?"
    r"(?:answer|way out|solution|exit|escape|relief|release|option|fix|end of it|way to end)"
)
SEEN = re.compile(
    r"\b(?:the |that |this |those |these |my )?" + _MEANS + r" (?:\w+ ){0,4}?" + _LOOKS + r" "
    r"(?:so |really |more and more |a lot |almost |kind of |kinda |just )?" + _ANSWER + r"\b"
    # ...to a question, a puzzle, the heat: the answer named is an errand's
    r"(?! (?:to|for|of) (?:the |this |my |a |that )?(?:question|quiz|puzzle|riddle|crossword|"
    r"homework|exam|test|level|maze|heat|heatwave|commute|traffic|parking|problem \d|"
    r"number \d|\d))"
    r"(?!.*\b(?:quiz|crossword|puzzle|riddle|homework|painting|postcard|photo\w*|escape room|"
    r"lol|haha|swim\w*|surf\w*|heatwave|cool (?:off|down)|commute|late for)\b)"
)
# The writer at the place now: "i am at the beach at 3am", "standing on the bridge", "parked by".
_THERE = re.compile(
    r"\b(?:i am|i m|im|standing|sitting|sat|parked|walking|stood|here) (?:\w+ ){0,2}?(?:at|on|"
    r"by|near|under|beside|on top of) (?:the|a) (?:beach|water|sea|shore|river|lake|canal|pier|"
    r"harbour|harbor|bridge|edge|cliff|cliffs|tracks|platform|station|roof|rooftop|quarry|dam|"
    r"motorway|overpass)\b|\b(?:[0-9]+ ?am|at night|tonight|alone)\b"
)


# Someone else who said it: "my brother says the river looks like the answer". A child or a
# partner named without a word of saying is the writer's own ("my son is asleep and...").
THEIRS = re.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:brother|sister|friend|mate|mum|mom|mother|dad|father|"
    r"husband|wife|partner|boyfriend|girlfriend|son|daughter|cousin|uncle|aunt|patient|client|"
    r"student|roommate|flatmate)) (?:\w+ )?(?:says|said|keeps saying|told me|thinks|texted|"
    r"wrote|posted|messaged)\b"
)


def crisis(plain: str) -> bool:
    """A place or a means that looks like the answer, said where the writer is now."""
    return SEEN.search(plain) is not None and _THERE.search(plain) is not None


def check(plain: str) -> bool:
    """A place or a means that looks like the answer, wherever the writer is."""
    return SEEN.search(plain) is not None
