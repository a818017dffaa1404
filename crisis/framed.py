"""Kinds told by their frame rather than their words of harm.

- ``METHOD`` (the full reply): a question of timing that is about not being found or saved ("what
  time would nobody find me before it was too late", "how long before it's too late to pump a
  stomach"); a rescue to be defeated (an antidote, naloxone or a hospital that must not be able
  to reverse it); exhaust led into a car by a hose.
- ``OVERDOSE`` (the full reply): all of one's pills said with the spelling of someone typing
  through it ("i tok al my slepin pils").
- ``SELF`` (the check-in): "all I want is to die"; a gun or a rope made ready and waiting for a
  day, or bought with nothing to do but wait; being better gone from this world, as people
  writing in a second language say it; a car in a shut garage.
- ``OTHER`` (the reply for helpers): a small child who swallowed or got into medicine or a
  household poison.
- ``DISTRESS`` (the caring reply): exams told as a future over; the crash after a treatment.

Lookalikes stay quiet: a grape or a pill swallowed whole, hay bales, the range or a hunt, an
exam question about an antidote, a car warmed up with the garage open, a child's first pill.
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.vocab import _compile

_PERSON = r"(?:me|you|u|them|someone|somebody|a person|her|him|my body|the body)"
_RESCUE = (
    r"(?:revers\w*|reviv\w*|pump\w*|sav\w*|work|works|working|undo\w*|treat\w*|bring \w+ back|"
    r"find\w*|found|get to (?:me|you|them)|stop (?:it|me|you))"
)
METHOD = _compile(
    # not found, not saved: the hour, the wait, the point of no return
    r"\b(?:anyone|anybody|nobody|no one|noone|not|never|wont) (?:\w+ ){0,3}?(?:find|finds|found|"
    r"notice|notices|check on|get to|reach) (?:me|my body|them|you|u) (?:in time|before (?:it is|"
    r"it s|its|it was) too late|before (?:morning|the morning|anyone|help)|(?:until|till|til) "
    r"(?:morning|the morning|(?:it is|its|it s|it was) (?:over|too late|done)|too late))\b",
    r"\btoo late (?:for (?:them|anyone|doctors|the hospital|the er|paramedics) )?to "
    r"(?:revers\w*|save|pump|treat|be saved|bring \w+ back)\b",
    # exhaust led into a car, or a running car in a shut garage timed
    r"\bhow long (?:\w+ ){0,8}?(?:running (?:car|engine)|(?:car|engine) running|exhaust|fumes) "
    r"(?:\w+ ){0,6}?(?:closed|shut|sealed) (?:garage|door|doors|windows)\b",
    r"\b(?:car|engine|exhaust) in (?:a|the|my) (?:closed|shut|sealed) garage (?:\w+ ){0,2}?"
    r"(?:take long|take to work|work)\b",
    r"\b(?:i need|i want|need it|want it|make sure it|so it) (?:\w+ ){0,3}?(?:to )?(?:not be "
    r"reversible|be irreversible|never be reversed|not be reversed|can not be (?:reversed|undone)|"
    r"not be undone|not be undoable)\b",
    r"\b(?:fastest|quickest|easiest|surest|painless|simplest|best) way to stop (?:your|my|a|the|"
    r"someone s|ones|one s) (?:own )?heart\b(?! (?:from )?(?:racing|pounding|beating (?:so )?fast|"
    r"fluttering|palpitat\w*|hurting|breaking|aching|skipping))",
    # a knot asked for a use that is veiled or is the body's weight
    r"\b(?:best|strongest|right|which|what|a good) knot\b(?: \S+){0,8}? (?:asking for (?:reasons|a "
    r"friend|myself|me)|hold (?:my|a person s|a body s|body) weight|for a noose|to hang (?:myself|"
    r"a person|someone))\b",
    # exhaust led into a car
    r"\b(?:hose|tube|pipe|tubing|duct tape|vacuum hose) (?:\w+ ){0,6}?(?:exhaust|tailpipe|tail "
    r"pipe)(?! (?:pipe|system|leak|repair|fix))(?: \w+){0,6}? (?:into|in|inside|through|to) "
    r"(?:the |my )?(?:car|cabin|window|back seat|front seat)\b",
    r"\b(?:exhaust|tailpipe|tail pipe) (?:\w+ ){0,4}?(?:into|in through|through) (?:the |my )?"
    r"(?:car|cabin|window)\b",
)
# A rescue to be defeated: an antidote, naloxone or a hospital that must not be able to undo it.
_DEFEAT = _compile(
    r"\b(?:make sure|so that|so (?:they|the|it|nobody|no one|doctors)|enough (?:that|so)|"
    r"how (?:do|can|could|would) i|how to|what would|what will|is there a way to|a way to)"
    r"(?: \w+){0,5}? (?:can not|cannot|could not|will not|would not|wont|not be able to|never|"
    r"no longer|stop\w*|prevent\w*|avoid\w*|beat|get around|too late)(?: \w+){0,4}? "
    + _RESCUE
    + r"\b",
)
# A mix, a height or a means asked whether it kills for certain, in the languages people write:
# "est-ce qu'on meurt à coup sûr", "stirbt man sicher", "te mata seguro", "kesin ölür müyüm"
_DIES = (
    r"(?:meurt|meurs|mourir|mourrai|stirbt|sterbe|sterben|mata|matar|muere|muero|morir|morre|"
    r"morro|morrer|olur|olurum|olur muyum|oldurur|mati|muore|muoio|morire|умр\w*|умереть|"
    r"не выжить|насмерть|разбиться|dood te gaan|dood gaan|dood gaat|sterven|die|dies)"
    r"(?! (?:of|de|from|vor|di|da|del|со|от|laughing))"
)
_SURELY = (
    r"(?:a coup sur|surement|forcement|sicher|bestimmt|garantiert|seguro|seguramente|com certeza|"
    r"certeza|kesin|kesinlikle|pasti|sicuramente|di sicuro|наверняка|точно|for sure|definitely|"
    r"guaranteed|certainly|100 percent|zeker)"
)
_CERTAIN_DEATH = needles.compile(
    r"\b(?:"
    + _DIES
    + r"(?: \S+){0,3}? "
    + _SURELY
    + r"|"
    + _SURELY
    + r"(?: \S+){0,3}? "
    + _DIES
    + r")\b"
)
_MEANS_ANY = needles.compile(
    r"\b(?:melang\w*|mischt|mischen|mezcla\w*|mistura\w*|karıstır\w*|karistir\w*|campur\w*|"
    r"mix\w*|combin\w*|mescol\w*|смеша\w*|высот\w*|этаж\w*|altura|hauteur|hohe|altezza|"
    r"height|floor|drive into|pills?|tablets?|somniferes|schlaftabletten|slaappillen|pillen|"
    r"clonazepam)"
)
# Dying of laughter, of shame, of hunger: in any of those languages, not a death
_IDIOM = needles.compile(
    r"\b(?:de rire|de risa|de rir|vor lachen|dal ridere|со смеху|of laughter|laughing|embarrass\w*|"
    r"boredom|de honte|de verguenza|de vergonha|de fome|de faim|de hambre|hunger|cringe)\b"
)
# "how long till the damage can't be fixed"; a lethal amount asked with the writer's own weight
_UNFIXABLE = _compile(
    r"\bhow long (?:\w+ ){0,6}?(?:until|till|til|before) (?:\w+ ){0,4}?(?:can not|cannot|could "
    r"not|is not|isn t|is no longer|are not) (?:be )?(?:fixed|reversed|reversible|treatable|"
    r"treated|saved|undone)\b",
    r"\b(?:i am|i m|im|i weigh|my weight is) (?:about |around |only )?\d+ ?(?:kg|kgs|kilos|lbs|"
    r"pounds)\b(?=.*\b(?:fatal|lethal|die|death|kill\w*|liver failure|overdos\w*|too much|"
    r"toxic)\b)",
    r"\b(?:fatal|lethal|die|death|kill\w*|liver failure|overdos\w*|too much|toxic)\b(?: \S+)"
    r"{0,12}? (?:i am|i m|im|i weigh) (?:about |around |only )?\d+ ?(?:kg|kgs|kilos|lbs|pounds)\b",
)
# "which pills and how many would really work": whether it would do it, asked of medicine
_WORKS = _compile(
    r"\bhow (?:many|much)(?: \w+){0,3}? (?:would|will|do|does|to)(?: \w+){0,2}? (?:really |"
    r"actually |definitely |surely )?(?:work|do it|do the job|be enough|finish it)\b",
)
_MEDICINE = needles.compile(
    r"\b(?:pills?|tablets?|meds|capsules|painkillers|insulin|sleeping \w+|overdos\w*|"
    r"acetaminophen|paracetamol|tylenol|ibuprofen|aspirin|"
    r"\w+(?:pam|lam|line|done|pine|olol|zole|amol|adol))\b"
)
_RESCUE_CUE = needles.compile(
    r"\b(?:antidote\w*|narcan|naloxone|nac|acetylcysteine|flumazenil|overdos\w*|od|pills|"
    r"tablets|hospital|doctors|paramedics|er|ambulance|stomach|poison\w*)\b"
)
_DOWNER = (
    r"(?:oxy\w*|opioids?|opiates?|fentanyl|heroin|morphine|codeine|tramadol|methadone|benzos?|"
    r"xanax|xans|bars|valium|diazepam|lorazepam|ativan|klonopin|clonazepam|zolpidem|ambien|"
    r"zopiclone|ketamine|ket|gabapentin|pregabalin|lean|sleeping (?:pills|tablets))"
)
_DRINK = r"(?:beers?|wine|vodka|whiske?y|gin|rum|tequila|alcohol|booze|drinks|shots|cans|liquor)"
# A downer mixed with drink and the body answering now ("mixed my oxy with gin, breathing funny")
MIXED = _compile(
    r"\b(?:mixed|combined|took|washed down|had|swallowed) (?:my |some |the |a few |a couple of )?"
    r"(?:\w+ )?" + _DOWNER + r" (?:with|and|on top of|plus) (?:\S+ ){0,3}?" + _DRINK + r"\b"
    r"(?: \S+){0,8}? (?:breath\w*|can not (?:stand|move|feel|stay awake|breathe)|passing out|"
    r"pass out|dizzy|drowsy|so sleepy|spinning|numb|heart|chest|lips|blue|funny|slow|weird|"
    r"scared|going dark|fading)\b",
)
# ...told as history or asked about: "once, years ago", "is that common?"
_MIXED_PAST = needles.compile(
    r"\b(?:last (?:year|month|week|time)|years ago|once|is it|is that|was it|fine|okay|ok)\b"
)
# A verb of taking, typed through it: one letter off or doubled.
OVERDOSE = _compile(
    r"\bi (?:just |have |has |already )?(?!(?:took|swallowed|popped|drank) )(?:to+k+|tuk|taked|"
    r"tooked|drinked|eated|swall?ow\w*|swalow\w*|swolow\w*|popp?ed|drank) (?:the |a )?"
    r"(?:al+|evry|every|hole|whole|al+ of|evrything) (?:my |of my |the |me )?(?:\w+ ){0,2}?"
    r"(?:pil+s|pils|tabl\w*|tabs|meds|medz|medicin\w*|bottle|botle|box|pack)\b"
    r"(?!.*\b(?:on time|as prescribed|prescribed|with food|this morning|as usual)\b)",
)
_MEANS = (
    r"(?:ropes?|noose|shotguns?|rifles?|guns?|pistols?|revolvers?|handguns?|firearms?|service "
    r"weapon|glock)"
)
SELF = _compile(
    r"\ball i (?:really )?(?:want|wanna|wish for|need|ask for) (?:now )?(?:is |anymore is )?"
    r"(?:to )?(?:die|be dead|death|not exist|not be here|stop existing)\b",
    # a means made ready, waiting for its day
    r"\b" + _MEANS + r" (?:\w+ ){0,8}?(?:just )?(?:waiting for (?:the|a) (?:right|last) (?:day|"
    r"time|moment|night)|waiting for me|is loaded and|loaded and (?:ready|waiting|on|in)|ready "
    r"for (?:tonight|tomorrow|sunday|monday|friday|saturday|the day|when))\b",
    r"\b(?:got|took|pulled|brought) (?:the |my |dad s |his )?" + _MEANS + r" (?:out|down) "
    r"(?:of (?:the |my )?(?:cabinet|safe|closet|lockbox|case|barn|shed|truck|drawer) )?"
    r"(?:and|then) (?:loaded|load|cocked) (?:it|him|her|them)\b",
    # a means bought and nothing to do but wait
    r"\b(?:bought|ordered|picked up|got) (?:a|the|my|some|a new) (?:" + _MEANS + r"|pills|"
    r"tablets|helium|charcoal|barbiturates|nembutal) (?:\w+ ){0,10}?(?:now i (?:just )?wait|"
    r"now i am ready|now it is time|it is time|the waiting period is|then (?:it s|its|it is|it "
    r"will be|everything is|i am|i will be) (?:over|done|finished|free))\b",
    r"\b(?:bought|ordered|got|saving|saved|stocking|kept|keeping) (?:\w+ ){0,8}?(?:"
    + _MEANS
    + r"|pills|tablets|helium|gabapentin|\w+(?:pam|lam|line|done|pine|olol|zole|amol|adol)) "
    r"(?:\w+ ){0,10}?i know what (?:it s|its|it is|they re|theyre|they are|this is|that s|thats) "
    r"(?:really |actually )?for\b",
    # something to hang from, judged by whether it would hold
    r"\b(?:beam|beams|rafter|rafters|banister|railing|hook|branch|door frame|loft hatch) (?:\w+ )"
    r"{0,3}?(?:would|will|could|can|should|might) (?:hold|take) (?:me|my weight)\b"
    r"(?!.*\b(?:swing|hammock|pull ?ups?|punching bag|shelf|shelves|tv|climb\w*|sit\w*)\b)",
    # better gone from this world, as a second language says it
    r"\b(?:disappear\w*|vanish\w*|go away|leave|gone) (?:forever |for ever |for good )?from "
    r"(?:this|the) (?:world|earth|life)\b",
    r"\b(?:better|best) (?:if |that )?i (?:just )?(?:die|dead|disappear|vanish|not exist|not "
    r"alive|not live|no live)\b",
    r"\bi (?:no|not) want (?:to )?(?:live|living|alive|life)\b",
    # a season not expected to be seen, said by someone old
    r"\b(?:do not|dont|don t) (?:expect|plan|intend|think i will (?:get|live)) to (?:see|make it "
    r"to|live to see|be here (?:for|at|by)) (?:the |another |one more |next )?(?:spring|summer|"
    r"autumn|fall|winter|christmas|easter|new year|next year|my \w+ birthday|my birthday)\b"
    r"(?!.*\b(?:because|since|busy|work|moving|travel\w*|abroad|trip|away|visit\w*)\b)",
    # a car in a shut garage, with the person in it
    r"\b(?:sitting|sat|sit|waiting|lying) in (?:the|my) car in (?:the|my) garage (?:\w+ ){0,3}?"
    r"with (?:the )?(?:door|doors|garage door) (?:shut|closed|down)\b",
)
# "tomorrow i will finish everything, forgive me mama": an end announced with a farewell
_FINISH = needles.compile(
    r"\bi (?:will|am going to|going to|gonna|want to) (?:finish|end) (?:everything|it all|all)\b"
)
_PARTING = needles.compile(
    r"\b(?:forgive me|goodbye|good bye|farewell|can not (?:continue|go on)|no more strength|"
    r"sorry for everything)\b"
)
# The lookalikes of ``SELF`` by its means: the range, a hunt, the farm's work, a film.
_MEANS_ERRAND = needles.compile(
    r"\b(?:range|hunt\w*|deer|duck|season|target|clay|competition|club|hay|bales?|calves|"
    r"cattle|climb\w*|boat|tent|camp\w*|swing|tow\w*|museum|collection|film|movie|game|airsoft|"
    r"paintball|nerf|water gun|glue gun|nail gun|staple gun|heat gun|toy|gate|fence\w*|trailer|"
    r"clothes ?line|washing line|pulley|tie down)\b"
)
# "bought a rope yesterday. not for climbing"; not "not for work, just for the range on saturday"
_NOT_FOR = needles.compile(
    r"\bnot (?:for|to go)\b(?!(?: \S+){1,3}? (?:just|only|but|its|it is) (?:for )?(?:the |a |my )?"
    r"(?:range|hunt\w*|deer|duck|season|target|clay|competition|club)\b)"
)
_CHILD = (
    r"(?:toddler|baby|son|daughter|kid|kids|child|little one|boy|girl|grandson|granddaughter|"
    r"nephew|niece|little (?:brother|sister)|baby (?:brother|sister)|[1-9] ?(?:year|yr|month) "
    r"old|[1-9] ?(?:yo|y o|yr old)|twins?)"
)
OTHER = _compile(
    r"\bmy "
    + _CHILD
    + r" (?:\w+ ){0,3}?(?:swallowed|ate|eaten|chewed|got into|found|drank|has eaten|"
    r"has swallowed|may have (?:swallowed|eaten)|might have (?:swallowed|eaten)) (?:\w+ ){0,9}?"
    r"(?:pills|tablets|meds|medicine|medication|capsules|gummies|vitamins|iron|paracetamol|"
    r"tylenol|ibuprofen|bleach|detergent|laundry pods?|dishwasher tablets?|button batter\w*|"
    r"washing up liquid|dish soap|(?:floor|toilet|oven) cleaner|cleaning (?:liquid|fluid|spray)|"
    r"batter(?:y|ies)|antifreeze|rat poison|weed killer|poison|\w+(?:line|pam|lam|done|pine|"
    r"olol|zole|amol|adol|pril|statin)|a few|some of (?:them|it))\b",
)
# A child's first pill swallowed, a pill swallowed whole as told: no poisoning.
_CHILD_FINE = needles.compile(
    r"\b(?:first (?:pill|tablet)|learn\w* to swallow|can swallow|swallow\w* (?:a|his|her|the) "
    r"(?:pill|tablet)s? (?:whole|now|fine)|as prescribed|prescribed|his medicine fine|her "
    r"medicine fine|vitamins? (?:like|as|every)|chewable|as usual|like always|every day)\b"
)
DISTRESS = _compile(
    r"\b(?:fail\w*|flunk\w*) (?:\w+ ){0,3}?(?:exams?|finals|tests?|classes|course|year|semester|"
    r"module)\b(?=.*\b(?:no point|future is (?:over|gone|ruined)|life is (?:over|ruined)|"
    r"hopeless|give up|never (?:pass|make it)|useless|worthless|failure|ruined)\b)",
    r"\b(?:my|the) future is (?:over|gone|ruined|finished|dead)\b",
    # worn down, told as people in a second language or in slang tell it
    r"\b(?:cooked|fried|wrecked|broken|burnt|burned|exhausted|drained) (?:mentally|emotionally)\b",
    r"\bmentally (?:cooked|fried|wrecked|exhausted|drained|gone|broken)\b",
    r"\b(?:infusion|ketamine|session|treatment|spravato|esketamine|dose|k) (?:\w+ ){0,2}?(?:wore|"
    r"wears|wearing) off (?:\w+ ){0,6}?(?:crash\w*|lower than before|worse than before|deep "
    r"(?:dark )?hole|dark hole|black hole)\b",
    r"\b(?:after|since) (?:the |my |that )?(?:\w+ )?(?:infusion|ketamine|session|treatment|"
    r"spravato|esketamine|dose|k) (?:\w+ ){0,10}?(?:crash\w*|fell into|sank into|plummet\w*|"
    r"tanked|worse than before|lower than before|deep (?:dark )?hole|dark hole|black hole|"
    r"comedown)\b(?! (?:asleep|out|into bed|on the sofa|on the couch|for a nap))",
    r"\b(?:crash\w*(?! (?:my|the|his|her|a|our) (?:car|bike|truck|van|laptop|computer|pc|"
    r"phone|game))|comedown|come down) (?:\w+ ){0,3}?(?:after|since) (?:the |my )?(?:infusion|"
    r"ketamine|session|treatment|spravato|esketamine)\b(?!.*\b(?:asleep|nap|bed|slept)\b)",
)
# A game named, and then real life asked about: the game no longer excuses it
IRL = needles.compile(
    r"\b(?:but|in|for) (?:irl|real life)\b|\birl\b(?=.*\?|.*\b(?:how|what|which)\b)"
)
# A food, a coin or a pill swallowed whole, as said of how, not how many; a small thing swallowed.
_WHOLE = needles.compile(
    r"\bswallow\w* (?:(?:a|an|the|my|his|her|one) \w+|it|them) whole\b"
    r"(?<!bottle whole)(?<!pack whole)(?<!box whole)(?<!strip whole)(?<!packet whole)"
    r"|\bswallow\w* (?:a|an|the|his|her|my|some) (?:\w+ )?(?:coin|grape|marble|lego|button|bead|"
    r"seed|pip|bone|tooth|gum|toy|penny|ice cube|fly|bug|stone|pebble|cherry stone|sweet)s?\b"
    r"(?! batter)"
    r"|\bswallow\w* (?:\w+ ){0,3}?the wrong way\b|\bwent down the wrong way\b"
)
# A firearm or a rope at its everyday work (a hunt, the range, the farm), no word of harm.
_HARM_WORD = needles.compile(
    r"\b(?:myself|suicid\w*|goodbye|farewell|note|end it|end my|die|dying|dead|last|forever|"
    r"over with|no one|nobody|done)\b"
)

_MEANS_RE = needles.compile(r"\b" + _MEANS + r"\b")
_SAFE_GARAGE = needles.compile(
    r"\bgarage\b(?=.*\b(?:safely|safe|door (?:open|up)|doors open|warm\w* (?:\w+ )?up)\b)"
)
# The work, the meal or the studies finished: what "i want to finish" is about in a second language
_TASK = needles.compile(
    r"\bfinish (?:my|the|this|our|all my) (?:homework|essay|thesis|project|work|degree|studies|"
    r"course|assignments?|report|book|exams?|shift|dinner|meal|lunch|food|tasks?|paper|chores)\b"
    r"|\bfinish (?:everything|it all|all) (?:on|from) (?:my|the) (?:to do |todo )?(?:list|desk|"
    r"plate|schedule)\b"
)

# A swing or a hammock on a beam: what a beam is asked to hold
_HUNG = needles.compile(
    r"\b(?:beam|rafter|branch|hook|ceiling|joist)s?\b(?=.*\b(?<!no )(?<!not a )(?<!not for a )"
    r"(?<!without a )(?<!without )(?:swing|hammock|punching bag|pull ?up bar|"
    r"plants?|lights|bird feeder|chandelier|fan|(?:hanging|egg|swing|hammock|pod|bubble|"
    r"cocoon|rattan) chairs?|swing seats?|baby bouncers?|aerial hoops?|yoga swings?|trapeze)\b)"
)
# A date set for an event, a treatment finished and the writer better: ordinary
_EVENT_DATE = needles.compile(
    r"\b(?:set|picked|chose|chosen|booked|fixed|got) (?:the |a )?date for (?:my|the|our|his|her) "
    r"(?!death|end|exit|suicide|last|goodbye|funeral)\w+"
)
# ...told after a treatment, with nothing of a decision, a plan or a mask beside it
_WELL = needles.compile(
    r"\b(?:i feel|feeling|i am feeling|i am|i m|im) (?:so much |much |a lot |way |really )?"
    r"(?:better|great|good|well|like myself again)\b"
)
_CARED = needles.compile(
    r"\b(?:infusion|session|treatment|spravato|esketamine|ketamine|course|lessons?|thank|thanks)\b"
)
_WELL_BUT = needles.compile(
    r"\b(?:decided|plan\w*|peace|calm|goodbye|bye|ready|relief|free|will not|wont|no longer|"
    r"anymore|soon|finally|gone|hiding|hide|pretend\w*|mask\w*|not|thinks?)\b"
)
# A heart to be calmed, not stopped: "the fastest way to stop my heart racing"
_HEART_CALMED = needles.compile(
    r"\bstop (?:my|your|the|a|ones|one s) heart (?:from )?(?:racing|pounding|beating (?:so )?fast|"
    r"fluttering|palpitat\w*|hurting|breaking|aching|skipping)\b"
)
_TASK_BUT = needles.compile(
    r"\b(?:decided|first|before|last|after|goodbye|done with|anymore|any more|disappear\w*|"
    r"problem|burden|gone|forever|vanish\w*|end|over|bye|nobody|no one|won t|wont)\b"
)


def hung_for_use(plain: str) -> bool:
    """A beam, a joist or a hook asked to hold a swing, a hammock or a hanging chair."""
    return _HUNG.search(plain) is not None


def ordinary(plain: str) -> bool:
    """An ordinary reading the classifier defers to: a task finished, a thing swallowed whole."""
    if swallowed_whole(plain) or _HUNG.search(plain) or _HEART_CALMED.search(plain):
        return True
    if _WELL.search(plain) and _CARED.search(plain) and not _WELL_BUT.search(plain):
        return True  # "finished my last infusion, thank you so much, I feel better!"
    # "I've decided on Friday. I just wanted to finish this course first": a task before an end
    return _TASK.search(plain) is not None and _TASK_BUT.search(plain) is None


def method(plain: str) -> bool:
    """A method question or plan told by its frame: not being found, a rescue defeated."""
    if METHOD.search(plain) is not None:
        return True
    if _CERTAIN_DEATH.search(plain) and _MEANS_ANY.search(plain) and not _IDIOM.search(plain):
        return True
    if _DEFEAT.search(plain) is not None and _RESCUE_CUE.search(plain) is not None:
        return True
    if _UNFIXABLE.search(plain) is not None and _RESCUE_CUE.search(plain) is not None:
        return True
    if _UNFIXABLE.search(plain) is not None and _MEDICINE.search(plain) is not None:
        return True
    return _WORKS.search(plain) is not None and _MEDICINE.search(plain) is not None


def overdose(plain: str) -> bool:
    """All of one's pills taken, typed through it; a downer mixed with drink, the body answering."""
    if OVERDOSE.search(plain) is not None:
        return True
    return MIXED.search(plain) is not None and _MIXED_PAST.search(plain) is None


