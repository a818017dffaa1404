"""A method question told by its structure: a question of lethality asked about a means.

The other rules list method questions phrase by phrase, and each new writer phrases them anew
("which floor is high enough to be sure", "do train deaths hurt or is it instant"). What they
share is their shape: a question (a question mark, a question word, "asking for a friend")
that asks how lethal, how certain, how quick or how painless something is, or how much of it it
takes, about a means (medicine, a height, a train, a gas, a rope, water, a blade, a gun). A
strong ask ("fatal", "would it kill", "not wake up") needs only a means; a weaker one ("enough",
"sure", "quickest", "does it hurt") needs a means that is itself a way to die (a height, a
train, an overdose, exhaust) or a word of death beside it. ``method_question`` is True for
those; the lookalikes say what they are about instead: a symptom, a leak, a detector, a pet,
an anaesthetic for a procedure, a dose per session, an exam. ``sought`` is True for the kinds
asked with none of those words: a place to fall from asked for by what it lacks (barriers,
cameras), a dose for an end "made peaceful", the amount for a character's suicide "so it's
realistic", an everyday thing that "is actually lethal"; their lookalikes are a theft or a view,
a hospice or a vet, a story's grief, a pet or a child kept safe. Read on normalised text; pure,
nothing here logs.
"""

from __future__ import annotations

from crisis import needles, sideways
from crisis.vocab import _any

