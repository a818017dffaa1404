"""Rules for what always gets the full crisis reply, and for distress below the crisis line.

Method-seeking (a lethal amount, a painless way) and an overdose already taken are never answered
with facts: the person gets emergency numbers first, whoever they say they are asking for. A few
more explicit signs (preparations, a dangerous place, self-harm in other words, the slang of
online forums) sit here beside them, with those of ``indirect`` and ``settled``. ``distress``
(from ``crisis.mood``) names hopelessness, emptiness or panic without a sign of risk: that gets
a caring reply, not the crisis reply.

Each rule is a named, compiled pattern on the normalised text, so a miss or a false alarm can be
traced to one line. Pure; nothing here logs.
"""

from __future__ import annotations

import re
from typing import Any

from crisis import (
    after,
    cues,
    decided,
    indirect,
    leaving,
    means,
    parting,
    plainly,
    quietly,
    settled,
    understated,
    veiled,
)
from crisis.mood import distress, resolved
from crisis.vocab import AT_CHEMIST as _AT_CHEMIST
from crisis.vocab import AWAY_FOR_A_REASON, _any, _compile, union
from crisis.vocab import NOT_THE_DRUG as _NOT_THE_DRUG
from crisis.vocab import SUBSTANCE as _SUBSTANCE

# What marks distress, and a crisis long past, live in ``crisis.mood``; read through here too.
__all__ = ["METHOD", "OVERDOSE", "detect", "distress", "resolved"]

METHOD = "method"
OVERDOSE = "overdose"

