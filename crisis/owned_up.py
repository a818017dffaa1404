"""Risk owned up to in plain, short words that the longer rules pass by.

Four kinds, each read on normalised text:

- an overdose told as done: "i did it. i took the pills. now what" -- the act owned up to, the
  pills named, and what comes next asked; the full reply with the medical emergency first. So is
  the act owned up to beside a whole box or bottle of a medicine named with no verb at all ("ok
  did it. whole bottle of sertraline. bye"); a box of chocolates, a bottle of wine, a box of old
  tablets handed back to the chemist or flushed away are the lookalikes;
- a safety told to carers that was not true: "i said i was fine to the crisis team but i'm not,
  i still want to do it" -- the intent kept behind a reassurance; the full reply;
- a way asked to stop one's breathing: "can you mix esketamine with something so it stops your
  breathing" -- a purpose, not a side effect asked after; the full reply, however light the frame;
- someone seen on a roof or a ledge in tears, or at the end of a pier or a sea wall refusing to
  come back, the water said to "have him": "the teenager next door is on the roof of the flats
  crying" -- the reply for helpers (fishing, photos of the sunset are the lookalikes).

Everyday lookalikes stay quiet: "i did it! passed my test", "took the pills back to the chemist",
"i told my boss i was fine with it but i still want to do it my way", "does ketamine slow your
breathing", "the roofer is on the roof fixing the slates", "the cat is on the roof crying".
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PILLS = (
    r"(?:the|all the|all my|all of my|my|a whole|the whole|a bottle of|a box of|a load of)? ?"
    r"(?:\w+ )?(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|"
    r"bottle|packet|box|lot|them all|all of them)"
)
# "i took the pills", "i have swallowed all my tablets", "i took them all"
_TOOK = needles.compile(
    r"\bi (?:have |just |finally |actually )?(?:took|taken|swallowed|downed|necked|had) " + _PILLS
)
# The act owned up to or what next asked: "i did it", "i went through with it", "now what".
_OWNED = needles.compile(
    r"\bi (?:did it|have done it|actually did it|went through with it|have gone through with it)\b"
    r"(?! (?:again|myself|right|wrong|for)\b)|"
    r"\b(?:now what|what now|what happens now|what do i do now|what will happen now)$"
)
# The pills taken for what they are for, or taken somewhere: not an overdose.
_TAKEN_WELL = needles.compile(
    r"\b(?:back to|to the|to my|for my|for the|as prescribed|with food|with water|on time|"
    r"this morning as|antibiotics?|vitamins?|hayfever|the pill|birth control|test|exam|driving|"
    r"passed|interview)\b"
)


# A whole container of a medicine named, no verb needed: "whole box of lithium", "the entire
# strip of sertraline", "all of my quetiapine".
_MED = (
    r"(?:\w+(?:pam|lam|pine|done|xetine|triptyline|tyline|clone|pidem|codone|balin|pentin|azine|"
    r"peridol|praline|oxetine|afaxine)|lithium|tramadol|codeine|co codamol|paracetamol|"
    r"acetaminophen|tylenol|ibuprofen|aspirin|insulin|propranolol|morphine|oxy\w*|fentanyl|"
    r"methadone|xanax|valium|seroquel|ambien|sleeping (?:pills|tablets)|painkillers|pills|tablets|"
    r"meds|antidepressants|sleepers|benzos)"
)
_WHOLE = needles.compile(
    r"\b(?:whole|entire|full) (?:box|bottle|pack|packet|strip|blister|tub|jar|sheet|"
    r"prescription|month s supply|supply) (?:of )?(?:my |the |his |her )?" + _MED + r"\b"
    r"|\ball (?:of )?(?:my|the) " + _MED + r"\b"
)
# The act owned up to with the "i" dropped, at the start: "ok did it", "done it".
_DID = needles.compile(
    r"^(?:ok |okay |so |well |right |yeah )?(?:did it|done it|went through with it)\b"
    r"(?! (?:again|right|wrong|for|in|on|with|at|to)\b)"
)
# The box got rid of or handed back, or something else than the medicine done: not an overdose.
_GOT_RID = needles.compile(
    r"\b(?:flush\w*|threw|thrown|throw|binned|bin|toilet|sink|handed|hand|gave|give|given|"
    r"returned|return|got rid|disposal|dispose\w*|pharmacy|chemist|pharmacist|locked|lock|"
    r"refill\w*|collected|picked up|ordered|bought|prescribed|off of|off|weaned|tapered|quit|"
    r"stopped|came off|coming off|free|clean|sober|organi[sz]er|dosette|pill box|weekly|daily|"
    r"reminder|schedule|routine|on time|remembered)\b"
)


def overdose(plain: str) -> bool:
    """An overdose told as done: pills taken, with the act owned up to or what next asked."""
    if _TOOK.search(plain) and _OWNED.search(plain) and not _TAKEN_WELL.search(plain):
        return True
    owned = _OWNED.search(plain) is not None or _DID.search(plain) is not None
    return bool(owned and _WHOLE.search(plain) and not _GOT_RID.search(plain))


# A reassurance given to those who check: "i said i was fine to the crisis team", "told my
# therapist i was ok", "lied to the nurse that i was safe".
_REASSURED = needles.compile(
    r"\b(?:said|told|promised|lied|swore|assured)\b.{0,40}\b(?:fine|ok|okay|alright|all right|"
    r"safe|better|not going to|would not)\b"
)
_CARERS = needles.compile(
    r"\b(?:crisis team|crisis line|therapist|doctor|gp|psychiatrist|psych|nurse|counsell?or|"
    r"care coordinator|mental health team|hospital|ward|a and e|helpline|samaritans|everyone|"
    r"family|parents|mum|mom|dad|wife|husband|partner)\b"
)
# The intent kept: "i still want to do it", "still planning to go through with it".
_STILL = needles.compile(
    r"\bi (?:still|really still) (?:want|wanna|mean|plan|intend|am going|am gonna|am planning) "
    r"(?:to )?(?:do it|go through with it|end it|end things|kill myself|die|not be here)"
    r"(?: (?:tonight|today|anyway|soon|though))?$"
)


def still_meant(plain: str) -> bool:
    """An intent kept behind a reassurance told to carers or family."""
    return bool(_STILL.search(plain) and _REASSURED.search(plain) and _CARERS.search(plain))


# A purpose to stop breathing or a heart: "so it stops your breathing", "to make my heart stop",
# "enough to stop my breathing" -- not a side effect asked after ("does it slow your breathing").
_STOP_BREATH = needles.compile(
    r"\b(?:so (?:that )?(?:it|they|you|i|my heart|your heart) (?:stops?|will stop|would stop|"
    r"just stops?)|to make (?:it|me|you|my heart|your heart|my breathing|your breathing) stop|"
    r"enough to stop) (?:your |my |the |someone s )?(?:breathing|heart|heartbeat|heart beating)"
    r"(?! (?:through|so|loud|loudly|heavily|in|out|shallow|hard|fast|for a (?:second|moment))\b)|"
    r"\b(?:so (?:that )?|to make |make )(?:your|my|the|someone s) (?:heart|breathing|heartbeat) "
    r"(?:stops?|will stop|would stop)\b(?! (?:racing|pounding|hurting|aching|fluttering|skipping|"
    r"beating (?:so|too|that|fast)|being|feeling|going)\b)"
)
# Means mixed or taken for that purpose: "mix esketamine with something", "take enough of".
_MIX = needles.compile(r"\b(?:mix|combine|take|add|put|use|overdose on|how much)\b")


def stop_breathing(plain: str) -> bool:
    """A way asked to stop one's breathing or heart, by a means mixed or taken."""
    return bool(_STOP_BREATH.search(plain) and _MIX.search(plain))


