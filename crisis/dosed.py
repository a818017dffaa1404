"""An overdose told by its count or its intent, with no word of dying: the full reply.

- ``_MIXED_ON_PURPOSE``: a sedating medicine mixed or taken with drink, a lot of it, "on
  purpose" ("took a load of my zopiclone with the wine, deliberately"), not a mix done by
  mistake or asked about beforehand;
- ``_MANY_SINCE``: a count of ten or more of a medicine had since this evening or in the last
  hours, or with the body answering ("had about 20 of the tramadol since lunch, room spinning"),
  not a month's prescription counted, nor a dose taken as prescribed.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_DRUG = (
    r"(?:\w+(?:pam|lam|pine|done|xetine|triptyline|tyline|clone|pidem|codone|balin|pentin|"
    r"azine|peridol)|morphine|oxy\w*|tramadol|codeine|co codamol|paracetamol|ibuprofen|lithium|"
    r"sleeping (?:pills|tablets)|painkillers|benzos|xanax|valium|pills|tablets|meds|"
    r"insulin|propranolol|fentanyl|methadone|heroin)"
)
_DRINK = (
    r"(?:vodka|wine|whisky|whiskey|gin|rum|beer|cider|booze|alcohol|drink|tequila|brandy|"
    r"spirits|lager)"
)
_MIXED_ON_PURPOSE = needles.compile(
    r"\b(?:mixed|took|taken|had|swallowed|necked|downed|washed down)\b(?: \S+){0,3}? "
    + _DRUG
    + r" (?:with|and|down with) (?:\S+ ){0,2}?"
    + _DRINK
    + r"\b(?: \S+){0,6}? (?:on purpose|"
    r"deliberately|intentionally|purposely|and i meant it)\b"
)
_COUNT = r"(?:[1-9][0-9]|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|two dozen)"
_MANY_SINCE = needles.compile(
    r"\b(?:i have had|i had|i ve had|had|taken|i took|took|swallowed|necked|downed) (?:like |"
    r"about |around |maybe |nearly |over |at least )?" + _COUNT + r" (?:of )?(?:the |my |those "
    r"|these )?" + _DRUG + r"\b(?: \S+){0,3}? (?:since (?:this evening|tonight|lunch|this "
    r"morning|dinner|tea|midnight|[0-9]{1,2} ?(?:am|pm)?|i got home|you asked)|in the (?:last|past)"
    r" (?:hour|few hours|couple of hours|two hours|\S+ hours)|tonight|just now|an hour ago)\b"
    # ...not a month's supply counted or a prescription kept to
    r"(?!.*\b(?:prescri\w*|as directed|per day|a day|this month|over the month|this week|"
    r"over a week|pharmacy|refill|left in the (?:box|pack|bottle))\b)"
)


def crisis(plain: str) -> bool:
    """A medicine mixed with drink on purpose, or a count of ten and more had since evening."""
    return _MIXED_ON_PURPOSE.search(plain) is not None or _MANY_SINCE.search(plain) is not None
