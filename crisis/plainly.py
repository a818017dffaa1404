"""Kinds said plainly but in words no other rule reads: self-harm slang and its tools, a means
stockpiled or tied, an attempt put off, lethality asked by a method's mechanics, and an overdose
counted by its pills or felt in the body.

- ``METHOD`` (the full reply): how much it takes "to not come back", cutting "vertically",
  how long it takes with helium, which pills are strongest "if you take a lot", where on the wrist
  the artery is, whether a car's exhaust still works.
- ``OVERDOSE``: "I overdid it" with the body answering, a count of sleeping pills had, drink
  chugged with pills "30 mins ago".
- ``CRISIS``: a "barcode" on the thigh or "cat scratches", a blade out of the sharpener or a
  razor cleaned "lol", carving into the skin, pills saved up in a sock, a knot tied "not the
  wedding kind", an attempt put off till tomorrow, "I'd rather hang".
- ``CHECK``: the last hope missed "so that's it for me", an option of one's own, finishing the
  course before a day, not sure of making it till the therapist is back, lesson 7 "was my last",
  driving past the cliff faster and faster, a safety plan in the bin, a note written during the
  lesson, joining a grandmother "up there", a wish for the heart to stop, the one way out
  "picked", the railway line stared at, the insurance paid "if I'm gone", a past attempt's
  feeling back now, "won't be needing a flat", going away "for good", belongings given away,
  affairs settled "so nobody's stuck with my bills after"; and plans told as
  logistics (``crisis.logistics``).
- ``MINE`` (the check-in, read on the text unguarded before someone else named is taken as the
  one at risk): letters written to everyone.

Each carries its lookalikes in the pattern (a kitchen knife, a pumpkin carved, a wedding, a gym
session overdone, an exam or a trip before a day). Read on normalised text; pure, nothing here
logs.
"""

from __future__ import annotations

from crisis import logistics, sideways
from crisis.vocab import _compile

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|my "
    r"birthday|the end of the month|tomorrow|tonight)"
)
_SLEEPERS = (
    r"(?:ambien|zolpidem|xanax|valium|diazepam|zopiclone|seroquel|quetiapine|benadryl|tylenol|"
    r"paracetamol|ibuprofen|advil|sleeping pills|sleeping tablets|pills|tablets|tabs|meds|"
    r"\w+pam|\w+lam|\w+pine|\w+done)"
)
_DRINK = r"(?:vodka|whiske?y|wine|beer|beers|gin|rum|tequila|alcohol|booze|drinks|shots)"

METHOD = _compile(
    r"\bhow (?:much|many) (?:\w+ ){0,3}?(?:would it take|does it take|will it take|it takes|to "
    r"take) to (?:not come back|never come back|not wake up|never wake up|go for good|not be "
    r"here)\b",
    r"\bcutting (?:vertically|horizontally|down the road|lengthwise)\b|\b(?:vertical|vertically|"
    r"horizontal|horizontally|lengthwise) (?:\w+ ){0,2}?(?:cut|cuts|cutting)\b(?=.*\b(?:work|"
    r"better|worse|deeper|faster|wrist|arm)\b)",
    r"\bhow (?:long|quick|quickly|fast|painless) (?:does it take|would it take|is it|will it take) "
    r"(?:with|using|from|by) (?:a |the )?(?:helium|nitrogen|charcoal|carbon monoxide|exhaust|"
    r"hanging|a bag|insulin|a gun|drowning|bleeding)\b",
    r"\bwhich (?:otc |over the counter )?(?:pills|meds|tablets|drugs|medicines?|painkillers) "
    r"(?:are|is) (?:the )?(?:strongest|most dangerous|worst|deadliest|most toxic)\b(?=.*\b(?:a lot|"
    r"too many|all of them|lots|loads|enough|many at once)\b)",
    r"\bwhere (?:on|in) (?:the|my) (?:wrist|neck|arm|thigh|leg|groin) (?:is|are) the (?:\w+ )?"
    r"(?:artery|arteries|vein|veins)\b",
    r"\b(?:car )?exhaust (?:\S+ ){0,2}?(?:still )?work\b(?=.*\b(?:car|cars|garage|catalytic|"
    r"hose)\b)|\bcatalytic converters? (?:stop|stops|prevent|prevents)\b(?=.*\bexhaust\b)",
    *sideways.METHOD,
)

