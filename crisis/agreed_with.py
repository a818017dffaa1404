"""Thoughts of dying that the writer is giving in to, and a jump asked of where no one would find.

- ``_VOICE_AGREED``: the writer's brain, head or voices that keep saying "kill yourself" or
  "die", and the writer starting to agree, believe or listen ("my head keeps telling me to end
  it and i'm starting to believe it"), not a voice the writer still fights or a song's lyric;
- ``_DWELT_AFTER_LOSS``: one loss after another or nothing left, then the writer who keeps
  thinking about the bridge, the tracks or the cliff ("lost the flat, lost my friends. nothing
  left. can't stop thinking about the railway line"), not a bridge to be built or crossed, a
  walk planned or a film;
- ``_JUMP_UNFOUND``: the best or quietest place to jump where no one would find or stop the
  writer, not a jump into a lake on a hot day or a parachute jump.

All get the full reply (``crisis.assess``). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_VOICE_AGREED = needles.compile(
    r"\b(?:my (?:brain|head|mind|thoughts|voices?|inner voice)|the (?:voices?|thoughts)|a voice)"
    r"(?: \S+){0,3}? (?:keeps?|kept|is|are|has been|have been|won t stop|will not stop) "
    r"(?:saying|telling me(?: to)?|whispering|shouting|screaming)\b(?: \S+){0,3}? "
    r"(?:kill yourself|kys|kill myself|die|end it|you should die|just die|jump|you would be "
    r"better off dead)\b"
    r"(?: \S+){0,12}? (?:i am|i m|im|and i|i) (?:\S+ ){0,2}?(?:starting to|beginning to|"
    r"going to|gonna|about to|think i|kind of|kinda|actually|really)? ?(?:agree|believe|listen|"
    r"give in|obey|do it)\b"
)

_LOSSES = needles.compile(
    r"\b(?:what is left|whats left|nothing left|nothing is left|nothing now|no point|lost "
    r"everything|i have nothing|got nothing|hopeless|nothing matters|lost my (?:\S+ ){0,3}?lost "
    r"my)\b"
)
_DWELT = needles.compile(
    r"\b(?:keep|keeps|kept|can not stop|can t stop|cannot stop|always) thinking (?:about|of) "
    r"(?:the|that) (?:bridge|tracks|train tracks|railway line|railway|cliffs?|cliff edge|"
    r"motorway bridge|overpass|multi storey|car park roof|rooftop|ledge|viaduct|quarry|river|"
    r"weir|pier)\b"
    # ...not a bridge to be built, paid for, crossed on a trip or seen on screen
    r"(?! (?:scene|loan|collapse|project|design|repair|repairs|toll|club|game|song|chapter|"
    r"episode|photo|picture|walk|trip|view|we built|i built|job|contract|work)\b)"
)

_JUMP_UNFOUND = needles.compile(
    r"\b(?:best|quietest|safest|easiest|good|a|the|which|what) (?:place|spot|places|spots|"
    r"bridge|building|cliff|height) (?:\S+ ){0,2}?to jump\b(?: \S+){0,4}? (?:where|so) "
    r"(?:no one|nobody|noone|no body) (?:will|would|can|could) (?:find|see|stop|save|reach)\b"
)


def crisis(plain: str) -> bool:
    """A voice urging death the writer is giving in to, a bridge dwelt on after losses, or a
    place asked to jump unfound."""
    if _VOICE_AGREED.search(plain) or _JUMP_UNFOUND.search(plain):
        return True
    return _DWELT.search(plain) is not None and _LOSSES.search(plain) is not None
