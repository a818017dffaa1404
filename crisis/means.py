"""Means: a lethality question however it is framed, substances mixed, a weapon kept at hand.

A question about which medicines are deadly together, or whether several devices at once
could be an overdose, is method-seeking whoever it is said to be for ("my friend wants to
know..."): ``METHOD`` gets the full reply. An overdose is often told as a quantity of the
person's own supply ("my whole week of pills") or as drink and pills together with what the
body is doing (``OVERDOSE``). A means kept close and handled again and again ("I keep taking
the gun out and looking at it"), or lying ready, is a preparation (``AT_HAND``). The everyday
uses (cleaning a rifle for a hunt, pills kept locked away, a sharp knife in the kitchen) are
carried by each pattern's lookaheads. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _any, _compile

_DEADLY = _any(
    r"deadly",
    r"lethal",
    r"fatal",
    r"(?:the )?most dangerous",
    r"dangerous enough to (?:kill|be fatal)",
    r"enough to kill",
    r"(?:would|could|will) kill",
    r"kills?",
)
# "would it be detectable": a concealment asked beside a death, an autopsy or pills
_IT_DETECTABLE = (
    r"\bit (?:\w+ ){0,3}?(?:is |be |are )?(?:detectable|traceable|undetectable|show up (?:in|on) "
    r"(?:an? )?(?:autopsy|tox\w*))\b"
)
_CONCEALED = _any(
    r"autops(?:y|ies)",
    r"post mortem",
    r"coroner",
    r"dead|death|die|dies|dying|died",
    r"kill\w*",
    r"overdos\w*|od",
    r"lethal|fatal",
    r"suicid\w*|murder\w*|poison\w*",
    r"pills|tablets|insulin",
    r"nobody would know|no one would know|look natural|accident",
)
_DRINK = _any(
    r"wine",
    r"vodka",
    r"beers?",
    r"drinks",
    r"shots",
    r"whiske?y",
    r"gin",
    r"rum",
    r"tequila",
    r"alcohol",
    r"booze",
    r"cans",
)
_PILLS = _any(
    r"pills",
    r"meds",
    r"tablets",
    r"medication",
    r"capsules",
    r"sleeping pills",
    r"painkillers",
    r"benzos",
    r"prescription",
    r"\w+(?:pam|lam|ine|done|adol|amol)",
)
_SYMPTOM = _any(
    r"(?:room|head|everything) (?:is |keeps )?spinning",
    r"chest (?:is |feels )?(?:tight|heavy)",
    r"sweating",
    r"can not (?:wake|get) (?:him|her|them) up",
    r"can not (?:feel|move|stand|breathe|stay awake|see straight|keep my eyes open)",
    r"(?:heart|breathing) (?:is |feels )?(?:slow|weird|racing|pounding)",
    r"breathing (?:sounds|seems|looks|is) (?:\w+ )?(?:weird|strange|shallow|funny|wrong|off|noisy)",
    r"(?:lips|face) (?:are |is |look |looks |turning )?(?:blue|purple|grey|gray)",
    r"barely breathing",
    r"snoring (?:\w+ )?(?:weird\w*|strange\w*|funny|loud\w*|oddly)",
    r"(?:will not|wo not|is not|not) (?:respond|responding|waking up)\b(?! to (?:\w+ )?"
    r"(?:texts?|messages?|calls?|emails?))",
    r"throwing up",
    r"passing out",
    r"going numb",
    r"so (?:sleepy|drowsy|dizzy)",
    r"(?:can|could) (?:barely|hardly) (?:breathe|stand|move|see|keep my eyes open|stay awake)",
    r"(?:feel|feeling|feels) (?:super |really |very |so |extremely )?(?:wrong|scary wrong)",
)
_WEAPON = _any(
    r"gun",
    r"pistol",
    r"rifle",
    r"shotgun",
    r"revolver",
    r"handgun",
    r"firearm",
    r"rope",
    r"noose",
    r"razor",
    r"blades?",
)
_HANDLING = _any(
    r"taking (?:it|them) out",
    r"getting (?:it|them) out",
    r"(?:looking|staring) at (?:it|them)",
    r"holding (?:it|them)",
    r"picking (?:it|them) up",
    r"touching (?:it|them)",
    r"playing with (?:it|them)",
    r"loading (?:it|them)",
    r"checking (?:it|them|if it works)",
    r"thinking about (?:using )?(?:it|them)",
)
# Everyday reasons a weapon is out: a hunt, the range, cleaning, a sale, a collection.
_WEAPON_ERRAND = (
    r"(?!.*\b(?:hunt\w*|range|clean\w*|sell\w*|collection|collector|licen[cs]e|safe storage|"
    r"deer|season|club|competition|skeet|clay|shaving|shave|craft\w*|hobby)\b)"
)

_NEED = (
    r"\bhow (?:much|many) (?:of (?:each|it|them|both|the \w+) )?(?:would|will|does|do|did) (?:she|"
    r"he|they|the character|the victim|someone|a person|i|you) (?:\w+ )?need\b"
)

# "asking for me": the joke's "asking for a friend" turned on the writer
_FOR_ME = (
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!kept )(?<!keeps )asking for (?:me|myself)\b"
)
_HOW_FAR = (
    r"\bhow (?:high|tall|far|many|much|long|deep|fast)\b(?=.*\b(?:bridge|roof|floor|storey|story|"
    r"building|pills|tablets|overdose|die|dying|jump|fall|drop|lethal|rope|cut|deep|train)\b)"
    r"(?!.*\b(?:paint\w*|fix\w*|repair\w*|build(?:ing)? (?:a|it)|install\w*|survey\w*|homework|"
    r"physics|school|project|drone|kite)\b)"
)

METHOD = _compile(
    # which medicines are deadly together, whoever it is asked for
    r"\b(?:which|what) (?:\w+ ){0,2}?(?:meds|pills|drugs|tablets|medications?|medicines|"
    r"substances|combos?|combinations?|mix(?:es)?) (?:\w+ ){0,3}?(?:are|is|would be|could be|"
    r"get|become) (?:\w+ )?" + _DEADLY + r"\b(?: \w+){0,3}? (?:with|together|combined|mixed|"
    r"when mixed|on top of)\b",
    r"\b(?:which|what) (?:combo|combination|mix|cocktail)s? (?:\w+ ){0,2}?(?:works?|would work|"
    r"is) (?:best|fastest|quickest|most reliabl\w*|for sure)\b",
    # can you overdose on it by taking a lot of it at once
    r"\b(?:can|could|would|will) (?:you|u|i|one|someone|a person|people) (?:\w+ )?(?:od|"
    r"overdose) (?:on|from|with) (?:\w+ ){0,4}?(?:if|by|when) (?:you|u|i|one|someone|they) "
    r"(?:\w+ ){0,2}?(?:use|used|take|took|swallow|swallowed|drink|drank|inject|snort|do|did) "
    r"(?:\w+ ){0,3}?(?:a bunch|several|many|multiple|lots|a lot|"
    r"all|too many|loads|at once|together|\d+)\b",
    # how a method is made certain, however the question is framed (a screenplay, a friend)
    r"\b(?:helium|nitrogen) (?:bag|hood)s?\b|\bexit bags?\b",
    # a gas asked about as a method, or as what it would still do ("is helium still reliable")
    r"\b(?:helium|nitrogen|carbon monoxide|exhaust fumes?|charcoal burning)\b(?: \w+){0,6}? "
    r"(?:reliable|foolproof|painless|a (?:good |sure )?method|work for (?:it|that|this))\b",
    r"\b(?:reliable|foolproof|painless|surest|certain|effective) (?:\w+ )?(?:method|way to go|"
    r"way out)\b(?: \w+){0,6}? (?:helium|nitrogen|gas|fumes|pills|jump|hanging|rope)\b",
    # how long a closed space of exhaust takes: the lethality of a method asked as its timing
    r"\bhow (?:long|many minutes) (?:\w+ ){0,4}?(?:to |until (?:you |u |i |someone )?)?(?:pass "
    r"out|lose consciousness|die|fall asleep|go unconscious) (?:\w+ ){0,2}?(?:from|with|in|on) "
    r"(?:the |a )?(?:car |car s )?(?:carbon monoxide|co|exhaust|fumes|charcoal|gas)\b",
    # which height or fall is "more certain", however casually it is asked
    r"\b(?:more|most|less|least) (?:certain|sure|guaranteed|fatal|lethal|deadly|survivable)\b"
    r"(?: \S+){0,4}? \d+ (?:floors?|stor(?:e)?ys?|stories|metres|meters|feet|ft|m)\b",
    r"\b\d+ (?:floors?|stor(?:e)?ys?|stories|metres|meters|feet|ft|m)\b(?: \S+){0,5}? (?:enough to "
    r"(?:die|kill|be fatal|not survive)|(?:more|most) (?:certain|fatal|lethal|deadly)|"
    r"survivable|would i survive|do people survive)\b",
    r"\b(?:make sure|be sure|ensure|guarantee)\w* (?:\w+ ){0,3}?(?:helium|nitrogen|noose|rope|"
    r"hanging|gun|pills|overdose|jump|fall|cut|bag) (?:\w+ ){0,2}?(?:works|worked|will work|is "
    r"fatal|kills|is lethal|succeeds)\b",
    r"\b(?:speed|height|dose|amount|depth|fall|drop|number) (?:\w+ ){0,3}?(?:guarantees?|ensures?|"
    r"is certain to cause|means certain) (?:a )?(?:death|dying|it is fatal)\b",
    r"\b(?:best|right|easiest|quickest) (?:place|spot|way|vein|part) (?:\w+ ){0,4}?to cut\b"
    r"(?: \S+){0,4}? (?:deep|deep enough|bleed\w*|vein|artery)\b",
    r"\bcut (?:\w+ ){0,2}?so (?:it is |its )?deep enough\b",
    r"\b(?:overdose|poison\w*|insulin) (?:\w+ ){0,3}?(?:is |be |are )?(?:detectable|"
    r"traceable|undetectable|show up (?:in|on) (?:an? )?(?:autopsy|tox\w*))\b",
    # "would it be detectable" is a concealment asked only beside a death, an autopsy or pills:
    # alone it is a drug test's window ("how long is it detectable in urine", a novel's tox screen)
    r"\b" + _CONCEALED + r"\b.*\b" + _IT_DETECTABLE,
    _IT_DETECTABLE + r"(?=.*\b" + _CONCEALED + r"\b)",
    r"\bhow (?:much|many) (?:\w+ ){0,2}?(?:it|does it|would it|will it) takes?\b"
    r"(?=.*\b(?:overdose|od|lethal|fatal|die|dying|kill|dead|death)\b)",
    r"\bhow many (?:of )?(?:\w+ ){0,3}?(?:pills|tablets|meds|capsules|sleeping pills|"
    r"painkillers) (?:\w+ ){0,2}?(?:would|will|is|are|might) (?:be )?too (?:many|much)\b",
    r"\bif (?:i|he|she|they|you|someone|my \w+) (?:\w+ ){0,10}?(?:drinks?|takes?|swallows?|"
    r"mix(?:es)?|uses?|injects?|snorts?) (?:\w+ ){0,8}?(?:will|would|could|can) (?:i|he|she|they|"
    r"you|it|someone) (?:die|kill (?:me|him|her|them)|be fatal|be enough|od|overdose|stop (?:my|"
    r"his|her|their) heart)\b",
    # how much of each a character would need, once the question is about dying
    r"\b(?:overdose|od|lethal|fatal|die|dies|dying|kill|dead|death)\b.* " + _NEED,
    _NEED + r"(?=.*\b(?:overdose|od|lethal|fatal|die|dies|dying|kill|dead|death)\b)",
    r"\b" + _FOR_ME + r".*" + _HOW_FAR,
    _HOW_FAR + r".*\b" + _FOR_ME,
    r"\b(?:would|will|could|does) (?:\w+ ){0,6}?(?:at once|all together|in one go) "
    r"(?:\w+ ){0,3}?(?:kill|be fatal|be lethal|be enough|stop (?:my|your|the) heart|od|"
    r"overdose)\b",
)

OVERDOSE = _compile(
    # the person's own supply, gone at once
    r"\b(?:took|had|swallowed|downed|necked|popped|taken|ate|finished) (?:\S+ ){0,8}?(?:my|a|"
    r"the) (?:whole|entire|full) (?:week|month|fortnight|bottle|pack|packet|box|strip|sheet|"
    r"blister|prescription|supply)(?: s)? (?:of |worth (?:of )?)?(?:\w+ )?" + _PILLS + r"\b",
    r"\b(?:took|swallowed|downed|had) (?:\S+ ){0,4}?(?:a |the |my )?(?:week|month|fortnight)"
    r"(?: s)? worth of (?:\w+ )?" + _PILLS + r"\b",
    # drink and pills together, and what the body is doing now
    r"\b" + _DRINK + r" (?:\S+ ){0,6}?" + _PILLS + r"\b(?: \S+){0,10}? " + _SYMPTOM + r"\b",
    r"\b" + _PILLS + r" (?:\S+ ){0,6}?" + _DRINK + r"\b(?: \S+){0,10}? " + _SYMPTOM + r"\b",
    # a drug done, and the body answering
    r"\b(?:did|done|took|had|snorted|railed|mixed|mixing|combined) (?:\S+ ){0,6}?(?:ket|k|"
    r"ketamine|mdma|molly|coke|"
    r"cocaine|xanax|benzos|gabapentin|pregabalin|oxy|fent\w*|lean|ghb|g|meth|bumps?|lines?|"
    r"\w+pam|\w+lam)\b(?: \S+){0,12}? " + _SYMPTOM + r"\b",
    r"\b(?:\d+|several|few|two|three|four|five|six|a bottle of|bottles of|loads of|lots of) "
    r"(?:\w+ )?" + _DRINK + r" (?:and|with|plus|on top of) (?:\w+ ){0,3}?(?:all|the whole|"
    r"the rest of|a handful of|a bunch of|a load of|my whole|every) (?:\w+ ){0,2}?" + _PILLS,
    # someone found out cold after mixing
    r"\b(?:passed out|unresponsive|unconscious|turning blue|will not wake up|can not wake up) "
    r"(?:\S+ ){0,3}?(?:after|from) (?:mixing|taking|doing|drinking|combining|snorting) "
    r"(?:\S+ ){0,4}?(?:ket|ketamine|alcohol|drinks?|pills|benzos|xanax|ghb|opioids?|heroin|"
    r"fent\w*|oxy|meds|\w+pam)\b",
)

AT_HAND = _compile(
    # a means shown to others
    r"\b(?:posted|sent|shared|put up) (?:\w+ )?(?:a )?(?:photo|picture|pic|selfie|video|story) "
    r"of (?:\w+ ){0,2}?(?:pills|tablets|a rope|a noose|a gun|blades|razors?)\b" + _WEAPON_ERRAND,
    # a means handled again and again
    r"\b" + _WEAPON + r"\b(?: \S+){0,10}? (?:keep|kept|been|sit|sat|always|i am|found myself) "
    r"(?:\w+ ){0,2}?" + _HANDLING + r"\b" + _WEAPON_ERRAND,
    r"\b(?:keep|kept|been|sit|sat|always|i am) (?:\w+ ){0,2}?(?:looking at|staring at|holding|"
    r"taking out|getting out|touching|loading) (?:the|my|a|dad s|his|her|our) (?:\w+ )?"
    + _WEAPON
    + r"\b"
    + _WEAPON_ERRAND,
    # ready, in the person's own words
    r"\b(?:have|got|has) (?:my|the|all my|all the) (?:pills|tablets|meds|rope|gun|blades?|"
    r"razors?) (?:\w+ )?(?:ready|lined up|counted|counted out)\b(?! for\b)",
    # held to the body, or lying ready
    r"\b(?:holding|held|pressed|put|pointing|pointed) (?:the |a |my )?(?:gun|pistol|knife|"
    r"blade|razor) (?:to|against|at) my (?:head|temple|wrists?|throat|chest|neck|arm)\b",
    r"\bof my (?!.*\b(?:organi[sz]er|as prescribed|pharmacy|refill|pill ?box|dosette|recycl\w*|"
    r"return\w*|dispos\w*|lego|cards|coins|books|clothes|photos|notes|shoes|toys|socks)\b)"
    r"(?:\w+ ){0,2}?(?:in a (?:\w+ )?(?:pile|heap|row|line|stack)|lined up|laid out|counted out|"
    r"spread out)\b",
    r"\b(?:the |my |all my |all the |all of my )?(?:pills|tablets|meds|sleeping pills|"
    r"painkillers|gun|pistol|rope|noose|razors?|blades?) (?:is|are) (?:right )?(?:here|in a "
    r"(?:\w+ )?(?:row|pile|heap|line|stack)|"
    r"in front of me|next to me|beside me|in my hand|laid out|"
    r"lined up|counted out)\b(?! (?:\w+ ){0,3}?(?:for|in case|as prescribed|locked))",
    # sitting alone with a means, no chore or ailment that would explain it
    r"\b(?:sat|sitting|sit|lying|lay) (?:here |in (?:my|the) (?:room|bathroom|bath|car) )?(?:alone "
    r")?with (?:the |my |a )?(?:razor blades?|razors?|blades?|rope|noose|gun|knife|pills|tablets|"
    r"sleeping pills)\b(?!.*\b(?:shav\w*|cook\w*|craft\w*|hobby|diy|decorat\w*|wallpaper|chop\w*|"
    r"vegetables|fish\w*|boat|climbing|camping|sharpen\w*|bbq|headache|cold|flu|period|"
    r"prescribed|organi[sz]er|dosette|water|tea|coffee)\b)",
    # a bath run and a blade laid ready beside it
    r"^(?=.*\bbaths? (?:is |s )?(?:running|run|filling|full|ready)\b)(?!.*\bshav\w*).*\b(?:blades?|"
    r"razors?)\b (?:\S+ ){0,2}?(?:on the side|on the edge|ready|beside|next to|by)\b",
    # the drugs or means gathered, and the person bracing for it
    r"^(?=.*\b(?:pills|tablets|bars|pregabs?|benzos|xanax|vodka|rope|blades?|gun|meds|gear|"
    r"heroin|oxy\w*)\b)(?!.*\b(?:party|flight|fly\w*|dentist|exam|interview|gig|date)\b).*\b"
    r"(?:working|building|psyching myself|getting) up (?:to|the nerve for|the courage for) (?:it|"
    r"taking (?:them|it))\b",
)
