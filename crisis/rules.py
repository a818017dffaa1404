"""The first-person crisis rules: explicit statements, each a named pattern.

Fast and auditable: each pattern names the words it cannot match without, so a message with none
of them skips it. The names ("suicide", "self_harm", "overdose", "goodbye", "distress"...) are
for tests and figures, never for a log.
"""

from __future__ import annotations

import re

from crisis.vocab import (
    _ACT,
    _ADV,
    _BE_DEAD,
    _DIE,
    _DIE_INTENT,
    _INTENT,
    _NOT_TRIVIAL_THAN,
    _PILLS,
    TODAY_ONLY,
    _any,
    _compile,
    _words,
)
from crisis.vocab import AT_CHEMIST as _AT_CHEMIST
from crisis.vocab import NOT_THE_DRUG as _NOT_THE_DRUG

# A supply put by for a trip, a storm or a shortage is no stockpile for an end.
_SUPPLY_ERRAND = (
    r"(?! (?:\w+ ){0,4}?(?:for|in case of|before) (?:the |my |a |our )?(?:trip|holiday|travel|"
    r"flight|move|winter|storm|hurricane|shortage|emergencies)\b)"
    r"(?!.*\b(?:shortage|shortages|out of stock|supply (?:issue|problem)s?)\b)"
)