def own(plain: str) -> bool:
    """The writer's own risk told by a frame the other rules do not read."""
    found = SELF.search(plain) or (_FINISH.search(plain) and _PARTING.search(plain))
    if found is None:
        return False
    return _MEANS_ERRAND.search(plain) is None or _NOT_FOR.search(plain) is not None


def child_poisoned(plain: str) -> bool:
    """A young child who swallowed medicine or a household poison: the helpers' reply."""
    return OTHER.search(plain) is not None and _CHILD_FINE.search(plain) is None


def distress(plain: str) -> bool:
    """Exams told as a future over, the crash after a treatment: the caring reply."""
    return DISTRESS.search(plain) is not None


def swallowed_whole(plain: str) -> bool:
    """Something swallowed whole: how it went down, not an amount."""
    return _WHOLE.search(plain) is not None and _AMOUNT.search(plain) is None


# An amount beside it ("swallowed my meds whole, about 30 of them") is an overdose told.
_AMOUNT = needles.compile(
    r"\b(?:\d+|all|every|dozens?|handful|lots|many|several|bunch|bottle|pack|box|strip|packet|"
    r"rest of|of them|too much|too many|overdos\w*)\b"
)


def means_errand(plain: str) -> bool:
    """A gun or a rope told at a hunt, the range or the farm's work, with no word of harm."""
    if _MEANS_RE.search(plain) is None:
        return False
    if _MEANS_ERRAND.search(plain) is None or _NOT_FOR.search(plain) is not None:
        return False  # "bought a rope yesterday. not for climbing"
    return _HARM_WORD.search(plain) is None


def safe_garage(plain: str) -> bool:
    """A car run in a garage asked about safely, its door open: an errand, not a method."""
    return _SAFE_GARAGE.search(plain) is not None


def excused(plain: str) -> bool:
    """What excuses a preparation or a place the other rules read: a gun at a hunt, a car warmed
    with the garage open, a date set for a retirement, a heart to be calmed rather than stopped."""
    if means_errand(plain) or safe_garage(plain):
        return True
    if _EVENT_DATE.search(plain) is not None and _EVENT_BUT.search(plain) is None:
        return True
    return _HEART_CALMED.search(plain) is not None


# A date set beside a means or a goodbye is no appointment ("the pills saved up").
_EVENT_BUT = needles.compile(
    r"\b(?:pills?|tablets?|meds|rope|gun|saved up|stockpil\w*|hoard\w*|enough|goodbye|note|"
    r"letters?|my will|last)\b"
)