# A person at a height: "teenager next door is on the roof of the flats", "a girl on the ledge".
# The end of a pier or a sea wall is a drop into deep water, as a ledge is a drop: "fisherman
# from my village standing at the end of the pier, refusing to come down".
_AT_HEIGHT = needles.compile(
    r"\b(?:teenager|teen|kid|boy|girl|lad|man|woman|guy|neighbour|neighbor|student|son|daughter|"
    r"brother|sister|friend|someone|somebody|he|she|they|fisherman|farmer|uncle|aunt|cousin|mate|"
    r"dad|father|mum|mom|mother|husband|wife|partner|bloke|stranger|grandad|grandpa)\b"
    r"(?: \w+){0,3} (?:(?:is|s|was|are|sitting|standing|stood|sat) )?(?:up |out )?(?:on|at) "
    r"(?:the|a|top of the) (?:(?:very )?(?:end|edge) of the )?(?:\w+ )?(?:roof|rooftop|ledge|edge|"
    r"bridge railing|railing|parapet|balcony rail|pier|jetty|quay|breakwater|sea wall|harbour "
    r"wall|harbor wall|cliff|cliff edge|dam wall)\b"
)
# Tears or refusal to come down, or the water said to have them: what makes the height a risk,
# not a job or a game.
_DISTRESSED = needles.compile(
    r"\b(?:crying|sobbing|in tears|screaming|shaking|will not come down|won t come down|"
    r"refusing to come down|not coming down|hysterical|refus\w* to (?:come|step|move|get) "
    r"(?:down|back|off|away)|(?:shouting|yelling|calling|begging|pleading with) (?:at )?(?:him|"
    r"her|them) to (?:come|step|get|climb) "
    r"(?:down|back|off|away)|(?:the )?(?:sea|water|river|lake|waves) can (?:have|take) (?:him|her|"
    r"them|me))\b"
)
_ON_THE_ROOF_FOR_A_REASON = needles.compile(
    r"\b(?:cat|kitten|dog|bird|pigeon|seagull|gull|roofer|builder|workman|fixing|repair|"
    r"repairing|gutter|gutters|slates|tiles|aerial|ball|frisbee|drone|kite|film|movie|game|"
    r"play|scene|book|episode|laughing|crying laughing|fishing|rod|bait|catch\w*|photo\w*|"
    r"selfie|sunset|propos\w*)\b"
)


def at_height(plain: str) -> bool:
    """Someone else on a roof or a ledge, in tears or not coming down: helpers' reply."""
    if _ON_THE_ROOF_FOR_A_REASON.search(plain):
        return False
    return bool(_AT_HEIGHT.search(plain) and _DISTRESSED.search(plain))