_LETHAL = _any(
    r"lethal",
    r"fatal(?:ly)?",
    r"deadly",
    r"kill(?: me| you| someone| a person| myself|s)?",
    r"die",
    r"not wake up",
    r"never wake up",
    r"stop (?:my |their |his |her |your |a person s )?breathing",
    r"overdose",
    r"be enough",
)
_SYMPTOM = _any(
    r"can not (?:feel|move|see|stay awake|breathe|stop)",
    r"heart (?:is |going |doing )?(?:racing|pounding|crazy|something|beating)",
    r"breathing (?:feels |is )?(?:slow|weird|hard)",
    r"vision (?:is )?(?:going )?blurry",
    r"chest (?:feels |is )?tight",
    r"shaking",
    r"seizure",
    r"being sick",
    r"throw(?:ing)? up",
    r"spinning",
    r"(?:very |so )?sleepy",
    r"feel(?:ing)? (?:very |so |really )?(?:weird|strange|sick|heavy|bad|dizzy|peaceful)",
    r"dizzy",
    r"lost track",
)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        METHOD,
        _compile(
            r"\b(?:lethal|fatal|deadly|toxic|killing) (?:dose|amount|quantity|level|number|"
            r"overdose)\b",
            r"\bld ?50\b",
            r"\bwhat (?:dose|amount|quantity|level|number)\b(?: \w+){0,8} (?:fatal|lethal|deadly|"
            r"kill|die)\b",
            # "what amount of it kills": a person's death, not the moss's or a headache's
            r"\bwhat (?:dose|amount|quantity|level|number)\b(?: \w+){0,8} kills(?= (?:a |an )?"
            r"(?:person|human|man|woman|grown up|adult)\b|(?! (?:the|a|an|off|all|any|most|some|"
            r"germs|bacteria|virus\w*|mou?ld|moss|weeds?|pests?|bugs?|insects?|rats|mice|fleas|"
            r"lice|ticks|slugs|ants|pain|headaches?|migraines?|cancer|cells|tumou?rs?|parasites|"
            r"worms|fungus|algae|it|them|my (?:head|pain|back|tooth))\b))",
            r"\b(?:more|most|reliably|surely) (?:reliably )?(?:fatal|lethal|deadly)\b",
            r"\bhow (?:many|much)\b(?! (?:\w+ )?(?:people|patients|persons|deaths|americans)\b)"
            r"(?: \w+){0,10}? (?:to |it take to |would it take to )?" + _LETHAL + r"\b",
            r"\b(?:enough|would it take|does it take|it take) (?:\w+ ){0,4}?(?:to )?(?:die|kill|"
            r"not wake up|never wake up|be fatal|be lethal|overdose|end it)\b",
            r"\b(?:would|will|is|are) (?:a |an |the )?(?:\w+ ){0,8}?"
            + _SUBSTANCE
            + r" (?:\w+ ){0,6}?be enough\b",
            r"\b(?:most |least |less |more )?(?:painless|painful|surest|sure|fastest|quickest|"
            r"easiest|reliable|reliably|effective|best|quick|quiet|peaceful|certain|guaranteed|"
            r"foolproof) (?:\w+ )?(?:way|ways|method|methods) (?:to |of )?(?:die|go|end it|"
            r"end my life|kill myself|ctb|do it|suicide|dying|killing myself|overdose|not survive|"
            r"not wake up)\b",
            r"\bhow (?:long|fast|quickly) (?:does it take |would it take |it takes |to |until )?"
            r"(?:\w+ ){0,3}?(?:bleed out|to die|to drown|suffocate|to lose consciousness|"
            r"to stop breathing)\b",
            r"\bmost painless way\b|\bleast painful way\b",
            r"\b(?:die|suicide|go|overdose|od|kill myself|end it|unalive|dying) (?:\w+ ){0,3}?"
            r"(?:painlessly|without pain|painless|quickly and painlessly)\b",
            r"\bpainless(?:ly)? (?:\w+ ){0,3}?(?:to )?(?:od|overdose|die|suicide)\b",
            r"\b(?:suicide|overdose) (?:methods?|ways?)\b",
            r"\b(?:hanging|helium|carbon monoxide|exhaust|drowning|bleeding out|train way|"
            r"jumping|slitting) (?:\w+ ){0,6}?(?:painful|painless|hurt|instant|effective|quick|"
            r"fatal|lethal)\b",
            r"\bhow (?:high|tall|far) (?:\w+ ){0,8}?(?:fall|jump|make sure|be sure|fatal|die|"
            r"survive|need to be)\b",
            r"\bhow deep (?:\w+ ){0,6}?cut\b",
            r"\b(?:mixing|mixed|combining|combined|together with) (?:\w+ ){0,8}?(?:kill|be fatal|"
            r"be lethal|die|stop (?:\w+ )?breathing|fatal)\b",
            r"\bkill (?:you|u|a person|someone) if (?:you|u|they|i) (?:drink|take|swallow|eat)\b",
            r"\bcan (?:you|u|i|a person|someone|one) die (?:from|by) (?:mixing|taking|"
            r"combining|swallowing|drinking)\b",
            r"\b" + _SUBSTANCE + r" (?:\w+ ){0,6}?(?:(?<!want )to |makes? (?:\w+ )?|that )"
            r"(?:not wake up|never wake up|die|od on|overdose on)\b",
            r"\bwhich (?:\w+ ){0,3}?(?:can i|to|should i) take to die\b",
            r"\bhow (?:to|do i|can i|would i|could i|should i) (?:\w+ )?(?:die|kill myself|end it|"
            r"end my life|commit suicide|overdose|od) (?:painlessly|quickly|fast|without pain|"
            r"peacefully)\b",
            r"\bfastest way to (?:kill myself|die|end it)\b",
            r"\bsurest way\b",
        ),
    ),
    (
        OVERDOSE,
        _compile(
            r"\bi (?:just |have |think i |think i have )?(?:overdosed|oded|odd|od|"
            r"overdose would)\b",
            r"\b(?:took|taken|swallowed|downed|popped|used|drank) (?:\w+ ){0,3}?"
            r"(?:all|everything|the whole|whole|a whole|a full|full|too (?:many|much)|like [0-9]+|"
            r"them all|a bunch|a handful|loads|much more|extra|three times|double)\b"
            r"(?! (?:the )?(?:notes|photos|pictures|time|steps|classes|courses|sugar|coffee|"
            r"caffeine|food|cake|candy|chocolate|pizza|sun|energy drinks?)\b)"
            + cues.PLAIN_DRINK
            # a whole day, all of the notes, the whole family: no substance at all
            + r"(?! (?:of )?(?:the |my |our |his |her |their )?(?:notes|photos|pictures|classes|"
            r"courses|day|days|week|weekend|morning|afternoon|evening|family|kids|team|class|group|"
            r"shifts?|credit|blame|bins?|trash|rubbish|dogs?|car|bus|train|trip|lecture|module|"
            r"exam|test|quiz|advice|feedback|chance|money|cash|stairs|lift|elevator|leave|"
            r"holiday|vacation)\b)"
            # a box of chocolates, a bag of crisps: food, not pills
            r"(?! (?:box|bag|packet|pack|tray|plate|tub|jar|bar|tin|slice|carton)s? of (?:\w+ )?"
            r"(?:chocolates?|cookies|biscuits|sweets|candy|cake|pizza|cereal|doughnuts|donuts|"
            r"snacks|tissues|crisps|chips|popcorn|food|cupcakes|fries|ice cream|pastries)\b)"
            r"(?! (?:\w+ ){0,3}?(?:on time|as prescribed|this morning|with food)\b)",
            r"\b(?:took|taken|swallowed|downed|popped|take|taking) (?:like |about |around )?"
            r"(?:1[0-9]|[2-9][0-9]|[1-9][0-9]{2})\b(?! (?:minutes|mins|min|hours|hrs|days|weeks|"
            r"years|seconds|pm|am|percent|steps|photos)\b)",
            r"\b(?:already )?took (?:them|the (?:pills|tablets|meds))(?: all| already|"
            r" (?:\w+ )?(?:minutes|hours|hour) ago)\b",
            r"\balready took them\b",
            r"\b(?:swallowed|downed) (?:all|every)\b",
            r"\b(?:swallowed|downed) (?:the|my) (?:lot|rest|bottle|pack|packet|box|supply|stash|"
            r"stockpile|whole|entire)\b",
            # "swallowed my pills": all of them, unless told as the day's dose ("with water")
            r"\b(?:swallowed|downed) (?:my|the) (?:\w+ ){0,2}?(?:mum|mom|dad|mother|father|nan|"
            r"gran|grandma|grandad|grandpa|wife|husband|partner|sister|brother|flatmate|roommate|"
            r"friend)(?: s|s)? (?:pills|tablets|meds|medication|capsules)\b",
            r"\b(?:swallowed|downed) (?:the|my) (?:pills|tablets|meds|capsules)\b(?! (?:\w+ ){0,3}?"
            r"(?:with (?:water|food|breakfast|coffee|tea|juice|milk)|this morning|as prescribed|"
            r"on time|like every|every (?:day|morning|night)|today|fine|ok|okay)\b"
            # ...and nothing after it of an amount, another's pills or not waking up
            r"(?!.*\b(?:all|whole|every|rest|bottle|box|pack|enough|wake|die|end|forever|sleep|"
            r"[0-9]+|mum|mom|dad|mother|father|nan|gran|grandma|wife|husband|partner)\b))",
            r"\bi have done it\b(?= (?:\w+ ){0,8}?(?:know|call|goodbye|sorry|too late|"
            r"ambulance)\b)",
            r"\b(?:taking|took|swallowing) them one by one\b",
            r"\b(?:took|taken|mixed|drank|used|snorting|snorted|doubled|swallowed) "
            r"(?!(?:the |some |more )?(?:paint|colou?rs?|cement|concrete|dough|batter|tracks?|"
            r"songs?|music|cocktails?)\b)(?:\w+ ){0,20}?" + _SYMPTOM,
            r"\btake all (?:\w+ ){0,3}?now\b",
            r"\bdoubled (?:up|my dose)\b",
        ),
    ),
    (
        "preparation",
        _compile(
            r"\b(?:wrote|written|writing|left|finished) (?:(?!thank )\w+ ){0,2}?(?:letters?|"
            r"notes?) (?:to|for) (?:my |everyone|each|the)\b(?!(?:future|younger|older) self)"
            r"(?!.*\b(?:about the|keys|cleaner|pen pals?|thank you|remind\w*|party|birthday|"
            r"christmas|shopping|groceries|lesson|lecture|class|exam|meeting|course|test|wedding|"
            r"teacher|school|colleagues?)\b)",
            r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|collecting"
            + _AT_CHEMIST
            + r"|kept|keeping) "
            r"(?!(?:their|taking|on|up|track)\b)(?:\w+ ){0,3}?"
            + _SUBSTANCE
            + _NOT_THE_DRUG
            + r"\b(?! (?:\w+ ){0,4}?(?:for|in case of) (?:the |my |a |\w+ months in )?"
            r"(?:trip|holiday|travel|emergencies|migraines?|australia|abroad)\b)(?! refills so)"
            r"(?!.*\b(?:shortage|shortages|out of stock|supply (?:issue|problem)s?)\b)"
            # ...kept for the returns bin, or the act named as a rule at work ("keeping back
            # morphine from the ward is a sacking offence")
            r"(?! (?:\w+ ){0,5}?for (?:the )?(?:returns|destruction|disposal|sharps bin|pharmacy "
            r"bin)\b)(?! (?:from|off|out of) (?:the |our |my )?\w+ (?:is|would be|counts as|would "
            r"get you|will "
            r"get you|gets you|can get you) )"
            r"(?! (?:\w+ ){0,4}?(?:locked|out of reach|safely|away from the (?:kids|children)))",
            r"\b(?:bought|got|have|ordered) (?:a |the )?(?:rope|noose|helium|charcoal|razor "
            r"blades|blades)\b(?!.*\b(?:climbing|boat|sailing|camping|tent|balloons?|party|"
            r"garden|tow|washing line|swing|hammock|dog|craft|barbecue|bbq|grill|shaving)\b)",
            # (not "have not decided on the day", unless beside the means)
            r"(?<!not )(?<!yet )\b(?:picked|chosen|set|decided on|have) (?:a |the )?(?:date|day|"
            r"place|spot)\b"
            r"(?! (?:and (?:a |the )?\w+ )?for (?:the |our |my |a |his |her |their )?(?:\w+ )?"
            r"(?:wedding|party|move|trip|holiday|"
            r"meeting|exam|interview|surgery|operation|birthday|launch|dinner|lunch|visit|"
            r"appointment|reunion|graduation|match|game|concert|test|picnic)\b)"
            # a birth or a procedure booked: "i've set the date: my c-section is on the 14th"
            r"(?! (?:my|our|her|the|for (?:my|our|her|the)) (?:c section|caesarean|cesarean|"
            r"induction|procedure|scan|vasectomy|extraction)(?: is| on| for| at|$)\b)",
            r"\b(?:not|yet) (?:decided on|picked|chosen|set) (?:a |the )?(?:date|day|night)\b"
            r"(?=.*\b(?:pills|tablets|meds|rope|gun|noose|note|letters?)\b)|\b(?:pills|tablets|"
            r"meds|rope|gun|noose)\b.*\b(?:not|yet) (?:decided on|picked|chosen|set) (?:a |the )?"
            r"(?:date|day|night)\b",
            r"\b(?:giving|gave|given) away (?:\w+ ){0,2}?(?:my|all)\b(?! (?:\w+ ){0,3}?(?:to "
            r"charity|because|downsizing|moving|old|spare|extra|baby))"
            # ...nor the books of a course finished: "giving away my textbooks, graduating"
            r"(?!.*\bgraduat\w*)(?! (?:\w+ ){0,6}?(?:anyone "
            r"want|who wants|if anyone|for free|free to))",
            r"\bgave (?:away )?my (?:cat|dog|pets?|rabbit|bird) to\b(?! (?:\w+ ){0,6}?(?:for the "
            r"(?:week|weekend|day|night|holiday)|while i am|holiday|vacation|trip)\b)",
            r"\bdeleted (?:all )?my (?:socials|accounts|social media|profiles)\b(?= (?:\w+ ){0,6}?"
            r"(?:bye|goodbye|farewell))",
            r"\b(?:rehoming|rehomed|found a home for|found homes for) (?:\w+ ){0,2}?"
            r"(?:my |the )?(?:cat|dog|pets?)\b",
            r"\b(?:affairs|things) (?:are |is )?in order\b(?! (?:\w+ ){0,12}?(?:finally|nagged|"
            r"feels good|admin|before (?:the|my) (?:surgery|operation|trip|move|flight)|"
            # a will and affairs squared for a deployment or a house sale
            r"before (?:the |my |a |our )?(?:deploy\w*|tour|rotation|posting|mission)|for (?:the |"
            r"my |our )?(?:house sale|move|mortgage|deploy\w*)))",
            r"\bwho (?:will|would|should) (?:take|look after|have|get) (?:\w+ ){0,2}?when i am "
            r"gone\b",
            r"\bwhen i am dead\b",
            # ...away for a reason ("when i'm not here, i'm travelling for work") is no farewell
            r"\bwhen i am (?:gone|not here)\b" + AWAY_FOR_A_REASON,
            r"\bwill not (?:need|be needing) (?:it|them|this|my \w+) (?:anymore|much longer|"
            r"where i am going)\b",
            r"(?<!what does )\bctb\b(?! mean)",
            # "catch the bus" is forum slang only with a decision or for good; else it is a bus
            r"\b(?:ready|planning|plan|decided|deciding|thinking about|thinking of|considering) to "
            r"catch the bus\b(?! (?:to|home|into|back|at|from|with|in|on|tomorrow|this|later)\b)",
            r"\bcatch(?:ing)? the bus (?:for good|forever|permanently|for real this time)\b",
            r"\b(?:gonna|going to|finna|about to|bout to|will|i will) catch the bus\b"
            r"(?=.*\b(?:thanks for (?:the lessons|everything)|peace out|goodbye|bye|forever|bridge|"
            r"tracks|love you all|it was nice)\b)(?!.*\b(?:school|work|home|class|office|uni|"
            r"college|airport|station|stop|later)\b)",
            r"\bpermanent (?:way out|solution|sleep|exit)\b",
        ),
    ),
    (
        "danger",
        _compile(
            r"\b(?:i am|am|standing|sitting) (?:\w+ ){0,2}?(?:on|at) (?:the |a |my )?(?:edge|"
            r"ledge|roof|rooftop|balcony|bridge|tracks|railway|platform edge|cliffs?|cliff edge)\b"
            r"(?! (?:team|club|game|crew|project|tournament|enjoying|fixing|repairing|cleaning|"
            r"working|painting|having|watching|watering|gardening|smoking|reading|relaxing|taking "
            r"(?:photos|pictures)|for (?:work|a|the))\b| with (?:a|my) (?:drink|coffee|book|"
            r"friends?))",
            r"\b(?:on|at|near|by) the (?:tracks|train tracks|railway|cliffs?|ledge|edge of the)\b",
            # a railway's bridge, a road's, a water tower, stood on, not passed or met at
            r"\b(?:i am|am|standing|sitting|up) (?:\w+ ){0,2}?on (?:the |a |that |this )?"
            r"(?:(?:railroad |railway |train )?trestle|railroad tracks|rail bridge|viaduct|"
            r"overpass|water tower)\b(?!.*\b(?:for work|survey\w*|inspect\w*|paint\w*|crew|photos?|"
            r"pictures?|sunset|view point|tour|waiting for|wait for|fireworks|as (?:kids|teens|"
            r"teenagers|a kid)|used to|years ago|when (?:i|we) (?:was|were))\b)",
            r"\b(?:on|at|near|by|from) (?:the|a) (?:edge|top) of (?:the |a )?(?:roof\w*|bridge|"
            r"cliff|building|platform|balcony|quarry|multi storey|car park|dam|gorge)\b(?!.*\b(?:"
            r"view|sunset|picnic|friends|photos?|pictures?|drinks?|party|wedding|tour)\b)",
            r"\blooking down (?:at|from)\b",
            r"\b(?:in|inside) (?:my|the) car (?:with|and) (?:the )?(?:engine|hose|exhaust|"
            r"charcoal)\b",
            r"\bdrive (?:\w+ ){0,4}?into (?:a |the )?(?:tree|wall|lorry|truck|bridge|river|"
            r"oncoming)\b",
            r"\blocked (?:myself )?in (?:the|my) (?:bathroom|room|garage)\b",
        ),
    ),
    (
        "self_harm_more",
        _compile(
            r"\b(?:cut|cutting|cuts|burned|burnt|burning|burns|hit|hits|hitting|punched|punches|"
            r"punching|banging|banged|"
            r"scratched|scratching|bit|biting|carved|carving) (?:\w+ ){0,3}?(?:myself|my (?:arms?|"
            r"wrists?|legs?|thighs?|skin|head|stomach|hips?|body))\b(?! on (?:the|a) (?:door|"
            r"table|corner|edge|cupboard|shelf|car))"
            # ...not a muscle's burn in a workout: "burning my legs with drop sets"
            r"(?<!burning my legs)(?<!burning my arms)(?<!burned my legs)(?<!burned my arms)"
            r"(?<!burnt my legs)(?<!burnt my arms)"
            r"|\b(?:burning|burned|burnt) my (?:legs|arms)\b(?!(?: \w+){0,4}? (?:with|doing|from|"
            r"on) (?:\w+ )?(?:drop sets?|squats|lunges|reps|sets|wall sits|planks|sprints|burpees|"
            r"leg day|spin class|workout)\b)",
            r"\bbang(?:ing|ed)? my head\b",
            r"(?<!cause )(?<!causes )(?<!prevent )(?<!people )(?<!patients )(?<!of )"
            r"\b(?:relapsed|relapse|relapsing)\b(?!.*\b(?:rates?|statistics|stud\w+|common|"
            r"likely|chance|risk)\b)",
            r"\b(?:urges?|urge) (?:to )?(?:cut|burn|hurt|harm)\b",
            # a time clean lost ("cut again after 6 months clean", "3 months clean gone"); the
            # milestone itself ("2 years clean today!") is good news, not a crisis
            r"\bafter (?:\w+ ){0,2}?(?:days|weeks|months|years) clean\b"
            r"|\b(?:days|weeks|months|years) clean\b(?=.*\b(?:gone|broke|broken|broke it|lost|"
            r"relapsed?|relapsing|again|reset|ruined|wasted|threw|blew|over|down the drain|back to "
            r"(?:day|zero|square))\b)",
            r"\b(?:blade|razor|lighter|knife)\b(?: \w+){0,6}? (?:arm|wrist|skin|leg|thigh)s?\b",
            r"\b(?:wounds?|cuts) (?:\w+ ){0,4}?(?:deep|infected|bleeding|stitches)\b",
            r"\b(?:hurt|punish|punishing|hurting) myself\b",
            r"\b(?:cutting|burning myself|hurting myself|self harm\w*) (?:is|was|has been) the "
            r"only (?:thing|way|time)\b|\bcutting (?:helps|calms me|makes me feel|is how i cope)\b",
        ),
    ),
    ("veiled", veiled.VEILED),
    (
        "slang",
        _compile(
            r"\bkms\b",
            r"\bidw(?:t)? to (?:live|be alive|be here|exist)\b",
            r"\bwtd\b",
            r"\bsi (?:is|has been) (?:really )?(?:bad|loud|strong|back)\b",
            r"\bi (?:actually |really |just |honestly |seriously |genuinely |lowkey |literally )?"
            r"want out\b(?! of)",
            r"\b(?:unalive|end it|end things|kill myself) (?:\w+ ){0,3}?(?:fr|for real|not "
            r"joking|no cap)\b",
            r"\bnot in the meme way\b",
            r"\bbye forever\b",
        ),
    ),
    (OVERDOSE, indirect.OVERDOSE_MORE),
    ("indirect", indirect.INDIRECT),
    ("settling", settled.SETTLING),
    ("settled", settled.MORE),
    (METHOD, settled.METHOD_MORE),
    (OVERDOSE, settled.OVERDOSE_MORE),
    (OVERDOSE, settled.OVERDOSE_COUNT),
    (METHOD, means.METHOD),
    (OVERDOSE, means.OVERDOSE),
    ("at_hand", means.AT_HAND),
    ("leaving", leaving.FAREWELL),
    ("parting", parting.FAREWELL),
    (METHOD, decided.METHOD),
    (OVERDOSE, decided.OVERDOSE),
    ("decided", decided.FAREWELL),
    ("access", decided.ACCESS),
    (METHOD, after.METHOD),
    ("counted", after.OVERDOSE),
    (OVERDOSE, understated.OVERDOSE),
    (METHOD, understated.METHOD),
    (OVERDOSE, understated.EMPTIED),
    (METHOD, plainly.METHOD),
    (OVERDOSE, plainly.OVERDOSE),
    ("plainly", plainly.CRISIS),
    (OVERDOSE, quietly.OVERDOSE),
    (METHOD, quietly.METHOD),
    ("quietly", quietly.CRISIS),
    ("after", after.FAREWELL),
)