# A question, however it is asked.
_ASKING = needles.compile(
    r"\?|^(?:so |and |but |ok |okay |hey |hi |also |like |just |seriously |honestly )?"
    r"(?:what|which|how|is|are|does|do|did|would|will|could|can|should|if|whats|hows)\b"
    r"|\b(?:asking for|for a friend|wondering|i wonder|need to know|want to know|tell me|"
    r"anyone know|does anyone|do you know|curious)\b"
    # a hypothetical is a question without its mark: "hypothetically if i did the whole device"
    r"|\b(?:hypothetically|theoretically|in theory|purely hypothetical|say i|suppose i|"
    r"supposing i|what if i)\b"
    r"|\b(?:would|will|could) (?:that|it|this|they|those) (?:do it|do the job|be enough)\b"
    # an amount asked mid-sentence, its mark left off: "...drinks the sheep dip. how much would
    # he need"
    r"|\bhow (?:much|many|long) (?:\w+ )?(?:would|will|does|do|did|is|are|should|can|could)\b"
)
# A means of dying that needs no word of death to be one.
_WAY = _any(
    r"overdos\w*",
    r"\bod\b",
    r"(?:\w+ )?(?:floor|floors|storey|storeys|story|stories|metres|meters|feet|ft|m) "
    r"(?:high|up|drop|fall|down|building|jump)",
    r"\d+(?:st|nd|rd|th) floor",
    r"(?:high|tall) enough",
    r"deep enough",
    r"jump\w* (?:off|from|in front)",
    r"jump(?:ing|ed|s)?$",  # not "for wool jumpers"
    r"(?:a |the )?fall from",
    r"bridge\w*",
    r"cliff\w*",
    r"roof\w*",
    r"(?:under|in front of|hit by) (?:a |the )?trains?",
    r"train (?:death\w*|suicide\w*|tracks)",
    r"railway tracks",
    r"(?:car )?exhaust",
    r"carbon monoxide",
    r"\bco\b",
    r"helium",
    r"nitrogen",
    r"charcoal",
    r"hanging(?! out| around| up| on)",
    r"hang (?:myself|yourself|oneself|someone|somebody|a person)",
    r"hanged",
    r"noose",
    r"rope",
    r"ligature",
    r"drown\w*",
    r"arter(?:y|ies)",
    r"bleed(?:ing)? out",
    r"guns?",
    r"gunshot",
    # a firearm by its kind or its calibre, as the farm and the service name it
    r"(?:shot ?guns?|rifles?|pistols?|revolvers?|handguns?|firearms?|22|\.22|twenty ?two|"
    r"12 ?gauge|303)",
    # an engine left running where its exhaust has nowhere to go
    r"(?:closed|shut|sealed|locked) (?:up )?(?:garage|shed)",
    r"(?:car|ute|truck|engine|motor|van) (?:\w+ )?running",
    # a farm poison beside a swallow: "the farmer drinks the sheep dip"
    r"(?:drink\w*|drank|swallow\w*|mouthful|sip|gulp|cup|glass) (?:\S+ ){0,8}?(?:paraquat|"
    r"gramoxone|sheep dip|drench|roundup|glyphosate|weed ?killer|herbicides?|pesticides?|"
    r"insecticides?|organophosphates?)",
    r"(?:paraquat|gramoxone|sheep dip|roundup|glyphosate|weed ?killer|herbicides?|pesticides?|"
    r"insecticides?|organophosphates?) (?:\S+ ){0,8}?(?:drink\w*|drank|swallow\w*|mouthful|"
    r"sip|gulp|cup|glass)",
    r"(?:take|taking|took|swallow\w*) (?:them |it |those |these )?all",
    r"ways? (?:to|of) (?:die|dying|go|end (?:it|my|your|one s|a|their)|kill)",
    r"all (?:of them )?at once",
    r"a (?:whole|full) (?:bottle|box|pack|packet|strip)",
    r"the whole (?:bottle|box|pack|packet|strip)",
)
# A means that is also an everyday thing: medicine, drink, a blade.
_THING = _any(
    r"pills?",
    r"tablets?",
    r"meds",
    r"medications?",
    r"medicines?",
    r"capsules?",
    r"painkillers?",
    r"sleeping (?:pills|tablets)",
    r"benzos?",
    r"opioids?",
    r"insulin",
    r"lithium",
    r"paracetamol",
    r"acetaminophen",
    r"tylenol",
    r"ibuprofen",
    r"aspirin",
    r"antidepressants?",
    r"ssris?",
    r"tricyclics?",
    r"\w+(?:pam|lam|pine|pram|line|tine|done|adol|amol|zine|pril|olol|azole)",
    r"(?:es)?ketamine",
    r"spravato",
    r"devices",
    r"sprays",
    r"alcohol",
    r"vodka",
    r"bleach",
    r"antifreeze",
    r"poison\w*",
    r"paraquat",
    r"gramoxone",
    r"sheep dip",
    r"roundup",
    r"glyphosate",
    r"weed ?killer",
    r"herbicides?",
    r"pesticides?",
    r"insecticides?",
    r"gas",
    r"knife",
    r"blade",
    r"razor",
    r"cut\w*",
)
# The drinks and the downers a mix is asked about ("how much pregabalin plus alcohol stops your
# breathing"): a means only beside a strong ask and an amount, never alone (a bottle of wine is no
# harm named).
_MIX = _any(
    r"booze",
    r"wine",
    r"beers?",
    r"whiske?y",
    r"gin",
    r"rum",
    r"liquor",
    r"pregab\w*",
    r"gabapentin",
    r"gabbies",
    r"lyrica",
    r"neurontin",
    r"valium",
    r"xanax",
    r"xans",
    r"oxy\w*",
    r"fentanyl",
    r"heroin",
    r"morphine",
    r"codeine",
    r"tramadol",
    r"methadone",
)
# Asks that are about dying whatever they are asked of.
_STRONG = _any(
    r"fatal\w*",
    r"lethal\w*",
    r"deadl(?:y|iest)",
    r"kill(?:s|ing)? (?:you|me|u|someone|somebody|a person|a human|an adult|people|myself|"
    r"yourself|themselves|oneself)",
    r"(?:would|could|will|does|did|can) (?:it|that|this|they|these|those) kill",
    r"kill (?:faster|quicker|quickest|fastest)",
    r"die",
    r"dies",
    r"dying",
    r"death\w*",
    r"dead",
    r"not (?:to )?wake up",
    r"never wake up",
    # what an amount or a mix would do to the breath: "how much pregabalin plus alcohol stops
    # your breathing", "...before your breathing shuts down"
    r"stop(?:s|ped|ping)? (?:my |your |a |the |their |you |me |him |her |them |someone s |someone |"
    r"a person s )?(?:heart|"
    r"breath\w*)",
    r"(?:heart|breathing|breath) (?:to )?(?:stops?|stopped|shuts? down|gives? out)",
    r"shuts? down (?:my |your |the |their )?breathing",
    r"shuts? (?:my |your |the |their |someone s )?breathing (?:down|off)",
    r"respiratory (?:arrest|failure)",
    r"do (?:it|the job)",
    r"end (?:it|my life|your life|things|a life)",
    r"painless\w*",
    r"survive\w*",
    r"survivable",
    r"how many (?:\w+ ){0,3}(?:is|are|would be|will be) too many",
)
# Asks that are about dying only beside a means that is a way to die.
_WEAK = _any(
    r"how (?:many|much)",
    r"too (?:many|much)",
    r"enough",
    r"(?:the )?(?:fastest|quickest|easiest|surest|cleanest|simplest|best|most (?:reliable|certain|"
    r"effective|sure)|least (?:painful|messy))",
    r"(?:more|most|less|least) (?:certain|reliable|sure|likely|effective|painful)",
    r"(?:to be |be |for )sure",
    r"certain",
    r"reliabl\w*",
    r"instant\w*",
    r"quick\w*",
    r"hurt\w*",
    r"painful",
    r"how long (?:does it|would it|will it|until|till|before|do you|does)",
    r"work",
    r"guarantee\w*",
)
_STRONG_RE = needles.compile(r"\b" + _STRONG + r"\b")
_WEAK_RE = needles.compile(r"\b" + _WEAK + r"\b")
_WAY_RE = needles.compile(r"\b" + _WAY + r"\b")
_THING_RE = needles.compile(r"\b" + _THING + r"\b")
_MIX_RE = needles.compile(r"\b" + _MIX + r"\b")
# An everyday means asked about by an amount or by the writer's own use: "can ketamine kill you"
# alone is a question for the course, "how much of my ketamine would kill me" is not.
_AMOUNT = needles.compile(
    r"\b(?:how (?:many|much)|what (?:is |are )?(?:\w+ )?(?:dose|amount|quantity|number)|"
    r"ld ?50|enough|"
    r"all (?:of )?(?:my|them|the|these|those|at once)|whole|at once|a lot|lots|bunch|"
    r"my (?:\w+ )?(?:pills|meds|tablets|medication|supply|"
    r"prescription|insulin|\w+(?:pam|lam|pine|pram|line|tine|done|adol|amol|zine)))\b|\d"
)
# ...or means ranked against each other: "which medicine kills you fastest"
_RANKED = needles.compile(
    r"\b(?:fastest|quickest|surest|easiest|best|most (?:reliabl\w*|certain\w*|painless\w*|"
    r"peaceful\w*)|least (?:painful\w*|pain)|(?:faster|quicker|surer) than)\b"
)
# What the lookalikes are about: a symptom or an accident, a procedure, a pet...
_CARE = needles.compile(
    r"\b(?:symptoms?|signs? of|detectors?|alarms?|leak\w*|heaters?|boilers?|furnaces?|stoves?|"
    r"generators?|fireplaces?|exposure|prevent\w*|"
    r"safety|first aid|antidote|naloxone|narcan|treat(?:ed|ment)? for|"
    # a risk asked as a clinician or a harm-reduction worker asks it: "is respiratory depression
    # more likely when ketamine is combined with opioids"
    r"respiratory depression|overdose risks?|risks? of (?:an )?overdose|"
    r"an(?:a)?esthe\w*|sedation|surgery|procedure|operation|dentist|injection|"
    r"per (?:session|dose|day|week|kg|infusion)|side effects?|interact\w*|withdrawal|"
    r"dogs?|cats?|pets?|puppy|kitten|horses?|vet|rats?|mice|weeds?|plants?|insects?|"
    r"fish|bugs?|ego death|"
    # the farm's own uses of a gun, a poison or a running engine: stock, vermin, a paddock, a
    # cold morning
    r"deer|roos?|kangaroos?|fox(?:es)?|rabbits?|pigs?|ferals?|vermin|possums?|stock|sheep(?! dip)|"
    r"cattle|cows?|steers?|ewes?|lambs?|calf|calves|hunt\w*|targets?|range|clays|ducks?|"
    r"geese|cull\w*|put down|euthan\w*|paddocks?|fields?|acres?|hectares?|fence ?lines?|crops?|"
    r"blackberr\w*|thistles?|sprayer|spraying|lawn|warm\w* up|defrost\w*)\b"
)
# ...or a class, a story, a sport, a journey, a device, a price, work.
_EVERYDAY = needles.compile(
    r"\b(?:accident\w*|accidental\w*|by mistake|essay|exam|homework|lecture|class|thesis|"
    r"history|historical|statistics|rates?|"
    r"film|movie|novel|book|game|minecraft|fortnite|"
    r"bungee|parachute|skydiv\w*|diving|swim\w*|lifeguard|climb\w*|hik\w*|ski\w*|"
    r"ride|rides|journey|ticket\w*|delay\w*|late|cancel\w*|commute|station|"
    r"battery|batteries|phone|laptop|wifi|internet|code|server|app|software|"
    r"haircut|paper ?cut|power cut|price|budget|gym|workout|reps|"
    r"speech|interview|deadline|project|job|boss|meeting|cost\w*|pay|"
    r"infusions?|tattoo\w*|piercing\w*|wax\w*|"
    r"how many people|per year|a year|each year|every year|annual\w*|worldwide|"
    r"brain cells|neurons|bacteria|germs|cancer|virus\w*|tumou?rs?|"
    r"involved in|many (?:\w+ )?deaths|"
    # a trend in the figures: "is it true overdose deaths dropped last year"
    r"deaths (?:have |really |actually )?(?:drop|dropped|fall|fell|rise|rose|risen|"
    r"go (?:up|down)|went (?:up|down)|gone (?:up|down)|increased|decreased|doubled|halved|"
    r"are (?:up|down))|national (?:numbers|figures|data|statistics|stats)|stats)\b"
)
# ...unless the writer's own harm is beside it ("for the exam i need to know... so i don't wake").
_OWN_HARM = needles.compile(
    r"\b(?:kill myself|end my life|end it|suicid\w*|not wake up|never wake up|want to die|"
    r"for me to die|i die)\b"
)