OVERDOSE = _compile(
    r"\bi (?:think i |might have |may have |probably )?overdid it\b(?=.*\b(?:spinning|tingling|"
    r"numb|heart|breath\w*|dizzy|sick|shaking|can not|blurry|sleepy|drowsy|wrong)\b)(?!.*\b(?:gym|"
    r"run|running|workout|training|exercise|sun|hike|spicy|coffee)\b)",
    r"\b(?:had|took|taken|swallowed|popped|downed) (?:about |like |around |maybe |probably )?"
    r"(?:[6-9]|[1-9][0-9]) (?:of )?(?:my )?" + _SLEEPERS + r"\b(?! (?:a|per|each|every) "
    r"(?:day|week|month|night)\b)(?!.*\b(?:over|across|in) (?:the |a )?(?:week|month|year)\b)",
    r"\b(?:chugged|drank|downed|had|took|necked) (?:\S+ ){0,3}?" + _DRINK + r" (?:with|and|on top "
    r"of) (?:my |some |a few |the |a handful of )?(?:\w+ )?" + _SLEEPERS + r"\b(?: \S+){0,6}? "
    r"(?:ago|just now|tonight)\b",
    *sideways.OVERDOSE,
)

CRISIS = _compile(
    r"\bbarcode (?:on|up|across) (?:my|her|his) (?:arm|arms|thigh|thighs|wrist|wrists|leg|legs|"
    r"skin|hip|hips|stomach)\b|\b(?:arms?|thighs?|legs?|wrists?) (?:look|looks) like (?:a )?"
    r"barcode\b|\bcat scratches\b(?=.*\b(?:cutting|cut|means|doing|blade|razor|arm|thigh)\b)",
    r"\b(?:razor|blade)s? (?:is |are )?out of (?:the|my) (?:sharpener|shaver|razor)\b|\b(?:took|"
    r"taking|got|getting) (?:the )?blades? out of (?:the |my |a )?(?:sharpener|razor|shaver)\b",
    r"\bcleaning (?:the|my) (?:blade|blades|razor)\b(?=.*\b(?:lol|fine|again|just)\b)(?!.*\b(?:"
    r"kitchen|knife|knives|lawn ?mower|mower|saw|skate\w*|shav\w*|beard|fan|blender|hockey)\b)",
    r"\b(?:picking|scratching|cutting) (?:\w+ ){0,2}?(?:turned|turning|became) into carving\b|"
    r"\bcarv(?:e|ed|ing) (?:into )?my (?:skin|arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach)"
    r"\b",
    r"\b(?:have|got|kept|keep|saved|stashed) (?:[0-9]{2,}|dozens|loads|a stash|a pile|months) "
    r"(?:of )?(?:my )?" + _SLEEPERS + r"\b(?: \S+){0,3}? (?:saved|stashed|hidden|hoarded|put "
    r"aside|put away|squirrelled)\b",
    r"\btied (?:a|the) (?:knot|noose)\b(?=.*\bnot (?:the |a )?(?:wedding|marriage|married|"
    r"sailing|boat)\b)|\btied a noose\b",
    r"\b(?:could not|couldnt|could n t|did not|didnt) (?:do it|go through with it)\b(?: \S+){0,3}? "
    r"(?:today|tonight|this time)\b(?: \S+){0,3}? (?:maybe |probably )?(?:tomorrow|next time)\b",
    r"\bwent (?:\w+ ){0,4}?with (?:a|the|my) (?:rope|belt|noose)\b(?=.*\b(?:could not|couldnt|"
    r"do it|tomorrow|next time)\b)",
    r"\b(?:i would|i d|id) rather (?:hang|be dead|not be here|not exist)\b(?! than)",
    # About to take all of a supply: as urgent as having taken it. Taking it along, to the
    # pharmacy or as prescribed is no such thing.
    r"\b(?:gonna|going to|about to|will|ll|planning to|plan to|want to) (?:just )?(?:take|"
    r"swallow|down|neck|od on|overdose on) (?:all|every (?:last )?one|the (?:whole|entire|rest)) "
    r"(?:of )?(?:my |the |these |those )?(?:\w+ )?(?:(?:bottle|pack|box|stash|supply) of (?:my |"
    r"the )?)?(?:ketamine|k|pills?|meds|medication|medicines?|tablets?|tabs|sleeping pills|"
    r"painkillers|xanax|spravato|esketamine|lozenges|troches|(?:bottle|pack|box|stash|supply)\b"
    r"(?! of))\b(?! (?:with|to|back|along|in|into|out|off|for|"
    r"home|as)\b)(?!.*\b(?:prescribed|pharmacy|trip|travel|holiday|vacation|questions?|exams?|"
    r"classes|notes|recycl\w*|disposal|drop ?off|dispose)\b)",
    # A gun, a knife or a rope and then "use it on myself"; shooting or hanging oneself ahead
    r"\b(?:gun|pistol|rifle|firearm|shotgun|knife|blade|rope)\b(?: \S+){0,14}? (?:use|turn|point) "
    r"(?:it|them|the \w+) on myself\b",
    r"\b(?:gonna|going to|about to|will|ll|want to|plan to) (?:shoot|hang|stab) myself\b"
    r"(?! in the (?:foot|feet)\b)",
)