# Read on the text as it is: no idiom excuses a method question, and the indirect signs are
# phrases whose subject ("no one will stop me", "who gets my things") the guard would blank.
_UNGUARDED = frozenset({METHOD, "indirect", "counted"})


def _pieces(unguarded: bool) -> list[Any]:
    """The patterns read on the plain (or the guarded) text, ``SETTLING``'s own among them."""
    return [
        piece
        for name, pattern in _RULES
        if (name in _UNGUARDED) == unguarded
        for piece in (settled.PIECES if pattern is settled.SETTLING else (pattern,))
    ]


# Most messages fire no rule: one pass over the text tells so, where a pass per rule would read a
# long message fourteen times. Any rule that fires makes its union fire.
_ANY_PLAIN, _ANY_GUARDED = union(_pieces(True)), union(_pieces(False))


def detect(plain: str, guarded: str) -> str | None:
    """The name of the first explicit rule that fires, or None.

    Method-seeking is read on the normalised text as it is (no idiom excuses "enough to die for
    a woman of 55 kg"); the others on the guarded text, with idioms and negations blanked.
    """
    if not _ANY_PLAIN.search(plain) and not _ANY_GUARDED.search(guarded):
        return None
    for name, pattern in _RULES:
        if pattern.search(plain if name in _UNGUARDED else guarded):
            return name
    return None
