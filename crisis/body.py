"""Signs of a physical emergency: chest pain, trouble breathing, choking, fainting, a seizure, a
child who swallowed a battery, very high blood pressure, a sudden severe headache or the signs of
a stroke.

Someone who writes "my chest hurts and my heart is racing after my infusion" needs to be told to
get medical help now, not offered a grounding exercise. This reads the message for such signs in
English and a few other languages; the bot puts the emergency number first when it finds one,
and keeps the caring words of the distress reply after it (a panic attack feels the same from
inside, and nobody can tell the two apart by chat). Pure: no I/O, nothing logged.
"""

from __future__ import annotations

import re

from crisis import needles

_PATTERNS = (
    # Chest pain or pressure, in several wordings.
    r"\bchest (?:pains?|hurts?|hurting|is (?:tight|hurting|killing me)|tightness|pressure)",
    r"\b(?:pain|pressure|tightness|tight feeling) (?:in|on|across) my chest",
    r"\bmy chest (?:feels )?(?:tight|heavy|crushed|on fire)",
    # Breathing.
    r"\b(?:can'?t|can not|cannot|unable to|struggling to|hard to|trouble|difficulty) "
    r"(?:properly |really )?(?:breath(?:e|ing)?|catch my breath|get (?:enough )?air)",
    r"\bshort(?:ness)? of breath\b",
    r"\b(?:lips|face) (?:are |is |going |turning )?(?:blue|grey|gray)\b",
    # Fainting, seizures, not waking.
    r"\b(?:i|he|she|they) (?:just )?(?:fainted|passed out|blacked out|collapsed)\b",
    r"\b(?:having|had) (?:a )?(?:seizure|fit|convulsions?)\b",
    r"\b(?:won'?t|can'?t|cannot) wake (?:him|her|them) up\b",
    r"\b(?:he|she|they|my \w+)(?:'s| is| are|'re)?\s*(?:not|n'?t|isn'?t|aren'?t) "
    r"(?:breathing|responding|waking up)\b",
    # Choking, and a child who swallowed a battery or magnets (both need help within minutes).
    r"\b(?:is|are|'s|'re|i'm|im|i am|keeps|started|starts|baby|toddler|child|kid|son|daughter|"
    r"dad|mum|mom|he|she|someone|somebody|a man|a woman|a person) (?:still )?(?:choking|choked on)"
    r"\b(?! (?:up|back|under)\b)",
    r"\b(?:i|toddler|baby|child|kid|kids|son|daughter|boy|girl|grandson|granddaughter|little one|"
    r"year old|yr old|y/?o)"
    r"(?:'s)? (?:has |just |may have |might have |might've |may've |)(?:just )?"
    r"(?:swallowed|ate|eaten) (?:\w+ ){0,3}?(?:batter(?:y|ies)|magnets?|button cells?)\b",
    # Blood pressure very high (a systolic reading of 180 or more) or said to be dangerous.
    r"\b(?:blood pressure|bp)\b[^.!?\n]{0,40}\b(?:1[89]\d|2\d\d)\s*/\s*\d{2,3}\b",
    r"\b(?:blood pressure|bp)\b[^.!?\n]{0,25}\b(?:through the roof|sky ?high|"
    r"dangerously high|really high|very high|super high|extremely high)",
    # The worst headache, and the signs of a stroke.
    r"\b(?:worst|sudden|severe|splitting) headache",
    r"\bheadache[^.!?\n]{0,30}\b(?:worst|sudden|can'?t see|blurred|blurry)",
    r"\b(?:face|arm|one side)[^.!?\n]{0,15}\b(?:drooping|droops|numb|went numb|weak)\b",
    r"\bslurr(?:ed|ing) (?:my )?(?:speech|words)\b",
    # Other languages: chest pain and not being able to breathe.
    r"\bdolor (?:en el|de) pecho\b|\bno puedo respirar\b|\bme falta el aire\b",
    r"\bdor no peito\b|\bn[ãa]o consigo respirar\b|\bfalta de ar\b",
    r"\bbrustschmerzen\b|\bschmerzen in der brust\b|\bich (?:kann|bekomme) (?:nicht|keine luft)"
    r"(?: atmen| mehr atmen)?\b|\batemnot\b",
    r"\bdouleurs? (?:à la|dans la|a la) poitrine\b|\bje n'?arrive (?:pas|plus) à respirer\b",
    r"\bdolore al petto\b|\bnon riesco a respirare\b",
    r"\bбол(?:ь|ит) в груди\b|\bне могу дышать\b",
)
_BODY = needles.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# A racing or pounding heart is an emergency sign only with another one, or after a treatment.
_HEART = needles.compile(
    r"\bheart (?:is |keeps |was )?(?:racing|pounding|beating (?:so |really |very )?fast|"
    r"skipping|going crazy)|\bpalpitations\b",
    re.IGNORECASE,
)
_AFTER_TREATMENT = needles.compile(
    r"\b(?:after|since|during) (?:my |the |this |today'?s )?(?:infusion|session|treatment|"
    r"dose|spray|sprays|spravato|esketamine|ketamine|appointment)",
    re.IGNORECASE,
)
# Told as history, as a question about others, or about a film: no emergency now.
_NOT_NOW = needles.compile(
    r"\b(?:years ago|last year|months ago|when i was (?:a )?(?:kid|child|young)|in the film|"
    r"in the movie|in the book|in my novel|lol|lmao|haha\w*|rofl)\b|😂|🤣|"
    r"\bwhat (?:should|do) (?:you|people) do if\b|\bwhat (?:to do|happens) (?:if|when)\b|"
    r"\bwhen (?:he|she|i|they|we) (?:was|were) (?:\w+ )?(?:two|three|four|five|little|small|a baby|"
    r"a kid|a child|a toddler|\d+)\b",
    re.IGNORECASE,
)


# Choking said of a game, a team, tears or plants: no one is short of air.
_CHOKING_IDIOM = needles.compile(
    r"\bchok\w* (?:back|under|up\b)|\b(?:playoffs?|finals?|match|game|team|lakers|pressure|"
    r"clutch|weeds?|tomatoes|plants?|garden|exam|interview)\b",
    re.IGNORECASE,
)


def urgent(text: str) -> bool:
    """Whether the message describes a physical emergency happening now."""
    text = text.replace("\u2019", "'")  # a phone's curly apostrophe
    if not text or _NOT_NOW.search(text):
        return False
    idiom = _CHOKING_IDIOM.search(text) is not None
    if any(not (idiom and "chok" in m.group(0).lower()) for m in _BODY.finditer(text)):
        return True
    return bool(_HEART.search(text) and _AFTER_TREATMENT.search(text))
