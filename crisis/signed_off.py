"""A farewell to everyone with nothing ordinary behind it: the full crisis reply.

People rarely write "I am going to kill myself" when they sign off; they write "sorry for
everything everyone. this is it from me", "so long. forgive me guys", or tell of goodbyes said to
friends who believe a cover story ("they think i am travelling"). Each rule needs two things: a
goodbye to everyone (or "this is it from me") and a sorry, a "forgive me", or a cover story.
A leaving party, a last day at work, a move, a holiday, a late reply or a chat left for the
night give the goodbye an ordinary reason and keep it quiet.

Someone else who posted such a farewell and went silent since gets the helpers' reply.
Read on normalised text (lower case, no punctuation); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_FAREWELL = _compile(
    r"\b(?:this is it from me|that is it from me|so long|goodbye|good bye|bye)"
    r"(?: (?:everyone|everybody|all|guys|y all|world|friends|family))?\b"
    r"|\bfarewell (?:everyone|everybody|all|guys|y all|world|friends|family)\b"
)
_SORRY = _compile(
    r"\b(?:sorry for everything|sorry for all of it|forgive me|please forgive|i am sorry "
    r"everyone|sorry everyone|sorry guys)\b"
    r"(?! (?:i|you|we|he|she|they|that|this|for (?!everything|all of it)))"
)
# The goodbyes said, with the friends left believing an ordinary reason.
_COVER = _compile(
    r"\b(?:told|said) (?:\w+ ){0,3}?(?:goodbyes?|bye|byes|farewells?)\b(?: \S+){0,8}? "
    r"(?:they|everyone|she|he) (?:think|thinks|believe|believes) i am (?:travelling|traveling|"
    r"going away|moving|leaving|going on a trip|going abroad|relocating)\b"
)
# An ordinary reason for the goodbye: a move, a job left, a trip, a chat left for the night.
_ORDINARY = _compile(
    r"\b(?:party|leaving do|send off|last day|new job|moving|move|flight|airport|trip|holiday|"
    r"vacation|retir\w*|graduat\w*|see you|see y all|tomorrow|tonight s|next week|monday|later|"
    r"late reply|delay\w*|spam|wrong chat|typo|group chat|signing off for (?:the|to)|for (?:today|"
    r"now|the night|the week|this week|the day)|logging off|offline|lol|haha|mutual|stream|"
    r"episode|season|podcast|newsletter|column|pun|joke|thanks for all the fish|match|game|"
    r"colleague|coworker|co worker|team)\b"
)
_THEIRS_SILENT = _compile(
    r"\b(?:my \w+|he|she|they|friend|partner)\b(?: \S+){0,3}? (?:gone|went|has gone|has been|"
    r"is|been) (?:silent|quiet|offline|unreachable)\b(?: \S+){0,6}? (?:after|since) (?:\w+ ){0,2}?"
    r"(?:posting|posted|sending|sent|writing|wrote|texting|texted|saying|said)\b"
    r"(?=.*\b(?:forgive me|sorry for everything|goodbye everyone|bye everyone|this is it)\b)"
)


def own(plain: str) -> bool:
    """True when the writer signs off to everyone with a sorry, or behind a cover story."""
    if _COVER.search(plain):
        return True
    if _FAREWELL.search(plain) and _SORRY.search(plain):
        return _ORDINARY.search(plain) is None
    return False


def theirs(plain: str) -> bool:
    """True when someone else posted such a farewell and has been silent since."""
    return _THEIRS_SILENT.search(plain) is not None
