"""Everyday messages from students and newcomers that only sound like a crisis.

- a death idiom about an exam, a test or a deadline, laughed at and carried on with ("tomorrow
  i have french exam, i will die 😅 but i finish lesson 4");
- things given away or goodbyes said before flying home for the summer or the holidays ("giving
  away my lamp before i fly home, leaving on the 14th, bye everyone!").

Each is excused only without a word of real harm beside it ("i'm not going home", pills, a note,
"for good"): a cover story told as a trip still fires. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis.vocab import _compile

# "i will die", "i am dead", "gonna die" about a test, with a laugh or a "but" carrying on.
_EXAM_DEATH = _compile(
    r"\b(?:exams?|tests?|quiz|quizzes|midterms?|finals|presentation|deadline|essay|assignment|"
    r"viva|oral|homework|lesson|class)\b(?: \S+){0,12}? (?:i will|i am going to|gonna|"
    r"i am gonna|going to) (?:die|be dead)\b",
    r"\b(?:i will|i am going to|gonna|i am gonna|going to) (?:die|be dead)\b(?: \S+){0,12}? "
    r"(?:exams?|tests?|quiz|midterms?|finals|presentation|deadline|essay|assignment)\b",
)
_LAUGHED = re.compile(
    r"😅|😂|🤣|😆|😭|💀|\blol\b|\bhaha|\blmao\b|\bbut i (?:finish|finished|did|"
    r"will|studied|passed|am)\b"
)
# Leaving for a trip home at the end of term: "before i fly home for summer", "leaving on the
# 14th", "going home for the holidays".
_TRIP_HOME = _compile(
    r"\b(?:fly|flying|flight|travel\w*|going|heading|moving|move) (?:back )?(?:home|abroad|back "
    r"to \w+)\b",
    r"\bfor (?:the )?(?:summer|holidays?|winter break|spring break|christmas|the break|eid|"
    r"ramadan|new year)\b",
    r"\b(?:end of (?:the )?(?:term|semester|year)|my (?:exchange|semester) (?:is )?(?:over|ends?)|"
    r"graduat\w*)\b",
)
_SELLING = _compile(
    r"\b(?:giving away|give away|selling|free to (?:a )?good home|anyone want|who wants|"
    r"bye everyone|goodbye everyone|bye all)\b"
)
# Words of real harm, or the trip denied: then the goodbye is read as it sounds.
_BUT = _compile(
    r"\b(?:not (?:really |actually )?(?:going|flying|coming) (?:home|back)|never coming back|"
    r"for good|forever|pills?|tablets?|note|letters?|kill\w*|suicid\w*|end (?:it|my)|last "
    r"(?:message|night|goodbye)|will not (?:need|be (?:here|around|alive)))\b"
)


def not_meant(text: str, plain: str) -> bool:
    """Whether ``plain`` (and ``text``, for the laughing emoji) is one of the everyday kinds."""
    if _BUT.search(plain):
        return False
    if _EXAM_DEATH.search(plain) and _LAUGHED.search(text.casefold() + " " + plain):
        return True
    return _SELLING.search(plain) is not None and _TRIP_HOME.search(plain) is not None
