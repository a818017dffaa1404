"""Plans, preparations, means at hand and farewells told in plain errands, with no word of dying.

Kinds, read on normalised text:

- ``_BOUGHT_QUIETLY``: pills bought a strip at a time or from different chemists "so nobody
  gets suspicious" (the full reply); a pregnancy test or condoms bought discreetly, and a mother's
  medicine bought from two shops because one ran out, stay quiet;
- ``_STOPPED_SAVED``: one's medicine stopped and the tablets saved, often counted ("stopped my
  meds and i'm saving them. almost 60 now", the full reply); medicine stopped and taken back to
  the pharmacy, or money saved, stays quiet;
- ``_KEY_KNOWN``: a parent's gun at home and the writer knows where the key or the code is (the
  full reply); a gun cleaned, taken to the range or locked away for a child's safety stays quiet;
- ``_LAST_WORDS``: a phone sold or things given away, and "this is the last" (the full reply);
- ``_NIGHT_THANKED``: "tonight is the night" beside a thank-you in the past tense, "it was nice
  learning about ..." (the full reply); a gig, a date or a match tonight stays quiet;
- ``_WHEN_AND_HOW``: "just thinking about when and how", with nothing said of what (the
  check-in); when and how to tell one's parents, to propose or to quit stays quiet;
- ``_BYE_FOREVER``: the writer who told a friend or family "bye forever" and blocked or cut them
  off (the check-in); an ex blocked after a break-up stays quiet;
- ``_END_THIS``: "i have to end this somehow" beside "there is no other way out" (the full
  reply), after debts or shame told at length; a relationship, a contract or a streak to end
  stays quiet.

Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_PILLS = (
    r"(?:pills?|tablets?|tabs|meds|medicines?|sleeping (?:pills|tablets|tabs|meds)|"
    r"paracetamol|panadol|tylenol|crocin|dolo|calpol|ibuprofen|aspirin|codeine|painkillers?|"
    r"strips?|packs?|boxes|blister packs?)"
)
_BOUGHT_QUIETLY = needles.compile(
    r"\b(?:bought|buying|buy|got|getting|picked up|collected) (?:\w+ ){0,4}?" + _PILLS + r"\b"
    r"(?: \S+){0,8}? (?:so (?:that )?(?:nobody|no one|noone|they|the chemist|the pharmacist) "
    r"(?:gets? suspicious|suspects?|notices?|asks?|finds? out|would (?:notice|ask|suspect))|"
    r"without (?:anyone|anybody) (?:noticing|asking|knowing)|so it does not look suspicious)\b"
)
_BOUGHT_ERRAND = needles.compile(
    r"\b(?:pregnancy tests?|condoms?|morning after|plan b|contracepti\w*|lube|test kits?|"
    r"hair dye|(?:for|to) (?:my|our) (?:mum|mom|mother|dad|father|nan|gran\w*|son|daughter|"
    r"kid|wife|husband)|(?:my|our) (?:mums|moms|mothers|dads|fathers|nans|grans|grandmas|"
    r"grandads|sons|daughters|kids|wifes|husbands)|ran out|out of stock|sold out|shortage|"
    r"surprise|gift|present)\b"
)

_STOPPED_SAVED = needles.compile(
    r"\b(?:stopped|quit|stopped taking|not taking|have not been taking|skipping|skipped|"
    r"pretending to take) (?:my |the |all my )?(?:\w+ )?(?:meds|medication|medicine|pills|"
    r"tablets|antidepressants|sleeping pills|lithium|insulin)\b(?: \S+){0,6}? (?:saving|"
    r"hoarding|collecting|stashing|stashed|hoarded|stockpiling|putting aside|saved) "
    r"(?:them|it|those|the rest|every one|each one|all of them)\b"
    r"(?! (?:\w+ ){0,3}?(?:to (?:return|give|take|hand)|for (?:the )?(?:pharmac\w*|chemist|"
    r"disposal|return)|in case (?:i|they) (?:need|restart)))"
    r"(?!.*\b(?:gp|doctor|pharmacist|appointment|review|clinic)\b)"
)

_GUN = (
    r"(?:revolver|pistol|gun|rifle|shotgun|firearm|handgun|service weapon|glock|airgun|"
    r"twelve bore|12 bore|dunali|katta)"
)
_KEY_KNOWN = needles.compile(
    r"\b(?:my |our )?(?:dad|dads|father|fathers|papa|papas|mum|mums|mom|moms|uncle|uncles|"
    r"grandad|grandads|grandpa|grandpas|husband|husbands|brother|brothers|stepdad|stepdads)"
    r"(?: s)? (?:\w+ ){0,2}?" + _GUN + r"\b(?: \S+){0,12}? i (?:know|found out|figured out|"
    r"worked out) (?:where|what) (?:the |his |her )?(?:key|keys|code|combination|combo|pin) "
    r"(?:is|are|to it)\b"
)
_GUN_ERRAND = needles.compile(
    r"\b(?:clean\w*|range|hunting|shoot(?:ing)? (?:club|season|practice)|licen[cs]e renewal|"
    r"inspection|police check|safety course|so (?:my|the) (?:kid|kids|son|daughter|little)|"
    r"toddler|child ?proof|locked it away|gave the key)\b"
)

_LAST_WORDS = needles.compile(
    r"\b(?:sold|gave away|given away|gave|handed over) (?:my |all my |the )?(?:\w+ )?(?:phone|"
    r"laptop|bike|car|things|stuff|savings|money|belongings|watch|guitar|jewellery|gold)\b"
    r".*\bthis (?:is|was) (?:the|my) last(?: (?:message|msg|text|one|time))?$"
)

_NIGHT_THANKED = needles.compile(
    r"\b(?:tonight|tonights|tonight s)(?: is| s)? the night\b.{0,80}?\b(?:(?:it|this) (?:was|"
    r"has been|s been) (?:nice|good|great|fun|lovely|cool) (?:learning|talking|chatting|knowing|"
    r"having)|thanks? (?:you )?for everything)\b"
)
_TONIGHTS_EVENT = needles.compile(
    r"\b(?:game|match|final|concert|gig|show|party|date|premiere|launch|wedding|birthday|prom|"
    r"exam|interview|propos\w*|flight|trip|move|moving|first day|debut|release|stream|results|"
    r"class|lesson|course|tour)\b"
)

_WHEN_AND_HOW = needles.compile(
    r"\b(?:thinking|think|thought|deciding|decide|figuring out|planning|working out|worked "
    r"out) (?:about |of |over )?(?:the )?(?:when and how|how and when|when and where|where and "
    r"when|how and where)\b(?! (?:to|i|we|you|he|she|they|it|the|my|our)\b)"
)
_WHEN_ERRAND = needles.compile(
    r"\b(?:tell|telling|propos\w*|quit|quitting|resign\w*|move|moving|announce\w*|come out|"
    r"coming out|wedding|baby|pregnan\w*|trip|holiday|surprise|break up|breaking up|business|"
    r"launch|exam|job|apply|applying)\b"
)

_BYE_FOREVER = needles.compile(
    r"(?:^|\bi |\bi have |\bi ve |\bjust )(?:told|texted|messaged|said|wished) (?:my |our )?"
    r"(?:\w+ ){0,2}?(?:bye|goodbye|good bye|farewell) (?:forever|for good|for ever|for the last "
    r"time)\b(?: \S+){0,6}? (?:blocked|deleted|unfollowed|cut (?:off|contact)|switched off)\b"
)
_BREAK_UP = needles.compile(
    r"\b(?:ex|exes|boyfriend|girlfriend|bf|gf|crush|situationship|toxic|cheat\w*|dumped|"
    r"break ?up|broke up|relationship|dating|stalk\w*|harass\w*|abus\w*|best decision|good "
    r"riddance|moving on|feel free|feels good|healing|boundaries)\b"
)

_END_THIS = needles.compile(
    r"\bi (?:have to|need to|must|got to|gotta|will have to) end (?:this|it|it all|everything|"
    r"all this|all of this)\b(?! (?:\w+ ){0,2}?(?:relationship|friendship|marriage|call|"
    r"meeting|chat|conversation|streak|subscription|contract|lease|loan|game|chapter|thread|"
    r"argument|fight|debate|cycle|habit|addiction|project|series|story|deal)\b)"
    r"(?: \S+){0,8}? (?:there is |theres |there s |i see |i have |i got )?no (?:other )?(?:way "
    r"out|option|choice|escape)\b(?! of (?:the|this|my) (?:contract|lease|deal|loan|job|course|"
    r"relationship|marriage)\b)"
)


def read(plain: str) -> Verdict | None:
    """The verdict of the first of these kinds told in ``plain``, or None."""
    if _BOUGHT_QUIETLY.search(plain) and not _BOUGHT_ERRAND.search(plain):
        return Verdict(CRISIS, "bought quietly")  # from different chemists, nobody suspicious
    if _STOPPED_SAVED.search(plain):
        return Verdict(CRISIS, "stopped saved")  # "stopped my meds and i'm saving them"
    if _KEY_KNOWN.search(plain) and not _GUN_ERRAND.search(plain):
        return Verdict(CRISIS, "key known")  # dad's revolver, "i know where the key is"
    if _LAST_WORDS.search(plain):
        return Verdict(CRISIS, "last words")  # a phone sold, "this is the last"
    if _NIGHT_THANKED.search(plain) and not _TONIGHTS_EVENT.search(plain):
        return Verdict(CRISIS, "night thanked")  # "tonight is the night. it was nice learning"
    if _WHEN_AND_HOW.search(plain) and not _WHEN_ERRAND.search(plain):
        return Verdict(CHECK, "when and how")  # "just thinking about when and how"
    if _END_THIS.search(plain):
        return Verdict(CRISIS, "end this")  # "i have to end this somehow, no other way out"
    if _BYE_FOREVER.search(plain) and not _BREAK_UP.search(plain):
        return Verdict(CHECK, "bye forever")  # "told my best friend bye forever, blocked her"
    return None
