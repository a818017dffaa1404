"""The everyday talk of later life that shares words with a crisis: a funeral planned ahead, a
memory of a husband or a wife, someone's funeral told as a lovely send-off.

Older people plan their own funerals with a funeral home ("pre-planned my funeral today, picked
the hymns, I'm 81 and I want it sorted"), and they tell what they and a late spouse used to do
("my husband and I used to watch it every night"). Planning one's own funeral is also a warning
sign, and a memory of the dead can carry a wish to follow them; so each kind here needs its
errand named (the funeral home, the hymns, a prepaid plan) or the memory told as one, and none
of the words of an end of one's own beside it (``lookalikes.own_end``). Read on normalised text;
pure, nothing here logs.
"""

from __future__ import annotations

from crisis import lookalikes, needles

# One's own funeral planned ahead...
_OWN_FUNERAL = needles.compile(
    r"\b(?:pre ?planned|pre ?planning|pre ?plan|pre ?arranged|pre ?paid|prepaid|planned|planning|"
    r"plan|arranged|arranging|organi[sz]ed|organi[sz]ing|sorted|sorting|paid for|chose|chosen|"
    r"picked) (?:out )?(?:my|our) (?:own )?funerals?\b"
)
# ...as an errand with the people and things a funeral is arranged with
_FUNERAL_ERRAND = needles.compile(
    r"\b(?:funeral (?:home|homes|director|directors|parlou?r|service|plan|plans|insurance)|"
    r"undertakers?|co op|hymns?|readings?|coffin|casket|cremation (?:plan|option)|burial plot|"
    r"plot next to|prepaid|pre ?paid|pre ?planned|pre ?arranged|policy|premiums?|"
    r"(?:so|then) (?:the |my |our )?(?:kids|children|family|son|daughter|wife|husband) (?:do not|"
    r"will not|would not|wo not) have to)\b"
)
# ...never beside a date, a means or a goodbye
_FUNERAL_BUT = needles.compile(
    r"\b(?:soon|this week|next week|tonight|tomorrow|ready to go|ready now|the last thing|"
    r"everything is ready|all ready|nothing left|pills|tablets|rope|gun|note|letters?|goodbye|"
    r"say goodbye|will not (?:be )?need\w*|no longer need\w*|the rest of|lessons?|last)\b"
)

# A memory of what the writer and someone close used to do, told as a memory.
_USED_TO = needles.compile(
    r"\b(?:we|(?:my|our) (?:late )?(?:husband|wife|hubby|partner|mum|mom|dad|mother|father|"
    r"grandma|grandpa|nan|gran|brother|sister|son|daughter|friend) and i|(?:he|she) and i) "
    r"(?:always |would |often |all )?used to\b"
)
# ...with no sign of a loss that hurts now, nor of a wish to follow
_MEMORY_BUT = needles.compile(
    r"\b(?:now|anymore|any more|since (?:he|she|they)|without (?:him|her|them)|alone|lonely|"
    r"miss|missing|empty|join|follow|(?:be|go|get) (?:back )?(?:with|to) (?:him|her|them)|"
    r"want to (?:go|be|see|sleep)|wish|cry\w*|tears|can not|no one|nobody|no point|gone|ending|"
    r"pact)\b"
)
# Someone's funeral told as done and lovely: "the funeral was lovely, the house is quiet now
# that everyone has gone home", "grandad got a proper send off"
_SEND_OFF = needles.compile(
    r"\b(?:funeral|service|memorial|wake|send off) (?:\w+ ){0,3}?(?:was|went|were) (?:so |really |"
    r"very |just |absolutely )?(?:lovely|beautiful|perfect|well|nice|wonderful|moving|a "
    r"celebration|a proper send off|packed|full)\b"
    r"|\b(?:lovely|beautiful|perfect|wonderful|proper) (?:funeral|service|memorial|send off)\b"
)
# ...not one's own, and with no wish to follow nor a loss the writer cannot bear
_SEND_OFF_BUT = needles.compile(
    r"\b(?:my (?:own )?funeral|join|follow|(?:be|go|get) (?:back )?(?:with|to) (?:him|her|them)|"
    r"want to (?:go|be|see|sleep)|wish|can not|no one|nobody|no point|alone|lonely|next|soon)\b"
)


def send_off(plain: str) -> bool:
    """Someone's funeral told as a lovely send-off, with nothing of following them beside it."""
    if _SEND_OFF.search(plain) is None:
        return False
    return _SEND_OFF_BUT.search(plain) is None and not lookalikes.own_end(plain)


def funeral_arranged(plain: str) -> bool:
    """One's own funeral planned with a funeral home or a prepaid plan, and no end beside it."""
    if _OWN_FUNERAL.search(plain) is None or _FUNERAL_ERRAND.search(plain) is None:
        return False
    return _FUNERAL_BUT.search(plain) is None and not lookalikes.own_end(plain)


def fond_memory(plain: str) -> bool:
    """What the writer and someone close used to do, told with no loss or wish of now."""
    if _USED_TO.search(plain) is None:
        return False
    return _MEMORY_BUT.search(plain) is None and not lookalikes.own_end(plain)