def method_question(plain: str) -> bool:
    """A question of lethality about a means, and not a lookalike."""
    if _ASKING.search(plain) is None:
        return False
    strong = _STRONG_RE.search(plain) is not None
    way = _WAY_RE.search(plain) is not None
    thing = _THING_RE.search(plain) is not None or _MIX_RE.search(plain) is not None
    if not way and not (strong and thing and (_AMOUNT.search(plain) or _RANKED.search(plain))):
        return False
    if not (strong or (way and _WEAK_RE.search(plain))):
        return False
    if _CARE.search(plain) is None and _EVERYDAY.search(plain) is None:
        return True
    return _OWN_HARM.search(plain) is not None


def care_not_harm(plain: str) -> bool:
    """A symptom, an accident, a procedure or a pet, with no harm of the writer's own beside it:
    the classifier's reading of method-seeking ("symptoms of carbon monoxide poisoning from a gas
    heater", "is ketamine a painless way to get anaesthesia") defers to it."""
    return _CARE.search(plain) is not None and _OWN_HARM.search(plain) is None


# A supply put by: "saved up all my lithium for a month. it's enough"
_SUPPLY = needles.compile(
    r"\b(?:all (?:of )?my|saved up|stockpil\w*|hoard\w*|stash\w*|(?:a|my) (?:whole|full) \w+ of)\b"
)


