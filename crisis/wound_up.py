"""Affairs wound up, a means looked at or kept back, a place sat at: the check-in (``check``).

People who have decided tell it by what they finish and what they keep:

- ``_FINAL_HANDOVER``: a work handover, a goodbye or a tidy-up that is "more of a final" one,
  with no leave, new job or move to explain it;
- ``_OWN_WILL``: the writer's own will drafted, and no need of work or pay "after";
- ``_CLOSED``: accounts deleted and memberships cancelled, then "wrapping everything up" or only
  the course left;
- ``_KEPT_FOR_LAST``: things given away, one kept "for the last night" or "for the end";
- ``_TIDY_BEFORE``: a tidy-up "before the end", or done as a parent did "before he went";
- ``_STARED_AT_WORK``: a lethal drug at work stared at "too long";
- ``_LEGS_OUTSIDE``: sitting on a terrace wall, a roof's edge or a parapet with the legs over;
- ``_UP_TO_CHEST``: in the sea or a river up to the chest, and "easier than i thought";
- ``_WATER_SORT``: the cold water or the sea left to "sort it" or "do the rest";
- ``_GUN_SETTLES``: a gun cleaned, loaded or by the bed, which "settles" the matter or the call;
- ``_GUN_OUT``: a parent's gun taken out of the safe while they are away;
- ``_HELD_BACK``: guns or pills handed over for safe keeping, and one still kept back;
- ``_BLADE_USED``: a blade kept in a bag and used in a toilet at work or school;
- ``_MARKS_HIDDEN``: marks hidden under sleeves, and "did it" so many times;
- ``_AT_PEACE``: "don't worry about me after today" beside peace made or readiness;
- ``_WAITING``: meds run out or a therapist gone, and only waiting "for the right moment" now;
- ``_TOOK_ME``: not minding if an illness or a pregnancy "took me with it";
- ``_LAST_READ``: the last lesson the writer "will read", with a goodbye to everyone; thanks
  passed on in the past tense ("tell them they were kind to me") with a goodbye.

Lookalikes name their errand and stay quiet: a handover before parental leave, a will drafted
for a client, accounts deleted for a move, books given away at graduation, a chart or a dose
stared at, friends and a sunset on the wall, a swim, an ice bath, a rifle cleaned for the
season, a box cutter at the warehouse, eczema hidden under sleeves, a ring waiting for its
moment. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_ERRAND = needles.compile(
    r"\b(?:leave|maternity|paternity|parental|sabbatical|holiday|vacation|new job|new role|"
    r"notice|resign\w*|quit|quitting|retir\w*|moving|move|relocat\w*|transfer\w*|promot\w*|"
    r"contract ends|internship ends|last day|leaving do|emigrat\w*|abroad|graduat\w*|surgery|"
    r"operation|detox|digital|break from)\b"
)

_FINAL_HANDOVER = needles.compile(
    r"\b(?:more (?:of )?a|more like a|basically a|kind of a|sort of a|call it a|think of it as a)"
    r" (?:final|last|permanent) (?:handover|hand over|goodbye|farewell|sign off|clear out|"
    r"clearout|tidy up|wrap up)\b"
)
_OWN_WILL = needles.compile(
    r"\b(?:drafting|drafted|draft|wrote|writing|written|updated|updating|finished|signed|started "
    r"drafting|started writing) my (?:own )?will\b"
    r"(?=.*\b(?:will not|never|do not|would not) (?:need|have) to (?:bill|work|pay|do|clock|log|"
    r"show up|come in|answer|file|invoice)\b(?: \w+){0,3}? (?:after|afterwards|after that)$)"
)
_CLOSED = needles.compile(
    r"\b(?:deleted|closed|cancelled|canceled|deactivated) (?:my|the)\b(?: \w+){1,6}? "
    r"(?:deleted|closed|cancelled|canceled|deactivated|unsubscribed)\b"
    r"(?=.*\b(?:wrapping (?:everything|it all|things) up|tying up (?:the )?loose ends|only "
    r"(?:this|the) course (?:is )?left)\b)"
)
_KEPT_FOR_LAST = needles.compile(
    r"\b(?:giving|gave|given|handing|handed) (?:\w+ ){0,3}?away\b.*\bkeeping (?:one|the|my|a|"
    r"just one)\b(?: \w+){0,2}? for (?:the|my) (?:last night|last day|end|final night)$"
)
_TIDY_BEFORE = needles.compile(
    r"\b(?:tidy|tidying|tidied|sort|sorting|square|squaring) (?:up|things up|everything up|it "
    r"all up) before the end\b(?! of)"
    r"|\b(?:what|like) (?:my )?(?:dad|father|mum|mom|mother|grandad|pop) did before (?:he|she) "
    r"went$"
)
_STARED_AT_WORK = needles.compile(
    r"\bstar(?:ed|ing|e) at (?:the |our |a )?(?:potassium|kcl|insulin|propofol|fentanyl|morphine|"
    r"midazolam|pento\w*|euthasol|sux|succinylcholine|vecuronium|digoxin|controlled drugs?|drug "
    r"cupboard|crash cart|resus trolley)\b(?: \w+){0,5}? (?:too long|way too long|for ages|for "
    r"a long time|for an hour|longer than i should)\b"
    r"(?!.*\b(?:chart|dose|calculation|label|expiry|order|prescription|sheet|maths?|count)\b)"
)
_LEGS_OUTSIDE = needles.compile(
    r"\b(?:sitting|sat|standing|perched) on (?:the |a |my |our )?(?:terrace|roof|rooftop|balcony|"
    r"parapet|ledge|railing|bridge|building s|hostel|college) ?(?:wall|edge|railing|ledge)?\b"
    r"(?: \w+){0,2}? (?:with )?(?:my )?legs (?:outside|over(?: the (?:edge|side))?|dangling"
    r"(?: over)?|hanging (?:over|off|outside))\b"
    r"(?!.*\b(?:sunset|photo\w*|pic|pics|view|beer|drinks?|friends|mates|we|picnic|festival|"
    r"pool|fireworks|stars|chai|coffee)\b)"
)
_UP_TO_CHEST = needles.compile(
    r"\bin the (?:sea|ocean|river|lake|water|loch|surf)\b(?: \w+){0,2}? up to my (?:chest|neck|"
    r"shoulders|chin)\b(?=.*\b(?:easier than|not coming back|keep walking|let go|ready)\b)"
    r"(?!.*\b(?:swim\w*|surf\w*|wetsuit|dip|plunge|paddl\w*|race|training|club|fish\w*|kids|"
    r"beach day|holiday)\b)"
)
_WATER_SORT = needles.compile(
    r"\blet the (?:cold |dark )?(?:water|sea|river|ocean|tide|current) "
    r"(?:sort it|sort me|do the rest|take care of it|finish it|have me)$"
)
_GUN = r"(?:gun|rifle|shotgun|pistol|revolver|22)"
_GUN_SETTLES = needles.compile(
    r"\b(?:cleaned|loaded|oiled) the " + _GUN + r"\b.*\b(?:settles|settle|sorts|answers) (?:it|"
    r"that|the conversation|things|the matter|the call)\b"
    r"(?!.*\b(?:hunt\w*|range|deer|roo|roos|fox|foxes|pig|pigs|vermin|season|rabbits?|comp)\b)"
)
_GUN_OUT = needles.compile(
    r"\b(?:got|taken|took|have|have got|pulled) (?:my )?(?:dads|fathers|mums|moms|brothers|"
    r"grandads|husbands|stepdads) " + _GUN + r" out of (?:the|his|her|their) (?:gun )?(?:safe|"
    r"cabinet|locker)\b(?=.*\b(?:he is|hes|she is|shes|they are|theyre) (?:at work|out|away|"
    r"asleep|gone)\b)"
    r"(?!.*\b(?:clean\w*|hunt\w*|range|season|deer|duck|sight\w*|scope|lesson|show|photo)\b)"
)
_HELD_BACK = needles.compile(
    r"\b(?:gave|handed|given) (?:my |all my |the )?(?:guns|rifles|firearms|pills|meds|tablets|"
    r"blades)\b(?: \w+){0,5}? (?:for safe ?keeping|to keep|to hold|to look after)\b.*\b(?:still "
    r"(?:got|have|have got) (?:the|a|one|my)|kept (?:one|the|a) back)\b"
)
_BLADE_USED = needles.compile(
    r"\bkeep (?:the |a |my )?(?:blade|razor|razor blade)\b.*\bused it\b(?: \w+){0,3}? in the "
    r"(?:\w+ )?(?:loo|toilet|toilets|bathroom|restroom|stall|washroom)\b"
)
_MARKS_HIDDEN = needles.compile(
    r"\bhid(?:e|ing)? (?:the |my )?(?:marks|scars|cuts)\b(?: \w+){0,3}? (?:long )?sleeves\b"
    r"(?=.*\bdid it (?:\d+ ?x|\d+ times|again|twice|three times)\b)"
    r"(?!.*\b(?:eczema|psoriasis|tattoo\w*|rash|bruis\w*|hickey|bites?|burns? from|surgery)\b)"
)
_AT_PEACE = needles.compile(
    r"\b(?:do not|dont) worry about me after (?:today|tonight|tomorrow)\b(?=.*\b(?:made my peace|"
    r"at peace|i am ready|it is time)\b)"
)
_WAITING = needles.compile(
    r"\b(?:meds|medication|pills|prescription|therapist|counsellor|psychiatrist)\b.*\b(?:just )?"
    r"waiting for the right (?:moment|time)(?: now)?$"
)
_TOOK_ME = needles.compile(
    r"\b(?:would not|do not|will not) mind if (?:this|the|my) (?:\w+ ){0,2}?(?:took|takes|take) "
    r"me with (?:it|her|him)\b"
)
_LAST_READ = (
    needles.compile(
        r"\blast (?:one|lesson|message|email|thing) i will (?:ever )?(?:read|open|do|write|send)\b"
        r"(?! (?:today|tonight|this|before|for now|until|till|in))"
        r"(?=.*\b(?:take care of yourselves|look after yourselves|goodbye|farewell)\b)"
    ),
    needles.compile(
        r"\btell\b(?: \w+){0,8}? (?:they|you|he|she) (?:were|was) (?:so |very )?(?:kind|good|nice|"
        r"lovely) to me\b(?=.*\b(?:goodbye|farewell)\b)"
    ),
)

_PLAIN = (
    _TIDY_BEFORE,
    _STARED_AT_WORK,
    _LEGS_OUTSIDE,
    _UP_TO_CHEST,
    _WATER_SORT,
    _GUN_SETTLES,
    _GUN_OUT,
    _HELD_BACK,
    _BLADE_USED,
    _MARKS_HIDDEN,
    _AT_PEACE,
    _WAITING,
    _TOOK_ME,
    *_LAST_READ,
)
# ...these are work's and life's own words too: a leave, a move or a graduation excuses them
_AFFAIRS = (_FINAL_HANDOVER, _OWN_WILL, _CLOSED, _KEPT_FOR_LAST)


# The writer's own deed, whoever else is named: "my dad's gun... he's at work"
_OWN = (_GUN_OUT, _HELD_BACK, _TIDY_BEFORE, _MARKS_HIDDEN, _BLADE_USED)


def own(plain: str) -> bool:
    """A kind here told of the writer's own deed, though another person is named beside it."""
    return any(rule.search(plain) for rule in _OWN)


def check(plain: str) -> bool:
    """One of the kinds here, in ``plain`` (normalised)."""
    if any(rule.search(plain) for rule in _PLAIN):
        return True
    return any(rule.search(plain) for rule in _AFFAIRS) and _ERRAND.search(plain) is None
