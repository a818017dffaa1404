"""English signs that say it without the words: farewells, plans, passive wishes, a last hope.

People near a decision seldom write "suicide". They thank everyone and say they won't need the
next lesson, ask who gets their things when they are gone, say the treatment was the last chance
and it failed, keep driving fast hoping something happens, plan their exit. Each rule here names
one such sign; they get the full crisis reply (or the reply for helpers when the message is
plainly about someone else), like the other explicit signs in ``signals``. An ingested poison
counts as an overdose. Read on normalised, guarded text (see ``crisis.normalise``). Pure.
"""

from __future__ import annotations

from crisis.vocab import AWAY_FOR_A_REASON, ENDING_BESIDE, _compile

# A treatment that failed: ketamine, esketamine and the others this course is about.
_TREATMENT = (
    r"(?:ketamine|esketamine|spravato|ket|k|infusions?|sessions?|treatments?|ect|tms|meds|"
    r"medication|therapy|the clinic)"
)
_FAILED = (
    r"(?:it did not|did not (?:work|help|do anything)|does not work|is not working|stopped working|"
    r"failed|"
    r"did nothing|nothing|no effect|not working|only helped for|helped for (?:like )?(?:a|one|two|"
    r"\w+) (?:days?|weeks?))"
)
# What someone says once there is nothing left: the end of hope, not just disappointment.
_NOTHING_LEFT = (
    r"(?:that is it|i am out|i am done|done trying|done with (?:trying|everything|it all|life)|"
    r"where does that leave me|no point|nothing left|nothing else|"
    r"give up|giving up|last (?:chance|hope|option|resort|thing)|my exit|no (?:more )?options|"
    r"can not do this (?:again|anymore)|what is the point|no reason|nothing (?:is )?left for me)"
)

OVERDOSE_MORE = _compile(
    r"\b(?:drank|drunk|swallowed|ate|took|drinking|swallowing) (?:some |a lot of |a bottle of |"
    r"the |a cup of |a glass of )?(?:bleach|antifreeze|poison|rat poison|weed ?killer|pesticides?|"
    r"drain cleaner|paraquat|cyanide|lye|methanol)\b",
    # a farm poison drunk, by the amount a man tells it in ("a good bit of the roundup")
    # the writer's own act: the message opens with it, or "i" or "just" tells it (the sheep that
    # drank the drench is a job)
    r"(?:^|\bi (?:just |have |ve )?|\bjust |\bive (?:just )?)(?:drank|drunk|swallowed|downed|"
    r"skolled|skulled|had) "
    r"(?:(?:a |some |half (?:a |the )?)?(?:good |big |fair |decent )?(?:bit|lot|mouthful|swig|gulp|"
    r"cup|glass|bottle|can|jug|capful)s? of )?(?:the |some |my |that )?(?:roundup|glyphosate|"
    r"paraquat|gramoxone|sheep dip|drench|herbicides?|insecticides?|organophosphates?|weed ?killer|"
    r"pesticides?|rat poison|antifreeze)\b",
    r"\b(?:took|did|used|had|taken|swallowed|snorted|drank) (?:\S+ ){0,6}?(?:more|too much|"
    r"too many|a lot|extra|everything)(?: \S+){0,6}? on purpose\b",
    r"\bon purpose (?:\S+ ){0,8}?(?:can not (?:feel|move|breathe|stay awake)|heart|dizzy|"
    r"throwing up|vomiting)",
)

