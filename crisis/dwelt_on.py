"""An end dwelt on without its word, in English: the check-in (``mine``).

- ``_WATER_DWELT``: a river, a dam or a bridge the writer keeps thinking about, by how deep, how
  cold or how high it is ("i keep thinking about the dam on the back block. how deep it is. how
  cold");
- ``_AFTERLIFE_BEFORE``: whether heaven, hell or God's forgiveness is there for people who take
  their own life or "their own way out", asked because the writer needs to know, or "before";
- ``_ME_TO_STOP``: everything wanted to stop, the writer named among it ("the back pain, the
  bills, me. especially me");
- ``_SLOWING_AT``: a crossing, a bridge or a cliff driven or walked past again and again, the
  writer slowing down or stopping there (not for a camera, the lights or the view);
- ``_MEANS_DWELT``: a poison, a gun, a rope or pills at hand that the writer thinks about or
  looks at "more than a bloke should" (not a question of storing it safely or buying one);
- ``_NOTHING_TO_BUILD``: nothing left to build, to fight for or to get up for, said of a life
  at the end of a message or "for me";
- ``_TREATMENT_DEADLINE``: a treatment that may not work, and no other year, winter or round
  after it ("if this ketamine thing doesnt work im not doing a 5th year. i mean that"), or given
  a last date with the writer "out" after it ("giving the infusions till easter. after that i'm
  out").

``other`` is the same place dwelt on by someone the writer names ("my son keeps talking about the
dam, how deep it is"): the reply for helpers.

Lookalikes stay quiet: a dam's level after the rain or a swim in the river remembered, the
afterlife asked about for a relative or for a class, the noise and the roadworks wanted to stop,
nothing left to build in a Lego set or on a site, another year of a degree or a job refused.
Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_PLACE = (
    r"(?:dam|river|lake|reservoir|quarry|weir|bridge|cliff|cliffs|tracks|railway|sea|ocean|"
    r"creek|canal|gorge|viaduct|overpass|falls|waterfall|harbour|harbor|pier|bay|estuary|"
    r"rooftop|roof|car park)"
)
_WATER_DWELT = _compile(
    r"\b(?:keep|kept|keeps|can not stop|cannot stop|always|been|started|start) (?:thinking|"
    r"picturing|imagining|dreaming|going back) (?:(?:about|of|to) )?(?:the|that) (?:\w+ ){0,3}?"
    + _PLACE
    + r"\b(?: \S+){0,8}? how (?:deep|cold|high|fast|far down|dark|quick|long the drop)\b"
    # ...said of the place itself: "how deep it is", "how fast the current is"
    r"(?= *$| (?:it|the water|the drop|the current|the river|the fall|the edge|down|it would|"
    r"it d)\b)",
)
# ...a level after the rain, a swim or a trip remembered, a job on the water: anywhere in it
_ON_THE_WATER = _compile(
    r"\b(?:was|were|swim\w*|fish\w*|kayak\w*|paddl\w*|boat\w*|holiday|trip|childhood|when we|"
    r"photo\w*|paint\w*|sketch\w*|drought|flood\w*|irrigat\w*|level|levels|rain\w*|storms?|"
    r"storage|pump\w*|stock|cattle|sheep|insurance|survey\w*|fence|build\w*|essay|project|"
    r"honeymoon|wedding|from our|as a kid|as kids|growing up|beautiful|lovely|gorgeous|stunning|"
    r"view|lesson|diagram|dose|module|slide|chart|graph|house|cottage|cabin|holidays?|can not "
    r"wait|visit\w*)\b",
)

# A place passed again and again, the writer slowing or stopping there
_SLOWING_AT = _compile(
    r"\b(?:keep|kept|been|always|started) (?:driving|walking|going|cycling|riding) (?:past|over|"
    r"by|across|to) (?:the|that) (?:\w+ )?(?:crossing|bridge|tracks|cliff|cliffs|overpass|"
    r"viaduct|quarry|river|dam|edge|car park|motorway bridge)\b(?: \S+){0,4}? (?:and|to) "
    r"(?:slow\w* down|slowing|stop\w*|pull\w* over|park\w*|stand\w*|look\w* (?:down|over)|"
    r"linger\w*|sit\w* there)\b",
)
_SLOWING_BUT = _compile(
    r"\b(?:camera|speed|traffic|lights|school|kids|view|photo\w*|sunset|scenery|roadworks|"
    r"police|ducks|birds|deer|train spotting|trainspotting|wave)\b",
)

# ...the same place dwelt on by someone else: "my son keeps talking about the dam, how deep it is"
_WATER_THEIRS = _compile(
    r"\b(?:he|she|they|son|daughter|husband|wife|partner|brother|sister|mum|mom|dad|friend|mate|"
    r"flatmate|roommate)\b (?:keeps?|kept|has been|s been|been) (?:talking|going on|asking|"
    r"thinking|on) (?:about|of) (?:the|that) (?:\w+ ){0,2}?" + _PLACE + r"\b(?: \S+){0,8}? how "
    r"(?:deep|cold|high|fast|far down|dark|quick|long the drop)\b",
)

_OWN_END = (
    r"(?:take|took|taking|takes) (?:their|his|her|your|my|one s) own (?:life|lives|way out)|"
    r"(?:kill|killed|killing) (?:themselves|themself|yourself|himself|herself)|commit\w* suicide|"
    r"end (?:their|his|her|your) (?:own )?(?:life|lives)|suicides?"
)
_AFTERLIFE_BEFORE = _compile(
    r"\b(?:heaven|hell|afterlife|after life|paradise|jannah|purgatory|god forgive|god forgives|"
    r"forgiven|the other side)\b(?: \S+){0,10}? (?:" + _OWN_END + r")\b"
    r"(?=.*\b(?:i need to know|need to know before|know before i|before i|asking (?:for )?"
    r"(?:myself|me)|for me\b|before$))"
    r"(?!.*\b(?:uncle|aunt|cousin|grandad|grandpa|grandma|nan|brother|sister|mum|mom|dad|son|"
    r"daughter|friend|class|essay|course|lesson|sermon|debate|priest said)\b)",
    r"\b(?:" + _OWN_END + r")\b(?: \S+){0,6}? (?:go|goes|get|gets|going|end up|still) "
    r"(?:to )?(?:heaven|hell|paradise|jannah|purgatory)\b"
    r"(?=.*\b(?:i need to know|need to know before|know before i|before i|asking (?:for )?"
    r"(?:myself|me)|for me\b|before$))",
)

_ME_TO_STOP = _compile(
    r"\b(?:want|need|wish|would like) (?:it all|all of it|everything|all this|all of this|all "
    r"that|it|the whole lot|the lot) to (?:stop|end|go away|be over)\b(?: \S+){0,14}? "
    r"(?:especially|including|mostly|most of all|above all|and|even) me\b(?! (?:and|to|too|"
    r"who|that|being|getting|having|stuck|going)\b)",
)

_NOTHING_TO_BUILD = _compile(
    r"\bnothing (?:left )?(?:for me )?to (?:build|fight for|get up for|work for|strive for|aim "
    r"for|hope for|look forward to|hold on to|save for)\b"
    r"(?= *$| for me\b| in my life\b| any ?more *$)",
)
# ...a set, a site or a game finished: anywhere in it
_BUILT = _compile(
    r"\b(?:lego|minecraft|set|kit|site|project|deck|base|game|model|extension|shed|patio|garden|"
    r"renovation|castle|sims|level|job is done|house is)\b",
)

_TREATMENT = (
    r"(?:ketamine|esketamine|spravato|infusions?|treatment|course|meds?|medication|therapy|tms|"
    r"ect|trial|thing|one|last option|last shot)"
)
_TREATMENT_DEADLINE = _compile(
    r"\bif (?:this|the|my|these) (?:\w+ )?" + _TREATMENT + r"(?: \w+)? (?:does not|do not|will "
    r"not|wo not|can not|fails? to|did not) (?:work|help|fix it)\b(?: \S+){0,4}? (?:i am not|i "
    r"will not|i wo not|i can not) (?:doing|do|going through|facing|having|lasting|surviving|"
    r"sticking around for|putting up with|getting through) (?:another|a|one more|the next|a "
    r"whole) (?:\w+ )?(?:year|years|winter|summer|christmas|birthday|decade|round)\b"
    r"(?! (?:of|at|in|with) (?:this|the|my|a) (?:job|course|degree|uni|school|commute|program|"
    r"programme|contract|place|clinic|doctor|flat)\b)"
    # ...nor a year of an errand ("of driving 2 hours to the clinic"), unlike "of living like this"
    r"(?! of (?!living|existing|suffering|feeling|waking|being (?:here|alive|me|like this|this "
    r"way|in pain))\w+ing\b)"
    r"(?!.*\b(?:try|trying|switch\w*|change|ask|instead|then i will|then i ll|move on to)\b)",
    # ...or "not hanging around" after it: "if this doesnt work by summer i'm not hanging around"
    r"\bif (?:this|it|the \w+|ketamine|esketamine|spravato|treatment) (?:does not|do not|did not|"
    r"will not|wo not) (?:work|help)\b(?: \S+){0,3}? (?:i am not|i will not|i wo not) (?:hanging|"
    r"sticking|staying|being|going to be|be) (?:around|here)\b(?! (?:the|this|that|at|in|to|"
    r"waiting|for (?:the|it|them|him|her|you))\b)",
    # a treatment given a last date, the writer "out" after it: "giving the infusions till
    # easter. after that i'm out" (not out of pocket, nor done with the course)
    r"\bgiving (?:the |this |my |these |it )?(?:\w+ )?" + _TREATMENT + r"? ?(?:till|until|to|"
    r"one more|another) (?:\w+ ){1,2}?(?:after that|then|if not|otherwise|and then) (?:i am|i m|"
    r"that is|thats|that s) (?:out|done|gone|it)\b(?! (?:of|with|for)\b)",
)


# A lethal thing at hand the writer thinks about or looks at more than they should: "there's a
# drum of paraquat in the shed and i think about it more than a bloke should"
_MEANS_AT_HAND = (
    r"(?:paraquat|gramoxone|weed ?killer|rat poison|sheep dip|pesticides?|herbicides?|"
    r"insecticides?|rope|rifle|shotgun|gun|pistol|revolver|\.?22|pills|tablets|hose)"
)
_MEANS_DWELT = _compile(
    r"\b" + _MEANS_AT_HAND + r"\b(?: \S+){0,12}? (?:i |i keep |keep )?(?:think|thinking|"
    r"look|looking|stare|staring|glance|glancing) (?:about|at) (?:it|them|that|the \w+)\b"
    r"(?: \S+){0,2}? (?:more than (?:a (?:bloke|man|fella|woman|person) |anyone |someone |one |i "
    r")?should|more than is healthy|too much|too often|every night|all the time)\b",
)
# ...a question of storing it safely, or someone else's use: a safety question
_MEANS_KEPT_SAFE = _compile(
    r"\b(?:safe|safely|safety|stor\w*|lock\w*|label\w*|dispos\w*|expir\w*|kids|children|dog|"
    r"dogs|legal|licen[cs]e\w*|price|cost|buy|sell|selling|upgrade|scope)\b"
)


def other(plain: str) -> bool:
    """A place dwelt on by how deep or how cold it is, by someone the writer names."""
    return _WATER_THEIRS.search(plain) is not None and _ON_THE_WATER.search(plain) is None


def mine(plain: str) -> bool:
    """One of the kinds here, said of the writer."""
    if _WATER_DWELT.search(plain) and not _ON_THE_WATER.search(plain):
        return True
    if _NOTHING_TO_BUILD.search(plain) and not _BUILT.search(plain):
        return True
    if _SLOWING_AT.search(plain) and not _SLOWING_BUT.search(plain):
        return True
    if _MEANS_DWELT.search(plain) and not _MEANS_KEPT_SAFE.search(plain):
        return True
    kinds = (_AFTERLIFE_BEFORE, _ME_TO_STOP, _TREATMENT_DEADLINE)
    return any(kind.search(plain) for kind in kinds)
