"""Ends told as plain arrangements, in English, with no word of dying: the crisis reply or the
check-in (``read``).

- ``_STOCKED_SLOWLY``: pills gathered slowly, a box a week, and now counted or "enough" (the full
  reply); a prescription collected weekly "enough till friday", pill boxes collected as
  antiques, stay quiet;
- ``_BEAT_TO_IT``: someone "will kill me anyway" and so the writer "might as well do it first"
  or "beat him to it" (the full reply); "might as well start revising" stays quiet;
- ``_FOUND_LAST_TIME``: earlier attempts interrupted ("the neighbours found me") and this time
  arranged so that no one will (the full reply); hide and seek, a party's surprise, stay quiet;
- ``_NOTHING_THEN_END``: "i have nothing (left)" and then "i will finish it this weekend" (the
  full reply); nothing to wear or nothing planned, and a dress finished this weekend, stay
  quiet;
- ``_END_TOO``: "when the course ends i will end too" (the check-in); ending a subscription or
  a contract, said with its object, stays quiet;
- ``_SQUARED_UP``: debts paid back to everyone or the room cleared, "feels like closing the
  shop" (the check-in); debts paid "feels like a fresh start" stays quiet;
- ``_LEFT_TO_WHOM``: whom to leave one's savings or things to, decided before a day close by
  (the check-in); a will made with a solicitor or a notary, things left behind on a move, stay
  quiet.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_STOCKED_SLOWLY = needles.compile(
    r"\b(?:pills|tablets|meds|sleeping pills|painkillers|paracetamol|boxes|packets|packs|strips)"
    r"\b(?: \w+){0,8}? (?:collected|gathered|saved|stocked|put aside|put by|hoarded|stashed|"
    r"bought|picked up)(?: them| it)?(?: up)? (?:slowly|bit by bit|little by little|one (?:box|"
    r"pack|packet|strip|bottle) (?:a|every|each)|a (?:box|pack|packet|strip|few) (?:a|every|"
    r"each)|every (?:week|month|day|time)|over (?:the )?(?:weeks|months|year))\b"
    r"(?=.*\b(?:enough|\d+ (?:now|so far|in total|altogether)|now (?:i have|there are) \d+)\b)"
    r"(?!.*\b(?:enough (?:for|to last|till|until|to get)|pill ?box(?:es)? collect\w*|antique|"
    r"organi[sz]er|expired|dispos\w*|take back|return\w*)\b)"
)
_BEAT_TO_IT = needles.compile(
    r"\b(?:will|ll|would|gonna|going to|is going to|are going to) kill me\b(?: \S+){0,8}? "
    r"(?:so )?(?:i )?(?:(?:might|may) as well (?:just )?(?:do it|end it|finish it|get it over)"
    r"(?: (?:myself|first|before|for (?:him|her|them)))?|(?:will|ll|ill|gonna|going to) beat "
    r"(?:him|her|them) to it|save (?:him|her|them) the (?:trouble|job|bother))\b"
)
_FOUND_LAST_TIME = needles.compile(
    r"\b(?:found|saved|rescued|got to) me\b(?: \S+){0,12}? this time\b(?: \S+){0,12}? "
    r"(?:no (?:one|neighbours|neighbors|people|flatmates|roommates)|nobody|noone|alone|by myself|"
    r"on my own|where no one|where nobody|(?:will|wo) not find|can not find|no one (?:will|can|"
    r"would) (?:find|know|come)|nobody (?:will|can|would) (?:find|know|come))\b"
)
# ...a game or a party: "in hide and seek my brother found me every round"
_AT_PLAY = needles.compile(
    r"\b(?:hide and seek|hid|hiding|seek|game|tag|paintball|surprise|party|escape room|round)\b"
)
_NOTHING_THEN_END = needles.compile(
    r"\bi have nothing(?: left)?\b(?! (?:to|for|on|in|but|planned|going|new|much|else|against))"
    r"(?: \S+){0,6}? (?:i will|i ll|ill|i am going to|i m going to|im going to|gonna|i am gonna) "
    r"(?:finish|end) (?:it|this|everything)(?: all)? (?:this|tonight|tomorrow|on|soon|before|by|"
    r"next)\b"
)
_END_TOO = needles.compile(
    r"\b(?:i will|i ll|ill|i am going to|i m going to|im going to|i am gonna|gonna|then i|i) end "
    r"(?:too|as well|also|with it)\b"
)
_SQUARED_UP = needles.compile(
    r"\b(?:paid (?:back )?(?:everyone|everybody|all)(?: back)?|paid (?:off )?(?:all )?my (?:debts|"
    r"loans)|returned everything|gave back everything|cleaned (?:out )?my room|cleared (?:out )?"
    r"my room|sorted my things)\b"
    r"(?=.*\b(?:feels like|like|as if|almost like) (?:i am |i m )?(?:closing (?:the |up )?(?:shop|"
    r"store|books|account)|shutting (?:up )?shop|wrapping (?:it|things|everything) up|tying up "
    r"loose ends|putting things in order|the last (?:chapter|page|day)|a last)\b)"
)
_LEFT_TO_WHOM = needles.compile(
    r"\b(?:should|do|shall|would) i leave my (?:\w+ )?(?:savings|money|things|stuff|gold|"
    r"jewel\w*|car|flat|house|laptop|books|land|shares) to (?:my |the )?\w+(?: \w+)? or (?:to )?"
    r"(?:my |the )?\w+\b"
    r"(?=.*\b(?:before|by|until|till) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tonight|tomorrow|the weekend|this weekend|next week|the end of the week)\b)"
    r"(?!.*\b(?:will writ\w*|solicitor|lawyer|notary|attorney|estate planning|appointment|"
    r"move|moving|abroad|emigrat\w*|when i die in|someday|one day|old age)\b)"
)


def read(plain: str) -> Verdict | None:
    """The reply for an end told as a plain arrangement in ``plain`` (normalised), or None."""
    for rule in (_STOCKED_SLOWLY, _BEAT_TO_IT, _NOTHING_THEN_END):
        if rule.search(plain):
            return Verdict(CRISIS, "closing up")
    if _FOUND_LAST_TIME.search(plain) and _AT_PLAY.search(plain) is None:
        return Verdict(CRISIS, "closing up")
    for rule in (_END_TOO, _SQUARED_UP, _LEFT_TO_WHOM):
        if rule.search(plain):
            return Verdict(CHECK, "closing up")
    return None
