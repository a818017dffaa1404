"""An overdose told in formal or second-language English: "consumed", "ingested", "had". Full reply.

Writers of Indian, Nigerian or other second-language English, and older writers, tell an
overdose with the formal verb of a form or a doctor's note: "I have consumed 25 tablets of
paracetamol in the evening", "ingested 40 pills of my mother's", "I have had 30 tablets of
crocin". The other overdose rules read "took" and "swallowed"; this reads:

- ``_CONSUMED``: consumed, ingested, gulped or gobbled, and ten or more, or all, the whole or
  the full strip, bottle or box, of tablets, pills or a medicine;
- ``_AT_ONCE``: a week's tablets in one go, a pill organiser's contents swallowed, the blister
  packs emptied into a drink and drunk;
- ``_PATCHES``, ``_THE_REST``, ``_PIDGIN``: pain patches worn all at once, the rest of a
  sedating medicine or "the whole lot" popped, "plenty tablet" taken in Nigerian Pidgin;
- ``_GOUCHED``: a downer's stupor in street words with the amount on top of a prescription
  ("did 3 points on top of me script, feelin proper gouched").

Lookalikes stay quiet: a count over a month or a course, vitamins and mints, a question asked
beforehand ("what if someone consumed 20 tablets"), a count told as past and fine. Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_MEDICINE = (
    r"(?:tablets?|pills?|capsules?|caps|tabs|strips?|medicines?|medication|meds|paracetamol|"
    r"crocin|dolo|calpol|panadol|aspirin|ibuprofen|sleeping (?:pills|tablets)|painkillers|"
    r"antidepressants|\w+(?:pam|lam|pine|done|xetine|pram|zine|olol|adol))"
)
_CONSUMED = needles.compile(
    r"\b(?:consumed|consume|ingested|gulped|gulped down|gobbled|gobbled up|had eaten|have eaten|"
    r"i ate|eaten) (?:like |about |around |nearly |almost |more than |over )?(?:(?:1\d|[2-9]\d|"
    r"[1-9]\d{2})|all|all the|all of (?:my|the|his|her)|the whole|whole|the entire|entire|a full|"
    r"the full|full|one full|complete) (?:\S+ ){0,4}?" + _MEDICINE + r"\b"
)
_GOUCHED = needles.compile(
    r"\b(?:\d+|two|three|four|five) (?:points|bags|bits|baggies)\b(?: \S+){0,4}? on top of "
    r"(?:me|my|the) (?:script|methadone|meth|bupe|subutex|dose|meds)\b(?: \S+){0,5}? "
    r"(?:proper |well |totally |so |really |fully )?(?:gouched|gouching|gauched|nodding|wasted|"
    r"out of it|munted|fucked)\b"
)
# Patches worn all at once: "had all me nan's morphine patches on at once"
_PATCHES = needles.compile(
    r"\b(?:had|put|stuck|slapped|wearing|wore|got|have|ve got|put on) (?:all|all of|\d+|a load of|"
    r"loads of|a few|several|three|four|five|six|every one of) (?:\S+ ){0,3}?(?:fentanyl|morphine|"
    r"buprenorphine|butrans|opioid|pain|painkiller|durogesic)? ?patch(?:es)?\b(?: \S+){0,2}? "
    r"(?:on )?(?:at once|all at once|at the same time|together)\b"
)
# The rest of a sedating medicine, or the whole lot, taken: "popped the rest of my mirtazapine"
_THE_REST = needles.compile(
    r"\b(?:popped|swallowed|necked|downed|gulped) (?:\w+ ){0,2}?(?:the whole lot|the lot)\b(?! of)"
    r"|\b(?:popped|took|taken|had|swallowed|necked|downed|gulped|gone and took) (?:\w+ ){0,2}?"
    r"(?:the rest of (?:my|the|me|mums|dads|his|her) (?:\w+ )?(?:\w+(?:pine|"
    r"pam|lam|done|xetine|triptyline|tyline|clone|pidem|codone)|morphine|oxy\w*|tramadol|codeine|"
    r"paracetamol|lithium|pregabalin|gabapentin|sleeping (?:pills|tablets)|painkillers|benzos|"
    r"xanax|valium|diazepam))\b"
)
# A week's pills at once, the organiser's contents, the packs emptied into a drink
_AT_ONCE = needles.compile(
    r"\b(?:had|taken|took|swallowed|downed|necked|eaten|ate) (?:\w+ ){0,2}?(?:the |my |a )?"
    r"(?:whole |entire |full )?(?:week s|weeks|week|month s|months|fortnight s|fortnights|"
    r"two weeks) (?:worth of )?(?:\w+ )?(?:tablets|pills|meds|medication|medicine|doses)\b"
    r"(?: \S+){0,3}? (?:in one go|at once|all at once|together|in one)\b"
    r"|\b(?:swallowed|taken|took|had|downed|eaten|ate|drank) (?:all )?the (?:whole )?contents of "
    r"(?:my|the|his|her|mums|dads) (?:\w+ )?(?:pill (?:organi[sz]er|box|bottle)|dosette\w*|blister "
    r"packs?|medicine (?:cabinet|box|cupboard)|tablet (?:box|bottle|tub)|pill pot)\b"
    r"|\bemptied (?:\w+ ){0,3}?(?:tablets|pills|capsules|blister packs?|the (?:packet|pack|box|"
    r"bottle)s?)\b(?: \S+){0,3}? into (?:my|a|the) (?:\w+ )?(?:tea|drink|glass|coffee|water|"
    r"wine|whisky|whiskey|vodka|juice|smoothie|yoghurt|yogurt|soup|cup)\b(?: \S+){0,3}? and "
    r"(?:drank|drunk|had|swallowed|ate|downed|necked) (?:it|the lot|them)\b"
)
# In Nigerian Pidgin: "i done take plenty tablet"
_PIDGIN = needles.compile(
    r"\b(?:i don|i done|don|done) (?:take|swallow|drink|chop) (?:plenty|all|many|all di|all the|"
    r"\d{2,}) (?:\w+ )?(?:tablet|tablets|pill|pills|drug|drugs|medicine|capsule|capsules)\b"
)
_NOT_TAKEN = needles.compile(
    r"^(?:what|if|would|will|can|could|should|is it|does|do|how)\b|\bwhat (?:if|happens|would "
    r"happen)\b|\b(?:per day|a day|daily|each day|every day|this month|this year|over (?:the|a) "
    r"(?:week|month|year|course)|in a month|course of|prescribed|vitamins?|supplements?|"
    r"multivitamins?|gummies|iron tablets|mints|tic tacs|probiotics|chocolate|sweets|candy|"
    r"dishwasher|cleaning|years ago|last year|was fine|"
    r"were fine|in total|as usual|with breakfast|like the doctor said|as the doctor said|every "
    r"(?:morning|night|evening)|the doctor say|"
    r"as told|as directed)\b"
)


def overdose(plain: str) -> bool:
    """Ten or more tablets, or all of them, told as consumed or ingested; a stupor on top."""
    if _NOT_TAKEN.search(plain):
        return False
    told = (_CONSUMED, _GOUCHED, _PATCHES, _THE_REST, _PIDGIN, _AT_ONCE)
    return any(rule.search(plain) is not None for rule in told)
