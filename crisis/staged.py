"""An end set up in plain, practical words, as doctors, nurses and pharmacists tell it: the full
reply (``CRISIS``).

- ``_PLACE_UNDECIDED``: parked or standing at a cliff, a bridge, a roof or the tracks, the engine
  off, "still deciding";
- ``_NO_STOP``: at a station, the fast or through trains that do not stop at this platform;
- ``_MEANS_AT_HOME``: knowing exactly what would work and that it is at home or to hand;
- ``_BROUGHT_HOME``: benzodiazepines, opioids or other ward drugs brought home from work, "not
  for sleep", or for weeks on end;
- ``_NOT_KNOWN_PERMANENT``: a pet, the keys or the children left with someone who "does not know
  it is permanent";
- ``_WILL_AND_PET``: a will made and a pet handed on in the same breath, with no journey, move
  or operation named (``_AWAY_FOR_A_WHILE``);
- ``_COVER_STORY``: a hotel booked under a cover story ("told my partner it's a conference")
  that the writer then denies ("it's not");
- ``_SECOND_LETTER``: a resignation written and then a second letter for the family;
- ``_OFF_THE_ROTA``: the team "better off" without the writer, who "won't be on the next rota".

Lookalikes stay quiet: a sunset or dinner still being decided at the cliffs, the fast trains
that make the writer late, what would work for a stain, prescriptions brought home for a parent
or drugs taken back for destruction, a will and a pet-sitter before a holiday or an operation,
a surprise weekend behind the cover story, a resignation letter with a note to the family about
a move, a rota left for leave or a new job. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_DROP = (
    r"(?:cliffs?|cliff edge|edge|bridge|viaduct|roof|rooftop|top floor|tracks|railway|quarry|"
    r"gorge|dam|pier|car park|multi ?storey|ledge|lookout)"
)
# ...a card game, a bar or a party of the same name
_NOT_A_DROP = r"(?! (?:club|night|game|party|tournament|hotel|restaurant|bar|cafe|pub|terrace)\b)"
_PLACE_UNDECIDED = _compile(
    r"\b(?:parked|sat|sitting|stood|standing|stopped|pulled up|am|i am|at|on) (?:\S+ ){0,4}?"
    r"(?:at|on|by|near|over|top floor|top) (?:the )?(?:top of |edge of |end of )?(?:the )?"
    + _DROP
    + r"\b"
    + _NOT_A_DROP
    + r"(?: \S+){0,12}? (?:still deciding|not decided yet|have not decided|cannot decide|"
    r"undecided)$",
    r"\b(?:at|on) (?:the )?(?:\S+ ){0,2}?" + _DROP + r"\b" + _NOT_A_DROP + r"(?: \S+){0,6}? "
    r"(?:still deciding|not decided yet|have not decided|cannot decide|undecided)$",
)
_NO_STOP = _compile(
    r"\b(?:at|on) (?:the )?(?:station|platform|train station)\b(?: \S+){0,4}? (?:the )?(?:fast|"
    r"express|through|non ?stop|freight|intercity) trains? (?:do not|does not|never|will not) "
    r"stop (?:here|at this (?:platform|station)|at this one)$",
)
_MEANS_AT_HOME = _compile(
    r"\bi know (?:exactly|precisely|just|full well) what would (?:work|do it|be enough)\b"
    r"(?! (?:for|on|to|better|best|with|here|there)\b)(?: \S+){0,4}? (?:(?:and )?(?:it is|its) "
    r"(?:in|at|under|on)|i have (?:it|got it)|(?:it is|its) (?:right )?there)\b",
)
_WARD_DRUGS = (
    r"(?:benzos|benzodiazepines|opioids|opiates|morphine|oxy\w*|fentanyl|diazepam|midazolam|"
    r"lorazepam|zopiclone|temazepam|ketamine|propofol|pentobarb\w*|insulin|sleepers|controlled "
    r"drugs|cds|vials|ampoules|amps)"
)
_BROUGHT_HOME = _compile(
    r"\b(?:bringing|brought|taking|took|sneaking|snuck|sneaked|carrying) (?:\S+ ){0,2}?"
    + _WARD_DRUGS
    + r" (?:home )?(?:from|out of|off) (?:the |my |our )?(?:ward|unit|work|theatre|theater|"
    r"pharmacy|hospital|practice|clinic|ambulance|icu|ed)\b(?: \S+){0,4}? (?:not (?:for|to "
    r"help (?:me )?with) (?:sleep|sleeping|the pain|pain|my back|anxiety|nerves)|for (?:weeks|"
    r"months))\b(?!.*\b(?:return\w*|destroy\w*|destruction|dispos\w*|recycl\w*|sharps|"
    r"for (?:a|the) patient|for my (?:mum|mom|dad|nan|gran|grandma|grandad|husband|wife|"
    r"partner))\b)",
)
_NOT_KNOWN_PERMANENT = _compile(
    r"\b(?:dog|dogs|cat|cats|pets?|rabbit|kids|children|keys|plants|car)\b(?: \S+){0,16}? "
    r"(?:she|he|they|nobody|no one) (?:does not|do not|did not) know (?:it is|its|it will be|"
    r"this is|that it is) (?:permanent|for good|forever|for ever)\b",
)
_WILL_AND_PET = _compile(
    r"\bmy will\b(?: \S+){0,8}? (?:dropped|left|took|gave|rehomed|handed|brought) (?:off )?"
    r"(?:the |my |our )?(?:dog|dogs|cat|cats|pets?|rabbit|horse|bird)\b",
)
# ...a will and a pet-sitter before a journey, an operation or a move
_AWAY_FOR_A_WHILE = _compile(
    r"\b(?:holiday|trip|travel\w*|surgery|operation|op|deployment|tour|honeymoon|flight|moving|"
    r"move|abroad|hospital stay|vacation|while i am away|while we are away)\b"
)
_COVER_STORY = _compile(
    r"\b(?:booked|reserved|got) (?:a |an |the |us a )?(?:hotel|room|airbnb|b and b|bnb|cabin|"
    r"cottage)\b(?: \S+){0,8}? (?:told|telling) (?:my |the |our )?(?:\S+ )?(?:it is|its) (?:a |"
    r"for (?:a )?|for )?(?:conference|course|work|training|meeting|trip|exam|study day|"
    r"teaching)\b(?: \S+){0,2}? (?:it is not|its not|it is not really|it isnt)$",
)
_SECOND_LETTER = _compile(
    r"\b(?:wrote|written|writing|typed|drafted) (?:my |a |the )?(?:resignation|notice|"
    r"letter of resignation)\b(?: \S+){0,6}? (?:a |another )?(?:second|other|last|final) "
    r"(?:letter|note) (?:for|to) (?:my |the )?(?:family|wife|husband|kids|children|partner|"
    r"parents|mum|mom|dad|girlfriend|boyfriend)\b"
    r"(?! (?:about|explaining|saying|telling|asking|for (?:christmas|their|her|his))\b)",
)
_OFF_THE_ROTA = _compile(
    r"\bbetter off (?:with|without)\b(?: \S+){0,16}? (?:i )?(?:will not|wont|am not going to) "
    r"be (?:on|in|around for|at) (?:the )?(?:next|new|coming) (?:rota|shift|rotation|"
    r"placement|block|term)\b",
)
# ...the rota left for leave, a new post or a move
_ROTA_LEFT = _compile(
    r"\b(?:leave|holiday|annual leave|mat leave|paternity|new job|new post|rotation to|moving|"
    r"placement at|contract ends|resigned|handed in my notice)\b"
)


def crisis(plain: str) -> bool:
    """One of the kinds here, told in ``plain`` (normalised)."""
    kinds = (
        _PLACE_UNDECIDED,
        _NO_STOP,
        _MEANS_AT_HOME,
        _BROUGHT_HOME,
        _NOT_KNOWN_PERMANENT,
        _COVER_STORY,
        _SECOND_LETTER,
    )
    if any(kind.search(plain) for kind in kinds):
        return True
    if _WILL_AND_PET.search(plain) and not _AWAY_FOR_A_WHILE.search(plain):
        return True
    return _OFF_THE_ROTA.search(plain) is not None and _ROTA_LEFT.search(plain) is None
