"""A reply typed under the check-in's question, read as yes, no or unsure.

The check-in asks "Are you thinking about suicide or about hurting yourself?". People answer it
in words as often as with its buttons: "yes", "yes 😔", "yes, sometimes", "kinda", "idk", "no
i'm not", "not really". Only short replies are read, so that a question or a remark typed within
the hour ("yes please, the next lesson", "I'm not sure what NMDA means", "i'm not ok") keeps its
own reading. Ambivalence ("maybe", "I don't know", "sometimes") counts as yes, as crisis lines
treat it, and a no that goes on with "but" is not a no. Pure.
"""

from __future__ import annotations

import re

from crisis import needles

YES, NO, UNSURE = "yes", "no", "unsure"

_END = r"[\s.,!?…:;()\"'«»“”\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]*$"
# A plain yes, and up to a few words after it that are no question, thanks or request.
_YES = needles.compile(
    r"^\s*(?:y|ya|yah|yes+|yeah+|yea|yep|yup|sí|si|ja|oui|da|sim|honestly yes)(?![a-z'])"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_NOT_AN_ANSWER = needles.compile(
    r"\b(?:please|question|lesson|next|thanks?|thank you|better|course|ketamine|esketamine|"
    r"what|how|why|when|where|which|who|can|could|does|do you|send|menu|more|again|great|good|"
    r"fine|ok|okay|cool|sure)\b",
    re.IGNORECASE,
)
# Ambivalence and "often", as the whole reply (with "i think", "tbh" and the like around it).
_SOFT = needles.compile(
    r"^\s*(?:i think so|i guess|maybe|perhaps|probably|kind of|kinda|sort of|sorta|a bit|"
    r"a little|sometimes|often|always|all the time|every day|everyday|constantly|lately|"
    r"i don'?t know|i dont know|idk|dunno|not sure|i'?m not sure|i am|i do|i have|i have been|"
    r"i think about it|i'?ve been thinking about it)"
    r"(?:[\s,.…]+(?:i think|i guess|tbh|honestly|lately|sometimes|yes|yeah|maybe|a bit|"
    r"a little))*" + _END,
    re.IGNORECASE,
)
# A short no as the whole reply; "no one cares" and "i'm not ok" are not it.
_NO = needles.compile(
    r"^\s*(?:no+|nope|nah|naw|nein|non|não|nao|not at all|"
    r"(?:no,? )?(?:i'?m|i am) (?:ok|okay|fine|good|alright|all right|safe)|"
    r"(?:no,? )?(?:i'?m|i am) not(?: suicidal| thinking about (?:it|that)| really thinking that)?|"
    r"(?:no,? )?i (?:do not|don'?t)|(?:no,? )?i (?:have not|haven'?t)|all good|"
    r"just (?:asking|curious))"
    r"(?:[\s,.…]+(?:thanks|thank you|just asking|just curious|i'?m (?:ok|fine|good)|really|"
    r"honestly|not at all))*" + _END,
    re.IGNORECASE,
)
_UNSURE = needles.compile(
    r"^\s*(?:not really|not exactly|not right now|not now|not today)(?![a-z'])", re.IGNORECASE
)
# "no, but sometimes it crosses my mind": a no with a turn in it is not a no.
_NO_START = needles.compile(r"^\s*(?:no+|nope|nah|not at all)(?![a-z'])(?! one| body| point)", re.I)
_TURN = needles.compile(r"\b(?:but|though|although|except|unless|sometimes|used to|lately)\b", re.I)


def read(text: str) -> str | None:
    """YES, NO or UNSURE for a short reply to the check-in's question, None for anything else."""
    if len(text) > 120:
        return None
    if _UNSURE.match(text):
        return UNSURE
    if _NO_START.match(text) and _TURN.search(text):
        return UNSURE
    if _NO.match(text):
        return NO
    if _SOFT.match(text):
        return YES
    yes = _YES.match(text)
    if yes is not None:
        rest = yes.group("rest")
        if len(rest.split()) <= 8 and _NOT_AN_ANSWER.search(rest) is None:
            return YES
    return None