INDIRECT = _compile(
    # following someone out of life: "once she is gone i am going too"
    r"\b(?:once|when|after) (?:she|he|they|my \w+|shes|hes) (?:is |are |has |have |passes |"
    r"dies |goes )?(?:\S+ ){0,2}?i (?:am going too|will go too|am going with (?:her|him|them)|"
    r"will follow (?:her|him|them))\b(?! to)",
    # a treatment as the condition of staying: "if the infusions do not work i am out"
    r"\bif (?:this|it|that|the|my|these|ketamine|spravato|esketamine|the next) (?:\w+ ){0,2}?"
    r"(?:fails|fail|does not work|do not work|did not work|does not help|do not help|"
    r"is not working|"
    r"are not working)\b(?: \S+){0,4}? (?:i am|i will be|then i am|i will) (?:out|done|gone|"
    r"finished|"
    r"checking out|ending it|calling it)\b(?! (?:with|trying|looking|paying|on (?:it|them|ketamine|"
    r"treatment)|for the (?:day|week)))",
    r"\bset (?:myself )?a (?:deadline|date|end date)\b(?= (?:\S+ ){0,4}?(?:if|unless) (?:nothing|"
    r"it|"
    r"this|things|the \w+)\b)",
    # sleep that will not end, told as what will happen
    r"\bi (?:will|am going to|might|may) (?:just )?(?:go to )?sleep and (?:not|never) wake (?:up|"
    r"again)\b",
    # not wanting to come back from a dissociative session
    r"\b(?:k ?hole|trip|infusion|session|dissociat\w*)\b(?: \S+){0,14}? (?:do not|did not|never) "
    r"want(?:ed)? to come back\b(?! (?:to|for) (?:work|school|class|the office|this place|the "
    r"clinic|that clinic|another|more))",
    r"\b(?:wish|hope) i (?:would not|do not|did not|never|had not|will not) (?:come|came) back\b"
    r"(?! (?:to|from) (?:work|school|class|holiday|vacation|the trip))",
    # a treatment that was the last hope, and failed
    r"\b"
    + _TREATMENT
    + r"\b(?: \S+){0,8}? "
    + _FAILED
    + r"\b(?: \S+){0,14}? "
    + _NOTHING_LEFT
    + r"\b",
    r"\b(?:was|were|is) (?:my|the) (?:last|final|only) (?:chance|hope|option|resort|shot)\b"
    r"(?: \S+){0,12}? (?:nothing|did not|does not|failed|no point|not working|no change)\b",
    r"\bif (?:this|it|that|ketamine|the treatment) (?:fails|does not work|did not work)\b"
    r"(?: \S+){0,3}? (?:i am|i will be|then i am) (?:out|done|gone|finished)\b"
    r"(?! (?:with|trying|looking|paying|on (?:it|them|ketamine|treatment)))",
    r"\b(?:i )?guess (?:that is|this is) it\b(?= *$| then| for me)",
    # plans and preparations, in other words
    r"\b(?:planning|planned|plan|preparing|prepared|arranging|arranged) (?:(?:my|an|the) (?:exit|"
    r"way out|departure)|my (?:own )?(?:death|suicide|funeral))\b(?! (?:interview|strategy|from|"
    r"visa|row|door|ticket|survey|meeting|exam|flight|plan)\b)",
    r"\b(?:got|have|had) everything (?:ready|prepared|sorted|in place|lined up)\b(?: \S+){0,4}? "
    r"(?:no one|nobody|this time)\b",
    # ...gone on holiday or for work is an errand, unless an ending is told beside it
    r"\b(?:if|when|once|after) i am gone\b(?: \S+){0,3}? who (?:gets|will get|takes|will take|"
    r"inherits|keeps|should get|can have)\b(?:" + AWAY_FOR_A_REASON + r"|" + ENDING_BESIDE + r")",
    r"\bwho (?:gets|will get|takes|will take|inherits|keeps) (?:\S+ ){1,4}?(?:if|when|once|after) "
    r"i am gone\b(?:" + AWAY_FOR_A_REASON + r"|" + ENDING_BESIDE + r")",
    r"\bwill not (?:be )?need(?:ing)? (?:the |any |my )?(?:next|rest of the|remaining|future|"
    r"other|further|more) (?:lessons?|sessions?|appointments?|modules?)\b",
    r"\bwill not (?:be )?need(?:ing)? (?:the |any |my |this )?(?:lessons?|course|subscription|"
    r"sessions?|appointments?) (?:anymore|any more|after (?:this|today|tonight))\b",
    r"\b(?:will not|wo not|shall not) be (?:around|here|alive) (?:for|to see|by|at) the end\b",
    r"\bby this time tomorrow\b(?: \S+){0,6}? (?:gone|dead|not be|will not be|no go dey|"
    r"no longer)\b",
    r"\bcancel\w* (?:all )?(?:my |the )?(?:appointments?|sessions?|therapy|treatment|plans|"
    r"subscriptions?|lessons?)\b(?: \S+){0,8}? will not (?:need|be needing) (?:it|them|this|these|"
    r"that)\b",
    r"\bpasswords? (?:\S+ ){0,8}?(?:for|to) (?:my|her|his|their) \w+|(?:gave|sent|left|wrote down|"
    r"shared) (?:\S+ ){0,3}?passwords\b",
    # farewells that leave a message for someone
    r"\b(?:signing|logging|checking|clocking) (?:off|out) (?:for good|forever|permanently|"
    r"for the last time)\b|\b(?:it has been|it was) (?:a )?(?:good|nice|long) run\b(?= *$| i | "
    r"signing| goodbye| bye| everyone| thank)",
    r"\b(?:tell|let) (?:my \w+|them|everyone|him|her|mum|mom|dad) (?:\S+ ){0,2}?(?:it was not|"
    r"it is "
    r"not|it is nobody s|it was nobody s|not) (?:\S+ )?(?:fault|to blame)\b",
    r"\bif (?:anyone|someone|somebody|you) (?:ever )?(?:reads|finds|sees|read|find) this\b",
    # a message like that from someone who then goes quiet
    r"\b(?:thank you for everything|i am sorry|sorry for everything|goodbye|forgive me|"
    r"love you all)"
    r"\b(?: \S+){0,10}? (?:not answering|not picking up|not replying|not responding|phone is off|"
    r"phone (?:is )?switched off|will not answer|does not answer|no answer)\b",
    r"\b(?:thank you|thanks) for everything\b(?: \S+){0,12}? (?:will not (?:need|be (?:here|"
    r"around))|"
    r"forgive me|sorry for everything|goodbye forever)\b",
    # passive risk-taking and passive wishes
    r"\bif (?:i (?:got|get|was|were) (?:hit|run over|killed|struck)|(?:a|the|some) \S+ (?:hit|hits|"
    r"ran "
    r"over|runs over|killed|kills) me) (?:\S+ ){0,8}?(?:relieved|fine|"
    r"would not mind|not mind|glad|happy|thankful|grateful|a relief|a blessing)\b",
    r"\b(?:would not|do not|would not even|wouldnt) (?:mind|care) if i (?:never woke up|died|"
    r"did not wake up|do not wake up|was gone|were gone|disappeared|got hit|never came back)\b",
    r"\bhoping (?:something|someone|a (?:car|truck|bus|train)|i|it) (?!good|nice|fun|great|"
    r"positive|exciting|interesting)(?:\S+ )?(?:happens|hits|"
    r"crash|crashes|kill|kills|die|do not make it|end)\b",
    r"\b(?:driving|drive|drove|walk|walking|cross|crossing) (?:\S+ ){0,6}?(?:hoping|hope|"
    r"wishing) (?:\S+ ){0,3}?(?:happens|hits|crash|die|end)\b",
    # self-harm in other words
    r"\b(?:i )?cut again\b(?: \S+){0,8}? (?:stitches|bleed\w*|deeper|blade|razor|er|hospital)\b",
    r"\b(?:needed|need|get|got|getting) stitches\b(?: \S+){0,10}? (?:not going|will not go|do "
    r"not care|this time)\b",
    r"\b(?:wounds?|cuts?|scabs?|stitches) (?:\S+ ){0,4}?(?:opened|reopened|open again|split open|"
    r"came out|ripped)\b",
    r"\b(?:hit|hitting|punch\w*|bang\w*|slap\w*) (?:myself|themselves|my head)\b(?: \S+){0,12}? "
    r"(?:did it again|bruises?|bleed\w*|keep going|can not stop)\b",
    # said in passing by older people, carers and the long ill
    r"\b(?:stop|stopped|stopping|quit) taking (?:my |all my |the )?(?:\S+ ){0,2}?(?:tablets|pills|"
    r"meds|medication|medicines|insulin|lithium)\b(?: \S+){0,8}? (?:be over|end|die|dead|gone|"
    r"not wake|quietly|kept|keeping|saved|saving|hoarded)\b",
    r"\btaking (?:both of us|us both|us all|all of us|myself|the two of us) out\b",
    r"\b(?:told|promised) myself i (?:would|will|could) (?:hold on|hang on|keep going|"
    r"stick around|keep living) (?:until|till)\b",
    r"\b(?:razors?|blades?|knife|lighter) (?:\S+ ){0,12}?(?:used|using) (?:them|it) again\b",
    r"\bnothing (?:left|else|more) to (?:arrange|sort out|sort|organise|organize|settle|"
    r"put in order|"
    r"tie up)\b(?= *$| now| anymore| then| for me)",
    r"\b(?:told|telling|tell) (?:the kids|everyone|them|my \S+) i am going away\b(?: \S+){0,10}? "
    r"(?:in a way|sort of|true|forever|for good|permanently|not coming back)\b",
    r"\b(?:do not|not going to|not planning to|have no intention to) (?:intend to )?(?:wait around|"
    r"stick around|hang around) (?:to|until|for)\b",
    r"\bi know i will not be (?:there|here|around)(?= *$| for (?:it|them|christmas|easter|her|"
    r"him))",
    r"\b(?:after that|then|at that point|and then) (?:\S+ ){0,2}?(?:the decision is mine|it is my "
    r"decision|i will decide)\b(?! (?:whether|if|to|what|which|how|when))",
    r"\bwill not be (?:here|around|alive) to (?:meet|see|face|greet|answer|open|pay|deal with)\b",
    r"\bpermission to (?:die|end it|stop living|let go|give up on life|stop trying)\b(?! so hard|"
    r" to "
    r"be perfect)",
    r"\b(?:top floor|roof|rooftop|top) of (?:the |a |my )?(?:\S+ ){0,2}?(?:car park|parking garage|"
    r"parking lot|parking structure|building|tower|block)\b(?! (?:\S+ ){0,4}?(?:for (?:work|a "
    r"meeting)|office|party|bar|restaurant|view|meeting))(?!.*\b(?:with (?:friends|mates|the "
    r"(?:kids|family))|sunset|fireworks|picnic|drinks|photos?|stars|concert)\b)",
    r"\bnot be coming back\b",
    # sitting at a height (named anywhere) with the legs over the drop, and no outing or bed
    r"^(?=.*\b(?:roof|rooftop|car park|multi storey|multistorey|bridge|balcony|level \d+|floor "
    r"\d+|\d+(?:st|nd|rd|th) floor|top floor|cliff|building|flats)\b)(?!.*\b(?:pier|pool|jetty|"
    r"dock|boat|bed|sofa|sunset|view|picnic|chips|ice cream|photos?|fireworks|stars|with "
    r"(?:friends|mates|the (?:kids|lads|girls))|climbing|abseil\w*)\b).*?\b(?<!her )(?<!his )"
    r"(?<!its )(?<!their )(?:legs|feet) (?:are "
    r"|were )?(?:hanging |dangling )?(?:over|off) the (?:edge|side|ledge|railing|rail|parapet)\b",
    # a fall from a height announced with its time: "going off the multi storey tonight"
    r"\b(?:i am|i m|im|am) (?:going|gonna|going to go|about to go) off (?:the |a )?(?:top of "
    r"(?:the |a )?)?(?:multi storey|multistorey|car park|bridge|roof|rooftop|top floor|cliffs?|"
    r"balcony|building|flats|viaduct)\b(?=.*\b(?:tonight|today|tomorrow|now|later|this "
    r"(?:evening|weekend|week)|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b)"
    r"(?!.*\b(?:exit|junction|motorway|road|route|map|diet|plan|rota|shift|list|swim\w*|"
    r"div\w*|bungee|zip ?line|skateboard\w*|bike|drone|fireworks|radar)\b)",
    r"\b(?:wish|wishes|wished) (?:it|that|the \S+) (?:had|would have) killed (?:her|him|them|me)\b",
    r"\b(?:not wearing|stopped wearing|no longer wear|do not wear|without) (?:my |a )?seat ?belt\b"
    r"(?! (?:\S+ ){0,4}?(?:is that|is it|back seat|backseat|should|legal))",
    r"\bstopped (?:looking|checking) (?:both ways|for cars|before i cross)\b",
    r"\b(?:do not|never|no longer) (?:really |even )?care (?:what|if anything) happens(?: to me)?"
    r"(?= *$| anymore| to me)",
    r"\bhoping (?:someone|somebody|something|a stranger) (?:would|will|might|could) "
    r"(?:finish me|end it|kill me|end me|hurt me)\b",
    r"\bwhen i am (?:dead|no longer here)\b",
    r"\bwho (?:wants|gets|will get|can have) my \S+ when i am\b(?:"
    + AWAY_FOR_A_REASON
    + r"|"
    + ENDING_BESIDE
    + r")",
    # ...but away on holiday, at work or in hospital is an absence with its reason, unless an
    # ending is named beside it ("when i'm not around on holiday, who feeds the cat")
    r"\bwhen i am (?:not around|not here|gone)\b(?:"
    + AWAY_FOR_A_REASON
    + r"|"
    + ENDING_BESIDE
    + r")",
    r"\bif i (?:disappear|die|vanish|am gone|do not wake up|do not make it) (?:tomorrow|tonight|"
    r"soon|this week)\b(?! (?:\S+ ){0,3}?(?:because|hiking|camping|travel\w*|no signal|holiday))",
    r"\b(?:pills|tablets|meds) (?:are all |all |are )?(?:counted|"
    r"lined up)\b(?! (?:\S+ ){0,3}?(?:week|"
    r"organi[sz]er|box|doctor|pharmac\w*))",
    r"\b(?:pills|tablets|rope|letters?|notes?|everything)\b(?: \S+){0,10}? (?:tomorrow|tonight|"
    r"today|"
    r"friday|saturday|sunday|monday) is the (?:day|night)\b",
    # ...or one's own will done and a day named, said bare: "will finished. friday is the day"
    r"\bmy will\b(?: \S+){0,10}? (?:tomorrow|tonight|friday|saturday|sunday|monday|tuesday|"
    r"wednesday|thursday) is the (?:day|night) *$",
    r"\b(?:cat|dog|pets?) (?:is |are |has been |have been )?rehomed\b(?! by)|\b(?:letters?|notes?) "
    r"(?:are |is )?sealed\b",
    r"\bincluding (?:life|living|being alive|existing)\b",
    r"\bi will be (?:gone|dead) (?:before|by) (?:the|next|then|tomorrow|morning|you|anyone|it)\b",
    r"\b(?:the fast one|the (?:one|train) that does not stop|non stopping (?:one|train))\b",
    r"\bno way out (?:for me|of this (?:life|pain|hell|mess)|anymore|any more)\b|\b(?:do not|"
    r"can not) "
    r"see (?:a|any) way out\b",
    # "no way out except one": the one left unnamed (a door or a road named is a building's)
    r"^(?!.*\b(?:escape room|game|maze|level|building|car park|carpark|village|valley|island|"
    r"cave|room has)\b).*\bno (?:other )?way out (?:left )?(?:except|but|apart from|other than|"
    r"besides|save) (?:the )?(?:one|that one|last one|final one|obvious one|permanent one)\b"
    r"(?! (?:\w+ )?(?:door|exit|road|gate|path|stair\w*|window|route|lane|passage|tunnel|track|"
    r"trail|hatch|bridge|ladder)\b)",
    r"\b(?:hope|hoping|wish|pray|praying) i (?:\S+ ){0,4}?and (?:die|do not survive|never wake up|"
    r"do not make it)\b",
    r"\bwhat is the point (?:of|in) (?:anything|any of it|any of this|it all)\b(?= *$| anymore|"
    r" any more)",
    # as written by someone whose English is a second language
    r"\btired (?:to|for) (?:live|living|life)\b|\b(?:go|leave|exit|depart) (?:away )?from (?:this|"
    r"the) "
    r"(?:world|life)\b",
    r"\b(?:prepare|prepared|preparing|write|writing) (?:a |the |my )?(?:last |goodbye )?letters? "
    r"(?:for|to) (?:my|each|everyone|the|all)\b"
    # ...not to a future or a younger self, nor for a time capsule: a school or a course exercise
    r"(?! (?:future|older|younger|teenage|\d+ year old) (?:self|me)\b)(?!.*\btime capsule\b)",
    # what a worried friend or child finds
    r"\b(?:left|wrote) (?:a|me a|us a) (?:letter|note)\b(?: \S+){0,6}? (?:phone (?:is )?(?:off|"
    r"dead)|"
    r"not answering|not picking up|missing|gone|will not answer)\b",
    r"\bnot (?:come|came) out of (?:the |her |his |their )?(?:bathroom|room|"
    r"garage)\b(?: \S+){0,12}? "
    r"(?:cut|cuts|cutting|pills|blood|before|razor)\b",
    # a car running in a closed garage
    r"\b(?:car|cars|engine|engines|motor) (?:is )?(?:running|on) (?:in|inside) (?:the|my|a) "
    r"(?:closed |shut )?garage\b",
    r"\bgarage (?:door )?(?:is )?(?:shut|closed|locked)\b(?: \S+){0,6}? (?:engine|car) (?:is )?"
    r"(?:running|on)\b",
)