# Each pattern comes with the words it cannot match without (after normalisation): a message
# that has none of them skips that pattern's regex, and one that has none for any pattern skips
# the guard as well. A new alternative in a pattern must add its key word here.
_PATTERNS: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    (
        "suicide",
        _words(
            "myself suicidal suicide plan means rope gun blade razor knife noose jump jumping life "
            "end ending overdose overdosing step stepping drive driving crash crashing dying "
            "existing being pills tablets meds medication medicine painkillers paracetamol tylenol"
        ),
        _compile(
            r"\bkill(?:ing|ed|s)? myself\b",
            r"\b(?:am|feel|feeling|felt|been|getting|becoming|become|so|i)\s+"
            + _ADV
            + r"suicid(?:al|e)\b",
            r"\bsuicidal (?:again|right now|tonight|today|lately|af)\b",
            r"^(?:feeling |so |very |really )?suicidal$",
            # said alone and then owned: "suicidal. just needed to type it somewhere"
            r"^(?:feeling |so |very |really )?suicidal (?:just (?:needed|wanted|had)|there i said "
            r"it|i said it|needed to (?:say|type|tell)|wanted to (?:say|type|tell)|that s all|"
            r"thats all|ngl|tbh|rn)\b",
            r"\b(?:suicidal|suicide) (?:thoughts?|feelings?|urges?|ideation) (?:again|"
            r"right now|tonight|today|lately|every day|all the time|are back|is back|came back|"
            r"coming back)\b",
            # told as past and then back: "suicidal thoughts years ago and they're back this week"
            r"\b(?:suicidal|suicide) (?:thoughts?|feelings?|urges?|ideation)\b(?:\s+\S+){0,8}?\s+"
            r"(?:they|it|those|them|the thoughts)\s+(?:(?:are|is|have|has|~)\s+)?(?:back|come back|"
            r"came back|"
            r"coming back|returned|creeping back|crept back)\b",
            r"\b(?:i|my|having|have|have had|has had|i get|getting|been|keep|struggle with|"
            r"struggling with|dealing with|experiencing|fighting|battling)\s+"
            + _ADV
            + r"(?:suicidal|suicide) (?:thoughts?|ideation|feelings?|urges?|thinking|"
            r"impulses|tendencies|plans?)\b",
            r"\bmy suicide\b",
            r"\bi (?:have |had )?" + _ADV + r"(?:attempted|tried) suicide\b",
            r"\b(?:i have|i had|i made|i wrote|i survived|have|made|wrote) a suicide "
            r"(?:plan|note|attempt)\b",
            r"\b(?:have|got) (?:a|the) plan and (?:the )?(?:means|pills|rope|gun)\b",
            r"\b(?:have|got) the means\b",
            r"\b(?:have|got|holding|with) (?:the|my|a|all my|all the) (?:pills|rope|gun|blades?|"
            r"razor(?: blades?)?|razors|knife|knives|noose) (?:in front of me|in my hand|"
            r"right here|next to me|beside me)\b"
            # ...a razor for shaving, a knife for the cooking or a parcel: a job named
            r"(?!.*\b(?:shav\w*|beard|cook\w*|chopp\w*|dinner|lunch|kitchen|onions?|vegetables|veg|"
            r"meat|bread|fruit|craft\w*|carv\w*|whittl\w*|boxes|parcels?|packages?)\b)"
            # a question about taking them as prescribed
            r"(?!.*\b(?:with food|with milk|on an empty stomach|before (?:bed|meals|breakfast)|"
            r"prescri\w*|pharmacist|as directed)\b)",
            # a bare "jump" at the end of the message: "i'm on the roof and i want to jump"
            r"\b" + _INTENT + r"\s+" + _ADV + r"jump(?= *$| now| tonight| right now)",
            r"\b(?:want(?:s|ed|ing)? to|going to|about to|plan(?:ning)? (?:to|on)|ready to|"
            r"decided to|thinking (?:about|of)|tempted to|urges? to|might|will|should) "
            + _ADV
            + r"tak(?:e|ing) all (?:of )?(?:my |the |these |those )?"
            + _PILLS
            + r"\b(?! (?:on time|as prescribed|every|daily|today|this morning|in the morning|"
            r"regularly|with food|with me|with us|along|back|to the (?:pharmacy|chemist|doctor|"
            r"clinic|appointment))\b)(?!.*\b(?:trip|travel\w*|holiday|vacation|disposal|"
            r"dispose|recycl\w*|drop ?off)\b)",
            r"\b(?:(?:thinking|think|thought) (?:about|of)|considering|contemplating|planning|"
            r"plan)\s+"
            + _ADV
            + r"(?:suicide|killing myself|taking my (?:own )?life|ending (?:it|my life)|dying|"
            r"not existing|not being (?:here|alive|around))\b",
            r"\b" + _INTENT + r"\s+" + _ADV + _ACT + r"\b",
            r"\b(?:end|ending) (?:it all|my life|my own life)\b",
            r"\b(?:hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|"
            r"suffocate|suffocating|strangle|strangling|electrocute|electrocuting|gas|stab|"
            r"stabbing) myself\b",
            r"\b(?:tak(?:e|ing)|took) my (?:own )?life\b",
        ),
    ),
    (
        "death_wish",
        _words(
            "die dye dying dead alive exist existing disappear disappeared disappearing sleep wake "
            "gone cease here around born existed died dies wish wished wishing hope hoping "
            "pray praying want wants wanted wanting like care need waiting why hate under box "
            "coffin grave ground daisies"
        ),
        _compile(
            r"\b" + _DIE_INTENT + r"\s+" + _ADV + _DIE + r"\b" + _NOT_TRIVIAL_THAN,
            r"\b(?:wish|wished|wishing|hope|hoping|pray|praying)(?: that)? i\s+"
            + _ADV
            # the second run of filler only after a verb: two adjacent runs would be quadratic
            + r"(?:(?:was|were|would|could|had|did|will|may|might|do)\s+"
            + _ADV
            + r")?(?:(?:never|not) (?:been |be )?(?:born|alive|here|around|existed|exist)|"
            r"(?:be |been )?(?:dead|gone)|die|died|dies|(?:not|never) wake up(?! (?:until|till|"
            r"before|early|late|on time|in time))|disappear\w*|"
            r"stop existing)\b",
            r"\bbetter off dead\b",
            # ...or buried: "reckon i'm better off in a pine box"
            r"\b(?:i am|i d|i would|i will|im|id|i ll|i|me) (?:\w+ )?be(?:tter)? off "
            r"(?:six (?:foot|feet) under|in (?:a |the )?(?:pine box|wooden box|coffin|grave|"
            r"ground))\b",
            r"\b(?:do not|no longer|never|not) "
            + _ADV
            + r"(?:want|wish|like|care) to "
            + _ADV
            + _any(
                r"live\b(?! (?:in|with|near|at|on|there|abroad|by|under|alone|somewhere)\b)",
                r"be alive",
                r"exist",
                r"be here (?:anymore|any longer|on (?:this )?earth|in this world|at all)",
                r"be around (?:anymore|any longer|much longer)",
                r"wake up\b(?! (?:early|at|before|for|so early|that early|in the)\b)",
                r"keep (?:living|going|breathing)\b(?! (?:to|on|with)\b)",
                r"go on(?: living)?\b(?= *$| anymore| any longer| like this)",
                r"see (?:tomorrow|another day)",
                r"breathe anymore",
            ),
            r"\bdo not care (?:if|whether) i (?:live|die|wake up|am alive|survive)\b",
            r"\bstop (?:wanting|wishing) to die\b",
            r"\bwhy (?:am i|do i|should i) "
            + _ADV
            + r"(?:alive|living|exist|existing|breathing|keep living|keep going|go on|"
            r"stay alive|wake up)\b",
            r"\bhate (?:being alive|existing|living|my existence)\b",
            r"\b(?:want|wish|need|hope|hoping|pray|praying|waiting for) (?:someone|somebody|"
            r"something|anyone|god|a car|a bus|a truck|cancer|the universe|death) (?:would |"
            r"to |will |could |might )?(?:just |finally |please )?(?:kill me|end me|"
            r"end my life|hit me|run me over|take my life)\b",
        ),
    ),
    (
        "hopelessness",
        _words(
            "reason point will sense live living worth tired sick exhausted weary done give giving "
            "want feel feeling death dying die suicide funeral"
        ),
        _compile(
            r"\b(?:no|any|the|what is the|what s the) "
            + _ADV
            + r"(?:reason|point|will|sense) (?:for me )?(?:to|in|of|for) "
            + _ADV
            + r"(?:live|living|being alive|going on|carrying on|keep going|keep living|"
            r"staying alive|existing|exist|life|being here|waking up|wake up|"
            r"trying anymore|anything anymore)\b",
            r"\b(?:nothing|no one|nobody) (?:left )?(?:to|worth) (?:live|living) for\b",
            r"\b(?:no|lost (?:the|my|all)|lost all|losing (?:the|my)|have no) "
            + _ADV
            + r"will to live\b",
            r"\bnot worth (?:living|it anymore|it any more|it any longer)\b",
            r"\b(?:life|living|my life|existence|being alive) (?:is |feels |seems )?"
            + _ADV
            + r"(?:not|no longer|never) "
            + _ADV
            + r"worth (?:it|living|anything)\b",
            r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|"
            r"being here|waking up|being me|breathing|this life)\b"
            # a home disliked, not a life: "tired of living in this city, the rent is insane"
            r"(?! with i\b| out of (?:\w+ )?(?:boxes|suitcases|a suitcase|a bag|bags|my car|a car|"
            r"a van|my van|a backpack)\b"
            r"| (?:in|at|on|near|above|with) (?:\w+ ){0,2}?(?:city|town|flat|apartment|house|"
            r"dorm|dorms|country|suburbs|village|basement|van|studio|hostel|shared house|"
            r"houseshare|flatshare|neighbou?rhood|area|street|building|caravan|trailer|halls|roommates?|"
            r"flatmates?|housemates?|parents|in laws|boxes)\b)",
            r"\bdone with (?:life(?! admin| hacks?| lessons?| drawing| coach\w*)|living|"
            r"being alive|existing|this life|it all)\b",
            r"\bgive up on (?:life|living)\b|\bgiving up on (?:life|living)\b",
            r"\bwant (?:it all|everything|it|the pain|this pain|this|all of this|all this|"
            r"the suffering) "
            + _ADV
            + r"to (?:end|stop|be over)\b(?! (?:raining|snowing|for|so|when|before)\b)"
            # ...not a season, a term or a show that drags: "this season is dragging"
            r"(?!.*\b(?:this|the) (?:season|semester|term|tournament|show|series|match|game|"
            r"shift|flight|meeting|renovation|move)\b(?: \w+){0,2} (?:drag\w*|slow|long|"
            r"endless|boring)\b)",
            r"\bfeel(?:ing)? like "
            + _ADV
            + r"(?:i am dying|i am going to die|ending it|giving up on life)\b",
            # ...with who sees it between: "only way out i can see is dying"
            r"\b(?:way out|option|answer|solution|choice|escape)(?: left)?(?: (?:that )?i "
            r"(?:can )?(?:see|have|know|find|got)(?: left)?)? (?:is |except |but |other than "
            r"|besides )(?:death|dying|to die|suicide)\b"
            r"(?! (?:my|your|her|his|the|it|them|this|that|metal)\b)",
            r"\b(?:death|dying|suicide) (?:is|seems|feels like) "
            + _ADV
            + r"(?:the|my) (?:only|best|last) (?:way out|option|answer|solution|choice|"
            r"escape)\b",
            r"\bthink(?:ing)? about (?:death|dying|my death|my funeral) (?:all the time|"
            r"constantly|every day|a lot|nonstop|so much|more and more)\b",
        ),
    ),
    (
        "burden",
        _words("without if burden miss whether"),
        _compile(
            r"\b(?:better(?: of+)?|happier|easier|fine) " + _ADV + r"without me\b"
            # without me at the office, or for a week: an absence, not a death
            r"(?! (?:at (?:the )?(?:office|work|party|meeting|match|game|gym|shop|club)|"
            r"in (?:the )?(?:office|team|meeting|band|group|car)|on (?:the )?(?:trip|team|project|"
            r"shift)|for (?:a|the|one|two|three) (?:day|week|weekend|while|bit|night|month|shift|"
            r"few))\b)",
            r"\b(?:better|happier|easier|relieved|fine)(?: off)? if i "
            + _ADV
            + r"(?:(?:was|were|had|did)\s+"
            + _ADV
            + r")?(?:not )?(?:"
            + _BE_DEAD
            + r"|died|disappeared|existed|did not exist|killed myself)\b",
            r"\b(?:i am|i feel like|feel like|i feel|am) "
            + _ADV
            + r"(?:a|such a|nothing but a|the|only a|just a) "
            + _ADV
            + r"burden\b",
            r"\b(?:nobody|no one|none of them|not a single person) (?:would|will|is going to|"
            r"wants to|does|gives a \w+) " + _ADV + r"(?:miss me|notice|care|cry|mind)\b"
            r".{0,20}\bif i (?:\w+ )?(?:died|dead|gone|disappeared|killed myself|vanished|"
            r"existed|here|around)\b",
            r"\bno one would miss me\b|\bnobody would miss me\b",
            r"\b(?:nobody|no one|does anyone|would anyone|does anybody|would anybody) "
            r"(?:cares|would care|will care|care|gives a \w+|would notice|notice) "
            r"(?:if|whether) i (?:live or die|die|died|am dead|disappeared|disappear|"
            r"killed myself)\b",
            r"\b(?:care|notice|miss me|matter|be happier|be relieved|be better|be fine|be sad|"
            r"even know) (?:\w+ ){0,3}?if i (?:\w+ )?(?:died|dead|gone|disappeared|"
            r"killed myself|vanished)\b",
        ),
    ),
    (
        "self_harm",
        _words(
            "myself cut cutting cuts slit slitting slash slashing carve carving harm harming "
            "harmed harms bleed bleeds brains bullet gun noose"
        ),
        _compile(
            r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|"
            r"harmed|starve|starving|starved|mutilate|mutilating|bruise|bruising) myself\b",
            r"\b(?:cut|cutting|cuts|slit|slitting|slash|slashing|carve|carving) (?:into )?my "
            r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|throat|veins?)\b",
            r"\bcutting (?:again|agian)\b",
            r"\b(?:keep|kept|been|started|start|want to|urges? to|can not stop|stop) "
            + _ADV
            + r"(?:hitting|punching|slapping|biting|scratching|hit|punch|bite|"
            r"scratch) myself\b",
            r"\b(?:i|me|my|am|was|been|started|start|keep|kept|stop|stopped|relapsed|relapse|"
            r"relapsing|relapsed on|relapsed into|relapse on|urges? to|urge|want to|going to|"
            r"still|clean from|clean of|struggling with|struggle with|again)\s+"
            + _ADV
            + r"self harm(?:ing|ed|s)?\b",
            r"\bself harm(?:ing|ed)? (?:again|urges?|relapse)\b",
            r"\b(?:until|till|til) (?:i|it) (?:bleed|bleeds)\b",
            r"\bmake (?:myself|me) bleed\b",
            r"\bset myself on fire\b",
            r"\bblow my brains out\b",
            r"\bput a (?:bullet|gun) (?:in|to|through) my (?:head|brain|mouth)\b",
            r"\b(?:tied|made|bought|have|got) (?:a|the) noose\b",
        ),
    ),
    (
        "overdose",
        _words(
            "overdosed odd oded took taken had swallowed downed pills tablets meds medication "
            "medicine painkillers paracetamol tylenol"
        ),
        _compile(
            r"\bi (?:just )?(?:overdosed|odd|oded)\b",
            r"\b(?:took|have taken|taken|had|swallowed|downed) (?:an overdose|too many "
            + _PILLS
            + r"|(?:a|the) whole (?:bottle|pack|packet|box)(?! of (?:\w+ )?(?:chocolates?|cookies|"
            r"biscuits|sweets|candy|cereal|doughnuts|donuts|snacks|tissues|crisps|chips|popcorn|"
            r"cupcakes|pastries|wine|beer|water|juice|pizza)\b)|(?:all|a handful|a bunch|loads|"
            r"a lot)(?: of)? (?:my |the )?"
            + _PILLS
            + r"(?= at once| on purpose| to| tonight)|a handful|loads of "
            + _PILLS
            + r"|a lot of "
            + _PILLS
            + r"|a bunch of "
            + _PILLS
            + r")",
            r"\b(?:took|have taken|taken|swallowed|downed) [1-9][0-9]+ (?:of )?(?:my |the )?"
            + _PILLS
            + r"\b",
            r"\b(?:saving|stockpiling|hoarding|collecting" + _AT_CHEMIST + r"|saved|stockpiled|"
            r"hoarded|been saving) (?:up )?(?:my |some |all my |enough )?"
            + _PILLS
            + r"\b"
            + _NOT_THE_DRUG
            # ...for a trip or a shortage: "saving up my painkillers for the trip"
            + _SUPPLY_ERRAND,
            r"\benough " + _PILLS + r" to (?:die|kill|end|overdose|do it|not wake up)\b",
        ),
    ),
    (
        "goodbye",
        _words("goodbye goodbyes bye farewell end last final time will away suicide again forgive"),
        _compile(
            r"\b(?:goodbye|good bye|bye|farewell) (?:everyone|everybody|world|cruel world|"
            r"forever|for good|for ever|my friends)\b",
            r"\bthis is " + _ADV + r"(?:my )?(?:goodbye|good bye|farewell|the end for me|"
            r"my last (?:message|goodbye|words|post|text|night|day))\b"
            # ...not to an old home or desk left behind ("goodbye to the old flat, keys back")
            r"(?! to (?:the|my|our) old (?:flat|house|apartment|place|office|desk|dorm|room|car|"
            r"neighbou?rhood|uni|school)\b(?!.*\b(?:forever|for good|world|everyone|sorry|"
            r"forgive|pills|note|life|alive)\b))",
            r"\b(?:my|these are my) (?:last|final) (?:words|message|goodbye)\b"
            r"(?! (?:did not|does not|was|is|has|had|got|from|to|in|about|on|here|there)\b)",
            r"\blast (?:day|night) (?:alive|on earth|on this earth|of my life)\b",
            r"\bby the time (?:you|anyone|someone|they|somebody) (?:read|reads|see|sees|find|"
            r"finds|get|gets) this\b",
            r"\bwill not be " + _ADV + r"(?:alive|around much longer|here much longer|"
            r"here for much longer|here for long|around for much longer|here by morning|"
            r"alive by)\b" + TODAY_ONLY,
            r"\b(?:giving|give|gave|given) away (?:all (?:of )?my (?:stuff|things|belongings|"
            r"possessions)|my (?:belongings|possessions))\b",
            r"\b(?:wrote|written|writing|write|left|leaving|finished|drafted|drafting) "
            + _ADV
            + r"(?:a |my |the )?(?:suicide|goodbye|farewell) (?:note|notes|letters?|message|"
            r"video)\b",
            r"\b(?:sorry for everything|thank you for everything|thanks for everything|"
            r"i love you all) " + _ADV + r"(?:goodbye|good bye|bye|farewell|forgive me)\b"
            r"(?! for now| until| till| see you)",
            r"\b(?:never|not) (?:hear from|see) me again\b(?! (?:if|unless)\b)",
            r"\bsaying (?:my )?goodbyes?(?= *$| to (?:everyone|everybody|my (?:family|friends|"
            r"loved ones|kids|children|parents)))"
            # goodbyes before a move abroad, a new job or a flight
            r"(?!.*\b(?:moving|move|emigrat\w*|relocat\w*|new job|retir\w*|graduat\w*|flight|"
            r"airport|leaving do)\b)",
            r"\b(?:sorry|forgive me|i love you|i love you all|love you all) "
            + _ADV
            + r"(?:goodbye|good bye|farewell)\b",
        ),
    ),
    (
        "distress",
        _words("not unable longer safe myself attack breathe dying"),
        _compile(
            r"\b(?:can not|could not|unable to|not able to|no longer) "
            + _ADV
            + _any(
                r"go on\b(?! (?:a|an|the|holiday|vacation|trips?|tour|that|this|with|about|"
                r"stage|air|tv|dates?|rides?|leave|strike|my|our|your|it|there|here|"
                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
                r"today|tonight|instagram|twitter|facebook|tiktok|line|online|the internet)\b)",
                r"keep (?:going|living)\b(?! (?:to|on|with|back)\b)",
                r"carry on\b(?! (?:with|the|a)\b)",
                r"live like this",
                r"take (?:it|this|the pain|this pain|much more|any more|anymore)"
                r"(?: anymore| any longer| much longer)",
                r"take (?:the|this) pain",
                r"do this (?:anymore|any longer|much longer)",
                r"do (?:it|this|life) anymore",
                r"cope (?:anymore|any longer|with (?:life|anything|everything|it all|"
                r"this life|being alive|the pain))",
                r"handle (?:it|this|life|anything) (?:anymore|any longer)",
                r"handle life",
                r"bear (?:it|this|the pain) (?:anymore|any longer)",
                r"hold on (?:anymore|any longer|much longer)",
                r"stand (?:being alive|living|myself|this life)",
            ),
            r"\bi am " + _ADV + r"not " + _ADV + r"safe\b(?! (?:to|for|at|driving|on|online|"
            r"with (?:my|the|this) (?:data|password|info|information|account|money))\b)",
            r"\b(?:do not|no longer) feel safe\b(?! (?:to|for|driving|on|online|in (?:the|this"
            r"|my) (?:car|city|area|neighbou?rhood|country)|with (?:my|the|this) (?:data|"
            r"password|info|information|account|money))\b)",
            r"\bnot safe (?:from|with|around) myself\b",
            r"\bhow (?:much )?longer (?:can i|i can) "
            + _ADV
            + r"(?:hold on|keep going|go on|do this|take (?:it|this)|keep living|survive)\b",
            r"\bnot (?:going to|gonna) (?:make it|survive) (?:through )?(?:tonight|the night|"
            r"today|this (?:night|week))\b",
            r"\bdo not trust myself\b(?! to (?!not))",
            r"\b(?:i am|am|i think i am|currently|in the middle of)\s+"
            + _ADV
            + r"(?:having )?(?:a |an )?(?:panic|anxiety) attack\b",
            r"^(?:having )?(?:a |an )?(?:panic|anxiety) attack\b(?! (?:is|are|was))",
            r"\b(?:panic|anxiety) attack (?:right now|now|again)\b",
            r"\b(?:panic|panicking|anxiety|shaking|heart (?:is )?(?:racing|pounding)|"
            r"i (?:think|feel like) i am dying) (?:\w+ ){0,6}?(?:can not|could not) breathe\b",
            r"\b(?:can not|could not) breathe (?:\w+ ){0,6}?(?:panic|panicking|anxiety|"
            r"shaking|heart|chest|dying|scared|terrified|help)\b",
            r"\b(?:i feel like|i think|feels like) i am dying\b",
        ),
    ),
)
