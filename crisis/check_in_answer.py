"""A reply typed under the check-in's question, read as yes, no or unsure.

The check-in asks "Are you thinking about suicide or about hurting yourself?". People answer it
in words as often as with its buttons: "yes", "yes 😔", "yes, sometimes", "kinda", "idk", "no
i'm not", "not really". Only the start of the reply is read; ambivalence ("maybe", "I don't
know", "sometimes") counts as yes, as crisis lines treat it, and a no that goes on with "but"
is not a no. Pure.
"""

from __future__ import annotations

import re

YES, NO, UNSURE = "yes", "no", "unsure"

_START = r"^[\s\"'«“(]*"
_YES = re.compile(
    _START + r"(?:y|ya|yah|yes+|yeah+|yea|yep|yup|yess|sí|si|ja|oui|da|sim|"
    r"i am|i do|i have|i think so|i guess|i think about it|honestly yes|"
    r"maybe|perhaps|probably|kind of|kinda|sort of|sorta|a bit|a little|a lot|"
    r"sometimes|often|always|all the time|every day|everyday|constantly|lately|"
    r"i don'?t know|i dont know|idk|dunno|not sure|i'?m not sure)"
    r"(?![a-z'])",
    re.IGNORECASE,
)
_NO = re.compile(
    _START + r"(?:no+|nope|nah|naw|nein|non|não|nao|not at all|never|"
    r"(?:no,? )?(?:i'?m|i am) (?:ok|okay|fine|good|alright|all right|safe)|"
    r"(?:no,? )?(?:i'?m|i am) not(?! sure)|(?:no,? )?i (?:do not|don'?t)(?! know)|"
    r"(?:no,? )?i (?:have not|haven'?t)|all good|just (?:asking|curious))"
    r"(?![a-z'])",
    re.IGNORECASE,
)
_UNSURE = re.compile(
    _START + r"(?:not really|not exactly|not right now|not now|not today)(?![a-z'])", re.IGNORECASE
)
# "no, but sometimes ...", "no... not anymore than usual": a no with a turn in it is not a no.
_TURN = re.compile(
    r"\b(?:but|though|although|except|unless|sometimes|used to|lately|anymore)\b", re.IGNORECASE
)


def read(text: str) -> str | None:
    """YES, NO or UNSURE for a reply to the check-in's question, None when it is none of them."""
    if _UNSURE.match(text):
        return UNSURE
    if _NO.match(text):
        return UNSURE if _TURN.search(text) else NO
    if _YES.match(text):
        return YES
    return None