_CHECK = _compile(
    r"\blast (?:shot|hope|chance|resort|option|try)\b(?: \S+){0,8}? (?:that is|thats|that s) it\b"
    r"(?: for me)?(?! (?:for (?:today|tonight|now|this week)|today|tonight))",
    r"\b(?:i have|i ve got|i got|got) my own (?:option|way out|plan|solution|exit|way)\b"
    r"(?!.*\b(?:business|company|shop|car|flat|place|room|insurance|pension|phone)\b)",
    r"\b(?:if|whether) i (?:can |will |ll |could )?finish (?:the course|the lessons|it|them) "
    r"before " + _DAY + r"\b(?!.*\b(?:exam|holiday|trip|vacation|move|wedding|surgery|start|"
    r"job|deadline|busy|away|flight|baby|term|semester)\b)",
    r"\bnot sure (?:i will|i ll|ill|i can|i could|if i can|if i will) make it (?:till|until|to|"
    r"through)\b(?!.*\b(?:party|movie|film|match|game|meeting|class|bus|train|flight|deadline|"
    r"concert|end of the (?:lesson|film|movie|show|day)|lunch|dinner|payday)\b)",
    r"\blesson \d+ (?:was|is|will be) my (?:last|final)\b(?!.*\b(?:today|tonight|this week|for "
    r"now|before|until|till|holiday|trip|busy|favourite|favorite)\b)",
    r"\bdriving (?:\S+ ){0,4}?(?:faster and faster|too fast on purpose|without (?:a )?seatbelt)\b"
    r"(?=.*\b(?:cliff|bridge|edge|barrier|wall|tree|road|bend)\b)",
    r"\bdriving (?:past|along|on|by|down|to|towards) (?:the )?(?:cliff|bridge|edge|barrier|coast|"
    r"mountain)\w*(?: road)? (?:\S+ ){0,3}?(?:faster and faster|too fast on purpose|without "
    r"(?:a )?seatbelt)\b",
    r"\b(?:my )?safety plan (?:is |went )?(?:in the (?:trash|bin|garbage)|binned|torn up|ripped up|"
    r"thrown away|useless|pointless)\b|\b(?:threw|throw|thrown|ripped|tore|binned) (?:away |up |"
    r"out )?my safety plan\b",
    r"\bwriting my note\b(?! (?:to|for|about|on|in)\b)(?!s)",
    r"\b(?:want|wanna|ready|going) to (?:join|be with) (?:my )?(?:\w+ )?(?:up there|in heaven|on "
    r"the other side)\b",
    # a wish for the heart to stop, not a racing one to settle
    r"\b(?:wish|wishing|hope|hoping|praying) (?:that )?my heart (?:would |will |could )?(?:just )?"
    r"(?:stop|stops|stopped|gives out|give out)\b(?! (?:racing|pounding|hurting|aching|beating "
    r"so|breaking|fluttering|skipping|jumping))",
    # a way out chosen: "there's only one way out left and I've picked it"
    r"\b(?:only|one) (?:one )?way out (?:left )?(?:\S+ ){0,3}?(?:i have|i ve|ive|i) (?:picked|"
    r"chosen|chose|taken|decided on)\b(?!.*\b(?:escape room|game|maze|car park|building|exit|"
    r"fire|level|puzzle|stadium|station)\b)",
    # a gaze that keeps going back to the rails or a drop
    r"\bkeep (?:looking|staring|gazing) (?:at|over at|out at) the (?:train line|train tracks|"
    r"railway|railway line|tracks|rail line|bridge|viaduct|cliffs?)\b(?!.*\b(?:spott\w*|photo\w*|"
    r"model|engineer\w*|works|timetable|delay\w*|late|status|app|beautiful|lit up|lights|view|"
    r"painting|sketch\w*)\b)",
    # a past attempt told, and the same feeling back now
    r"^(?=.*\b(?:cut me down|pumped my stomach|brought me back|revived me|resuscitated me|"
    r"narcanned me|my (?:last |first )?attempt(?! at)|when i tried to (?:kill myself|end it|"
    r"die))\b)"
    r".*\bfeel(?:ing)? (?:exactly |just )?(?:like|how) i (?:did|felt) (?:that (?:night|day|time)|"
    r"then|back then)\b(?: \S+){0,2}? (?:again|now)\b",
    # needs renounced for a future not counted on: "won't be needing a flat"
    r"\b(?:will not|wont|won t) (?:be )?need(?:ing)? (?:a |the |my |any )?(?:flat|house|home|"
    r"place|room|bed|coat|winter coat|script|prescription|future|pension)\b(?: \S+)?(?: *$| "
    r"(?:anymore|any more|now|after|where i am going)\b)(?!.*\b(?:because|moving|found|got|"
    r"staying|living with|bought|new|rent\w*|since|holiday|abroad|partner|girlfriend|boyfriend)\b)",
    # a going away wished "for good", with no move or trip to explain it
    r"\b(?:want|wish|wanna|need) (?:to )?(?:go|be|drift|slip) (?:far )?away for good\b(?!.*\b(?:"
    r"mov\w*|emigrat\w*|abroad|australia|canada|spain|visa|job|city|country|holiday|trip|"
    r"travel\w*)\b)",
    # belongings handed out with no move or clear-out to explain it
    r"\b(?:started |been |am )?(?:giving|given|gave) (?:all )?(?:of )?my (?:stuff|things|"
    r"belongings|possessions|gear)(?: \S+)? away\b(?!.*\b(?:mov\w*|declutter\w*|charity shop|"
    r"minimalis\w*|clear\w* out|spring clean\w*|outgrown|too small|car boot|downsiz\w*|new "
    r"(?:flat|house|place|home)|kids|baby)\b)",
    # affairs settled so nobody is left with them afterwards
    r"\bso (?:nobody|no one|noone)(?:s| s| is)? (?:is |gets |get )?(?:stuck|left|lumbered|"
    r"landed) with my (?:bills|debts?|mess|stuff|contracts?)\b(?: *$| after\b| afterwards\b| "
    r"when i am gone\b)",
    # the insurance as what is left to give, paid on the writer's death
    r"\binsurance\b(?: \S+){0,8}? (?:pays out|pay out|pays|covers|cover)\b(?: \S+){0,3}? (?:if|"
    r"when|once) (?:i am|i m|im|i) (?:gone|dead|die|not here|no longer here)\b(?!.*\b(?:travel|"
    r"holiday|trip|days|abroad|quote|premium|compare|which policy|advis[eo]r|best policy)\b)",
)

_MINE = _compile(
    r"\bi (?:have )?(?:wrote|written|writing|finished) (?:letters|notes|a letter|a note) "
    r"(?:to|for) (?:everyone|everybody|all of (?:you|them)|my (?:family|kids|parents))\b"
    r"(?!.*\b(?:christmas|birthday|thank\w*|wedding|pen ?pals?|holiday|cards?|invitations?)\b)",
)

# With the plans told as logistics, each excused by what the whole message names.
CHECK = logistics.Either(_CHECK, logistics.check(), sideways.check())
MINE = logistics.Either(_MINE, logistics.mine(), sideways.mine())
