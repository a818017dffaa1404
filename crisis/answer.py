"""A place to die or a means, seen as the answer: "the water looks like the answer".

People at the water at night, on a bridge or by the tracks rarely name what they are thinking of;
they say what the place has come to look like: the answer, a way out, a relief. Pills are read
only as a way out ("the pills on the nightstand look like the only way out"): pills that look
like the answer are most often a treatment that works. ``CRISIS`` is that said where the writer
is now (at, on or by the place, at night, alone); ``CHECK`` is the same said with no place
around the writer. Lookalikes say what the answer is to or for (a quiz, the heat, a sales
problem, a journey), or are a view or a holiday admired (a painting, a postcard, the summer), or
a bar on a rooftop or the edge of a table.
Read on normalised text; pure, nothing here logs."""

from __future__ import annotations

from crisis import needles

# A place one could die at, or a means; each names itself as the subject of the look. A train,
# a road or a bottle is also a journey or a drink ("the train looks like the best option"), so
# only the places and the means that are seldom anything else are read; a bar on the rooftop, a
# drop in prices, the edge of a table are not them.
_PLACE = (
    r"(?:water|sea|ocean|river|lake|canal|waves|tide|bridge|drop|ledge|cliffs?|tracks|"
    r"train tracks|railway|rope|noose|gun|rifle|blade|razor|exhaust|hose)"
    r"(?! (?:bar|club|restaurant|cafe|in|of (?:the|a) (?!bridge|cliff|roof)|prices?|sales?|"
    r"times?|tickets?|station|service|walk|path|trip|view|sports?)\b)"
)
# A poison kept in the shed or the yard is named with where it is kept ("the weed killer in the
# shed"), which the places above may not be ("the water in the glass").
_POISON = (
    r"(?:weed ?killer|paraquat|pesticide|insecticide|herbicide|rat poison|poison|gramoxone|"
    r"glyphosate)"
)
# Pills that look like an answer are often a treatment that works; only a way out is read.
_PILLS = r"(?:pills|tablets|meds|sleeping pills|painkillers)"
_LOOKS = (
    r"(?:looks?|looked|looking|seems?|seemed|seeming|feels?|felt|is starting to look|"
    r"started to look|starts to look|keeps? looking|is looking|are looking|are starting to look)"
)
_HOW = r"(?:so |really |more and more |a lot |almost |kind of |kinda |just )?(?:like )?"
_WAY_OUT = (
    r"(?:the|an|a|my) (?:only |easy |easiest |simple |real )?(?:way out|exit|way to end it|end of "
    r"it|release)"
)
_ANSWER = r"(?:the|an|a|my) (?:only |easy |easiest |simple |real )?(?:answer|relief|solution)"
# ...to a question, a puzzle, the heat, a journey: the answer named is an errand's
_FOR_AN_ERRAND = (
    r"(?! (?:to|for|since|because|as|if|after|from|with|when|on|at|this|my doctor)\b"
    r"(?! (?:everything|it all|all of (?:this|it)|all this|my problems|the pain)\b))"
)
SEEN = needles.compile(
    r"\b(?:(?:the|that|this|those|these|my) (?:\w+ )?)?(?:"
    + r"(?:"
    + _PLACE
    + r"|"
    + _POISON
    + r")"
    + r" (?:\w+ ){0,4}?"
    + _LOOKS
    + r" "
    + _HOW
    + r"(?:"
    + _ANSWER
    + r"|"
    + _WAY_OUT
    + r")|"
    + _PILLS
    + r" (?:\w+ ){0,4}?"
    + _LOOKS
    + r" "
    + _HOW
    + _WAY_OUT
    + r")\b"
    + _FOR_AN_ERRAND
    + r"(?!.*\b(?:quiz|crossword|puzzle|riddle|homework|painting|postcard|photo\w*|escape room|"
    r"lol|haha|swim\w*|surf\w*|heatwave|cool (?:off|down)|commute|late for|holiday|vacation|"
    r"summer|prices|sales|doctor|anxiety is|better on|shelf|table)\b)"
)
# The writer at the place now: "i am at the beach at 3am", "standing on the bridge", "parked by".
_THERE = needles.compile(
    r"\b(?:i am|i m|im|standing|sitting|sat|parked|walking|stood|here) (?:\w+ ){0,2}?(?:at|on|"
    r"by|near|under|beside|on top of) (?:the|a) (?:beach|water|sea|shore|river|lake|canal|pier|"
    r"harbour|harbor|bridge|edge|cliff|cliffs|tracks|platform|station|roof|rooftop|quarry|dam|"
    r"motorway|overpass)\b|\b(?:[0-9]+ ?am|at night|tonight|alone)\b"
)


# Someone else who said it: "my brother says the river looks like the answer". A child or a
# partner named without a word of saying is the writer's own ("my son is asleep and...").
THEIRS = needles.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:brother|sister|friend|mate|mum|mom|mother|dad|father|"
    r"husband|wife|partner|boyfriend|girlfriend|son|daughter|cousin|uncle|aunt|patient|client|"
    r"student|roommate|flatmate)) (?:\w+ )?(?:says|said|keeps saying|told me|thinks|texted|"
    r"wrote|posted|messaged)\b"
)


def crisis(plain: str) -> bool:
    """A place or a means that looks like the answer, said where the writer is now."""
    return SEEN.search(plain) is not None and _THERE.search(plain) is not None


# Deep water looked at as quiet or inviting by a writer standing at it now ("standing at the
# river bank. water looks so quiet"): no answer named, so the check-in asks. A walk, a swim or
# a view admired is what the same words most often tell.
_STILL = needles.compile(
    r"\b(?:water|river|lake|sea|canal|current) (?:\w+ ){0,2}?(?:looks?|looked|seems?|is|feels?) "
    r"(?:so |really |very |weirdly |strangely |oddly |almost )?(?:quiet|calm|peaceful|still|"
    r"inviting|welcoming|soft|gentle)\b"
)
_ADMIRED = needles.compile(
    r"\b(?:walk\w*|stroll\w*|jog\w*|run|running|dog|swim\w*|paddl\w*|kayak\w*|canoe\w*|row\w*|"
    r"fish\w*|boat\w*|sail\w*|surf\w*|picnic|view|sunset|sunrise|photo\w*|pictures?|beautiful|lovely|gorgeous|"
    r"pretty|nice|relax\w*|ducks|swans|birds|holiday|vacation|trip|friends|family|kids|painting|"
    r"wedding|lol|haha|read\w*|book|podcast|music|lunch|breakfast|coffee|sun\w*|warm|hot|heat\w*|weather|summer|spring)\b"
)


def still_water(plain: str) -> bool:
    """Deep water seen as quiet or inviting by a writer at it now, with nothing admired."""
    found = _STILL.search(plain) is not None and _THERE.search(plain) is not None
    return found and _ADMIRED.search(plain) is None


def check(plain: str) -> bool:
    """A place or a means that looks like the answer, wherever the writer is, or deep water
    looked at as quiet from its bank."""
    return SEEN.search(plain) is not None or still_water(plain)
