"""Someone else who told of a means in hand and then went quiet: the reply for helpers.

A volunteer on a chat line, a friend on the phone or a gamer on voice writes that the other
person said they had the pills in their hand, the rope ready or the blade out, and then the line
dropped, the chat ended or they stopped answering ("someone just said they had the pills in
their hand and then went quiet. connection dropped. what now"). No word of death is in it; the
means held by another and the silence after it are what tell it. Both are needed: a chat that
dropped about rotas, or a friend with a knife out for the onions who went quiet because she was
busy (a kitchen knife is not counted), are not it, and the lookalikes (a volunteer asking about
training, a call that dropped in a tunnel) stay quiet. Read on normalised text; pure, nothing
here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

# Another person who said they held a means, or had it ready.
_MEANS_HELD = _compile(
    r"\b(?:they|he|she|someone|somebody|the caller|the texter|the person|my friend|my mate)\b"
    r"(?: \S+){0,4}? (?:had|has|got|was holding|is holding|were holding|are holding|was "
    r"sitting with|had got) (?:the |a |some |all (?:the |their |his |her )?|their |his |her )?"
    r"(?:pills|tablets|meds|rope|noose|blade|razor|gun|bottle of pills)\b"
    r"(?: \S+){0,3}? (?:in (?:their|his|her) hands?|ready|lined up|on (?:the|their|his|her) "
    r"(?:lap|bed|table|desk))\b"
)
# The silence after it: the line, the chat or the person gone quiet.
_WENT_QUIET = _compile(
    r"\b(?:went quiet|went silent|gone quiet|gone silent|stopped (?:replying|responding|"
    r"answering|typing)|hung up|line went dead|connection (?:dropped|died|cut out|was lost)|"
    r"call (?:dropped|cut out|ended)|chat (?:ended|closed|dropped)|disconnected|lost (?:the )?"
    r"connection|not (?:replying|answering|responding) (?:now|any more|anymore))\b"
)


def other(plain: str) -> bool:
    """True when another person told of a means in hand and then went quiet."""
    return _MEANS_HELD.search(plain) is not None and _WENT_QUIET.search(plain) is not None
