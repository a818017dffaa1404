"""Plain English kinds the other rules missed because no word of suicide is in them.

- ``_HOW_MANY``: how many of a named painkiller or sleeping pill "does it take", with nothing
  after it but the question ("how many tylenol does it take. like the actual number"): a lethal
  amount asked; "how many ... does it take to work / for a headache" names a harmless end;
- ``_ENGINE_SHUT``: the writer in a garage, barn or shed with the door shut and an engine running
  ("in the barn with the door closed and the truck running"): carbon monoxide, now;
- ``_TOO_MUCH``: far more insulin, methadone or another drug than meant, told with the body's
  signs of it (shaking, sweating, blue lips, legs gone numb): an overdose taken, however it came;
- ``_MEANS_CHECKED``: a rope, noose, gun or poison the writer has, placed, and checked, held,
  touched or kept for days ("the rope is in the shed. i checked it twice today"): means made ready;
- ``_ON_TRACKS``: parked, sitting or lying on a railway crossing or the tracks: a place, now;
- ``_CALLING``: the waves, river, sea or tracks "calling me in" or under: a pull toward a place
  to die (not "the river is calling me", a kayak trip);
- ``_JUMPING_STUCK``: jumping, hanging or dying as a thought the writer cannot stop, with no pool,
  plane, ship or job after it ("i cant stop thinking about jumping");
- ``_HOPED_ACCIDENT``: the writer hoping a machine rolls on, falls on or hits them, or hoping
  something "is the end", or trading places with the dead: a wish to die, asked about (check-in);
- ``_LETTERS``: letters written to the writer's children or spouse, then calm felt or the letters
  put with the property papers or the will: the calm after a decision (check-in).

Lookalikes stay quiet: jumping into a pool or out of a plane, a rope for climbing or a tent, a
gun checked for hunting or at the range, a car warming up with the door open, an insulin dose
corrected with juice and fine now, a crossing waited at, waves calling a surfer. Read on
normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PAINKILLERS = (
    r"(?:tylenol|paracetamol|acetaminophen|panadol|advil|ibuprofen|aspirin|sleeping pills?|"
    r"sleeping tablets?|sleep(?:ing)? aids?|xanax|valium|benadryl|nyquil|zopiclone|ambien|"
    r"oxy(?:codone|contin)?s?|percocets?|vicodin|tramadol|codeine|pills?|tablets?)"
)
_HOW_MANY = needles.compile(
    r"\bhow many (?:\w+ )?" + _PAINKILLERS + r" (?:does it|would it|will it|do you need to|"
    r"does one need to) take\b(?! (?:to (?:work|kick|help|feel|get rid|fix|stop (?:a|the|my) "
    r"(?:headache|pain|cold|fever))|for (?:a|the|my|it|your)|before|effect))"
)
_ENGINE_SHUT = needles.compile(
    r"\b(?:in|inside) (?:the|my|our) (?:garage|barn|shed|workshop|closed garage)\b(?: \S+){0,3}?"
    r" (?:door|doors) (?:closed|shut|down|locked)\b(?: \S+){0,3}? (?:truck|car|engine|motor|"
    r"generator|van|tractor) (?:running|on|idling)\b"
)
_TOO_MUCH = needles.compile(
    r"\b(?:i )?(?:shot up|injected|took|did|had|overdid|overdone|doubled)\b(?: \S+){0,2}?"
    r" (?:(?:way|far|a lot|much|loads) (?:more|too much) (?:of )?(?:my )?(?:insulin|methadone|k|"
    r"ketamine|fentanyl|heroin|morphine|oxy|xanax|gabapentin|lithium|pills)|the (?:insulin|"
    r"methadone|ketamine|fentanyl|heroin|morphine))\b(?: \S+){0,12}? (?:shaking|shaky|sweaty|"
    r"sweating|lips (?:going |are |turning )?blue|blue ish|can not feel my|cannot feel my|"
    r"can not breathe|hard to breathe|passing out|cant stay awake|can not stay awake)\b"
)
_MEANS = (
    r"(?:the rope|a rope|my rope|the ropes|the noose|a noose|the gun|a gun|my gun|the revolver|"
    r"revolver|pistol|rifle|shotgun|the bullets|paraquat|the pesticide|the poison)"
)
_MEANS_CHECKED = needles.compile(
    _MEANS + r"\b(?: \S+){0,12}? (?:i checked it|checked it (?:again|twice|today|tonight)|"
    r"i held it|held it tonight|still holding it|i keep touching|i look at it every|"
    r"been (?:there|in my \w+) since|i know where the bullets are)\b"
)
_MEANS_NOT = needles.compile(
    r"\b(?:climb\w*|abseil\w*|tent|boat|sail\w*|hunt\w*|deer|range|season|clean\w*|safe|"
    r"locked up|gun safe|swing|tow\w*|dog|horse|knot|rats?|weeds?|garden|fields?|crop)\b"
)
# The writer's own, first or bare: "my brother is standing on the tracks" is the helpers' reply
_ON_TRACKS = needles.compile(
    r"(?:^|\bi (?:am |have been |was )?|\bim |\bjust |\bnow )(?:parked|sitting|lying|laying|"
    r"stopped my car|standing) (?:on|across) (?:the|a) "
    r"(?:railroad|railway|rail|level|train) (?:crossing|tracks?|line)\b(?! (?:waiting|for the|"
    r"gates?))"
)
_CALLING = needles.compile(
    r"\b(?:the )?(?:waves|water|sea|ocean|river|lake|tracks|bridge|edge|drop) (?:are|is|keeps?|"
    r"keep) calling (?:me|my name|to me) (?:in|under|down|to jump)\b"
)
_JUMPING_STUCK = needles.compile(
    r"\b(?:can not|cannot|can t) stop thinking about (?:jumping|hanging myself|dying|not being "
    r"here|ending it|killing myself|stepping off|driving off)\b(?! (?:in|into|out|off a plane|"
    r"ship|on|over|the|rope|jacks|for joy|from a plane|with|at|to|ahead|back|around))"
)
_NOT_LONG = needles.compile(
    r"\bnot planning on (?:having a \w+|being (?:here|around|alive)|living|sticking around)"
    r" (?:much |that |very )?(?:longer|long)\b"
    r"|\b(?:walk|drive|swim|go|wander|head off)\b(?: \S+){0,6}? and (?:not|never) come back"
    r"(?! (?:until|till|til|for|before|in|after|on|at|with|home|tonight|tomorrow|today))\b"
    r"|\b(?:i )?(?:see|there is|there s) only one way out(?! of (?:the|this) (?:car park|parking|"
    r"building|maze|room|village|town|contract|deal|lease))\b"
    r"|\bthis is (?:my|the) last (?:one|msg|message|time (?:i will|ill) (?:message|write|text|"
    r"post))\b(?! (?:for|of|before|until|till|this|in))"
    r"(?=.*\b(?:take care|do not worry|dont worry|too late for me|goodbye|bye|forgive me)\b)"
    r"|\bi (?:just )?want to (?:finally )?be at rest\b(?! (?:on|for|after|in bed|this weekend))"
)
# Letters to the writer's children or spouse, then a calm felt or the letters put with the papers:
# the calm after a decision, a known warning sign
_LETTERS = needles.compile(
    r"\b(?:wrote|written|writing|finished|left) (?:\w+ )?(?:letters?|notes?) (?:to|for) "
    r"(?:both |all |each of )?(?:my )?(?:daughters?|sons?|kids|children|wife|husband|family|"
    r"parents|mum|mom|dad|grandkids)\b(?=.*\b(?:calm|at peace|peaceful|relieved|"
    r"with the (?:property )?papers|with (?:my|the) will|with the insurance)\b)"
)
_LETTERS_NOT = needles.compile(
    r"\b(?:birthdays?|christmas|xmas|time capsule|camp|wedding|graduation|santa|tooth fairy|"
    r"pen ?pals?|school|holiday|trip|deploy\w*|turn 18|turn eighteen|future|surgery|operation|"
    r"lunch ?box\w*|"
    r"therapist|therapy|homework|valentine\w*|anniversary|mothers day|fathers day)\b"
)
_HOPED_ACCIDENT = needles.compile(
    r"\b(?:i )?(?:keep |am |been )?(?:hoping|hope|pray(?:ing)?|wishing)\b (?:that )?(?:the|a|"
    r"some) (?:tractor|truck|car|bus|train|lorry|tree|machine|bull|roof|plane) (?:rolls|falls|"
    r"lands|runs|drives|crashes) (?:on|over|into) me\b"
    r"|\bhoping (?:it is|its|this is) the end\b(?! of (?:the|term|week|shift|day|month|year|"
    r"season|semester|year))"
    r"|\btrade places with (?:anyone|someone|anybody|everyone) (?:in a (?:coffin|grave)|"
    r"who is dead|dead|in the ground)\b"
)
_POISON_SPEED = needles.compile(
    r"\b(?:does|would|will|is|how fast does|how quick(?:ly)? does) (?:paraquat|the pesticide|"
    r"pesticide|rat poison|antifreeze|weedkiller|weed killer|bleach|cyanide) (?:work fast|work "
    r"quick\w*|kill fast|fast or|quick or|slow and painful|painful|painless|hurt)\b"
)
_POISON_NOT = needles.compile(
    r"\b(?:weeds?|grass|crops?|fields?|rats?|mice|pests?|slugs?|moss|garden|lawn|stains?|mould|"
    r"mold|toilet|dog|cat|pet)\b"
)
_DONT_TRUST = needles.compile(
    r"\b(?:do not|dont|don t) trust (?:myself|what i will do|what i might do|me)\b(?: \S+){0,3}?"
    r" (?:with|near|around) (?:the|my|a|those) (?:knives|knife|pills|tablets|gun|rope|razors?|"
    r"blades?|meds|car)\b"
)
# ...of cooking, not of harm: "i don't trust myself with the knives, my cooking is a disaster"
_CLUMSY = needles.compile(r"\b(?:cook\w*|chop\w*|clumsy|recipe|onions?|dinner|baking)\b")
_LOOK_ACCIDENT = needles.compile(
    r"\bmake (?:it|a crash|my death|this|me dying|the crash) look like an accident\b(?=.*\b"
    r"(?:insurance|family|kids|wife|husband|payout|policy)\b)"
)
_FICTION = needles.compile(
    r"\b(?:novel|story|book|character|killer|plot|script|screenplay|villain|game|film|movie)\b"
)
_HEAD_FULL = needles.compile(
    r"\b(?:head|mind|brain) is full of (?:how to|ways to) (?:end (?:it all|all of it|everything|"
    r"my life|myself)|die|kill myself)\b"
)
_UNDER_WATER = needles.compile(
    r"\b(?:my head|myself) under (?:the )?water\b(?: \S+){0,10}? (?:will not|won t|"
    r"would not|never|do not) come (?:back )?up\b"
)
_HOARDED = needles.compile(
    r"\b(?:there are|there is|i have|got) enough (?:of them|of it|now)\b(?: \S+){0,3}? i know "
    r"what i (?:will|am going to|m going to) do with (?:them|it)\b"
    r"|\b(?:putting|setting|hiding|saving|keeping) (?:one|a|my) (?:tablet|pill)s? (?:aside|back|"
    r"away)\b(?: \S+){0,4}? instead of (?:swallowing|taking) (?:it|them)\b"
    r"|\b(?:2|two) year (?:suicide )?clause is (?:up|over|done|finished|passed)\b"
    r"|\bsuicide clause (?:is )?(?:up|over|ends|expires|runs out)\b"
)


def crisis(plain: str) -> bool:
    """A lethal amount asked, a shut engine, an overdose felt, means checked, or a place now."""
    if _HOW_MANY.search(plain) or _ENGINE_SHUT.search(plain) or _TOO_MUCH.search(plain):
        return True
    if _MEANS_CHECKED.search(plain) and not _MEANS_NOT.search(plain):
        return True
    if _POISON_SPEED.search(plain) and not _POISON_NOT.search(plain):
        return True  # "does paraquat work fast or is it slow and painful", of no weed or pest
    if _LOOK_ACCIDENT.search(plain) and not _FICTION.search(plain):
        return True  # a crash made to look like an accident for the family's insurance
    if _DONT_TRUST.search(plain) and not _CLUMSY.search(plain):
        return True  # "i don't trust what i'll do with the knives in the kitchen"
    if _HEAD_FULL.search(plain) or _UNDER_WATER.search(plain):
        return True
    if _HOARDED.search(plain):
        return True  # tablets saved instead of swallowed, "enough", a policy's clause run out
    return _ON_TRACKS.search(plain) is not None or _CALLING.search(plain) is not None


def check(plain: str) -> bool:
    """Jumping or dying as a thought that won't stop, or an accident or the end hoped for."""
    if _JUMPING_STUCK.search(plain) or _NOT_LONG.search(plain):
        return True  # "not planning on having a brain much longer", "walk ... and not come back"
    if _LETTERS.search(plain) and not _LETTERS_NOT.search(plain):
        return True  # "wrote letters to both my daughters... feeling calm for the first time"
    return _HOPED_ACCIDENT.search(plain) is not None