def names_harm(plain: str) -> bool:
    """A means or a word of dying anywhere in the message: what a method question cannot lack
    (the classifier reads "the quickest train to Manchester" as method-like by its shape)."""
    found = (_STRONG_RE, _WAY_RE, _THING_RE, _OWN_HARM, _SUPPLY)
    return any(rule.search(plain) is not None for rule in found)


# Kinds asked without a word the rules above need, each with what its lookalikes are about.
# A place to fall from asked for by what it lacks: "which bridges don't have barriers or cameras"
_UNGUARDED = needles.compile(
    r"\b(?:which|what|where|any|are there|is there|know)\b(?: \S+){0,6}? (?:bridges?|roofs?|"
    r"rooftops?|cliffs?|car ?parks?|multi ?stor(?:e)?ys?|parking (?:garages?|structures?)|towers?|"
    r"buildings?|overpass\w*|flyovers?|viaducts?|platforms?|(?:train |railway )?tracks?|"
    r"balcon(?:y|ies))\b(?: \S+){0,6}? (?:do not|does not|without|with no|have no|has no|no|"
    r"lack\w*) (?:\S+ )?(?:barriers?|fences?|fencing|nets?|netting|railings?|cameras?|cctv|"
    r"guards?|security|samaritans)\b"
)
# ...for a theft, a photo, a skate spot or a view, it is no place to fall from
_UNGUARDED_ERRAND = needles.compile(
    r"\b(?:stolen|steal\w*|theft|thie\w*|broken into|break in|parking fee|park my|photo\w*|"
    r"shoot|skat\w*|graffiti|view|sunset|drone|fishing|wheelchair|accessib\w*|bike lanes?)\b"
)
# An amount asked for an end made peaceful: "could ketamine make it peaceful at the end, what dose"
_PEACEFUL_END = needles.compile(
    r"\b(?:make (?:it|the end|things) (?:\w+ )?(?:peaceful|painless|gentle|easy)|(?:peaceful|"
    r"painless|gentle|calm)(?:ly)? (?:at|in) the end|a (?:peaceful|painless|gentle) (?:end|exit|"
    r"way out|death))\b"
)
_DOSE_ASK = needles.compile(
    r"\b(?:(?:what|which) (?:\w+ )?(?:dose|amount|quantity|number)|how (?:much|many)|"
    r"realistic (?:dose|amount))\b"
)
# ...a patient's end of life, a pet's, an operation: care, not harm
_END_OF_LIFE_CARE = needles.compile(
    r"\b(?:hospice\w*|palliative|end of life care|patients?|nurs\w*|doctors?|clinicians?|"
    r"grand(?:ma|pa|mother|father)|nan|dogs?|cats?|pets?|vets?|surgery|operation|"
    r"an(?:a)?esthe\w*)\b"
)
# A story's character ending their life, and the amount asked "so it's realistic"
_CHARACTER_ENDS = needles.compile(
    r"\b(?:character|char|protagonist|heroine|hero|villain|mc|oc)\b(?: \S+){0,4}? (?:ends? (?:her|"
    r"his|their) (?:own )?life|kills? (?:herself|himself|themselves)|takes? (?:her|his|their) "
    r"(?:own )?life|commits? suicide|dies by suicide|overdoses?)\b"
)
# Everyday things asked of for what kills: "irl what household stuff is actually lethal"
_HOUSEHOLD_LETHAL = needles.compile(
    r"\b(?:what|which)\b(?: \S+){0,2}? (?:household|common|everyday|kitchen|bathroom|cleaning|"
    r"garden|medicine cabinet|over the counter|otc)\b(?: \S+){0,2}? (?:is|are|would be|could be)"
    r" (?:\w+ )?(?:lethal|deadly|fatal|enough to kill)\b"
)
# ...to a pet or a child being kept safe, or to germs: a safety question
_KEPT_SAFE = needles.compile(
    r"\b(?:to|for) (?:a |my |your |the )?(?:dogs?|cats?|pets?|kids?|children|toddlers?|babies|"
    r"baby|bacteria|germs|mould|mold|insects?|pests?|plants?)\b|\bchild ?proof\w*|\bbaby ?proof\w*"
)


def sought(plain: str) -> bool:
    """A method asked for by its shape where no word of the rules above shows: a place by what it
    lacks, a dose for a peaceful end, a character's amount, an everyday thing that kills."""
    if _UNGUARDED.search(plain) and not _UNGUARDED_ERRAND.search(plain):
        return True
    if sideways.REAL_LIFE.search(plain):
        return True  # "in the game ... the least painful method in real life"
    if _PEACEFUL_END.search(plain) and _DOSE_ASK.search(plain):
        return _END_OF_LIFE_CARE.search(plain) is None
    if _CHARACTER_ENDS.search(plain) and _DOSE_ASK.search(plain):
        return True
    return _HOUSEHOLD_LETHAL.search(plain) is not None and _KEPT_SAFE.search(plain) is None
