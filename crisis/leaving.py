"""Leaving told without the words: a goodbye to a pet, a hint left behind, a wish to stay under.

People who have decided often say goodbye to those who cannot answer back ("told my dog goodbye
this morning"), or tidy their lives and add a hint instead of a reason ("cleared out my room,
you probably understand why"): ``FAREWELL``, the full reply. A wish to stay unconscious and not
come back (in a k-hole, asleep, under anaesthesia), a plan told only by its timing ("after my
sister's wedding, so I don't ruin it"), and the euphemisms for dying ("the big sleep", "see you
on the other side") are ``CHECK``: risk that is not clearly a crisis, so the bot asks. Each
pattern's lookaheads carry the everyday kind (a pet put to sleep at the vet, a goodbye before a
trip, a holiday one wishes would never end, a game's other side). Read on normalised, guarded
text. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import AWAY_FOR_A_REASON, _any, _compile

_PET = _any(
    r"dog",
    r"cat",
    r"pets?",
    r"puppy",
    r"kitten",
    r"horse",
    r"bird",
    r"rabbit",
    r"bunny",
    r"hamster",
    r"fish",
    r"plants",
    r"dogs",
    r"cats",
)
# A goodbye with an everyday reason: a trip, a day at work, a pet's own death, a new home.
_GOODBYE_ERRAND = (
    r"(?!.*\b(?:vet|vets|put down|put to sleep|passed|died|dead|euthanas\w*|rainbow bridge|"
    r"funeral|grave|trip|holiday|vacation|flight|airport|camp|kennel|sitter|boarding|work|"
    r"school|shift|uni|college|see (?:you|him|her|them) (?:soon|later|tomorrow)|new (?:home|"
    r"owner|family)|adopt\w*|moving|deploy\w*|for the (?:day|week|weekend)|be back|"
    r"left for)\b)"
)
# Things put in order, any of them, for a hint to stand beside.
_SETTLED = _any(
    r"cancel+ed",
    r"cleared out",
    r"cleaned out",
    r"emptied",
    r"deleted",
    r"gave away",
    r"given away",
    r"paid off",
    r"sorted out",
    r"wrote",
    r"written",
    r"said (?:my )?goodbyes?",
    r"packed up",
    r"left (?:my|the|a|everything)",
    r"updated my will",
    r"returned",
)
_HINT = _any(
    # "you will" is blanked by the guard, as a generic "you" would be: "~ understand why"
    r"(?:you|u|you will|you ll|everyone|they|they will|people|~) +(?:\w+ )?(?:probably |all |"
    r"soon |eventually |one day )?(?:understand|know|see|figure out|get) why",
    r"(?:it|this|everything) will (?:all )?make sense (?:soon|later|tomorrow|one day|eventually)",
    r"you will understand (?:soon|one day|later|eventually|someday)",
    r"you will find out (?:soon|tomorrow|why)",
    r"do not (?:be|feel) (?:sad|guilty|upset) (?:about|when|after)",
)
_UNDER = _any(
    r"in the k ?hole",
    r"in a k ?hole",
    r"k ?hole",
    r"asleep",
    r"sleep",
    r"sleeping",
    r"under",
    r"unconscious",
    r"in a coma",
    r"sedated",
    r"dissociated",
    r"in the void",
    r"in that (?:place|state|void|nothingness)",
)

FAREWELL = _compile(
    # a goodbye said to those who cannot answer back
    r"\b(?:told|tell|telling|said|say|saying|whispered|kissed) (?:my |the |all my )?" + _PET + r"\b"
    r"(?: \S+){0,2}? (?:goodbye|bye|farewell)\b" + _GOODBYE_ERRAND,
    r"\b(?:said|say|saying|told|whispered) (?:my )?(?:goodbye|goodbyes|bye|farewell) to (?:my |"
    r"the |all my )?" + _PET + r"\b" + _GOODBYE_ERRAND,
    r"\b(?:hugged|held|kissed|cuddled|walked) (?:my |the )?" + _PET + r"\b(?: \S+){0,3}? "
    r"(?:one last time|for the last time|like it was the last time|a last time)\b",
    # things put in order, and a hint in place of a reason
    r"\b" + _SETTLED + r"\b(?!.*\b(?:recipe|taste|try it|surprise|party|present|gift|"
    r"birthday|move|moving|new job|promotion|new flat|new apartment|new house|rent)\b)"
    r"(?: +\S+){0,16}? +" + _HINT + r"\b",
    # the course left because there will be no one to read it
    r"\b(?:there will be|there is going to be) no (?:me|one of me|more me)\b",
    r"\bneed(?:ing)? (?:the )?(?:lessons?|modules?|parts?) (?:\S+ ){0,6}?(?:or any of them|any "
    r"of them|any of the rest|the rest of them)\b",
    r"\b(?:pause|stop|cancel) (?:the |my )?(?:lessons|course|messages) (?:forever|for good|"
    r"permanently)\b(?=.*\b(?:will not|wo not|no me|not be (?:here|around|reading))\b)",
    # a goodbye given with the reason that the last treatment failed
    r"\b(?:wanted|want|wanna|came) to say (?:bye|goodbye)\b(?: \S+){0,6}? (?:it|nothing|the "
    r"treatment|ketamine|spravato|the infusions?|the sessions?) (?:did not|does not|has not|"
    r"never) (?:work|help|worked|helped)\b",
    # a day for the goodbye, decided
    r"\bdecided\b(?: \S+){0,4}? (?:i will|i am going to|i am gonna|to) (?:say|be saying) "
    r"(?:my )?(?:goodbyes?|bye) (?:on|this|tomorrow|tonight|sunday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|next)\b",
    # a message left, and the writer of it now out of reach
    r"\b(?:letter|note|goodbye|look after my|take care of my|sorry for everything|i love you all|"
    r"thank you for everything)\b(?: \S+){0,12}? (?:can not reach|not answering|phone (?:is |s )?"
    r"off|no answer|will not answer|gone quiet|not picking up)\b",
    # a last attempt failed and the next one will not; a cover story for things given away
    r"\b(?:last|first|previous|other) attempt (?:\w+ ){0,2}?(?:failed|did not work)\b"
    r"(?: \S+){0,4}? (?:the )?(?:next|this) (?:one|time) (?:will not|wo not)\b",
    r"\btold (?:\w+ ){0,3}?i am (?:moving|going) away\b(?: \S+){0,3}? i am not\b",
    r"\b(?:paid|sorted|handled|covered|taken care of) after\b(?= *$| (?:i|do not|so|and)\b)"
    r"|\b(?:do not|dont) want to leave (?:a|any) mess\b(?! (?:in|on|at|for the)\b)",
    # a rehearsal: the next time there will be no walking back
    r"\bnext time i (?:will not|wo not|am not going to|am not gonna|do not) (?:walk|step|climb|"
    r"turn|come|drive|go) (?:back|down|home)\b(?! (?:from|to|with|via|through|by|on)\b)",
)

CHECK = _compile(
    # a wish to stay unconscious and not come back
    r"\b(?:wish|want|wanna|wanted|would love|would like|hope|just want) (?:\w+ ){0,3}?(?:stay|"
    r"remain|be|float|go|drift|fall|slip) (?:\w+ ){0,2}?" + _UNDER + r" (?:\w+ ){0,2}?"
    r"(?:forever|for good|permanently|and (?:never|not) (?:come|coming) (?:back|out)|and "
    r"(?:never|not) (?:wake|wake up|return))\b",
    r"\b(?:wish\w*|want\w*|wanna|hop(?:e|es|ing)) (?:\w+ ){0,4}?(?:not|never) (?:come|coming) "
    r"(?:back|out) "
    r"(?:from|of) (?:the |a |my |this )?(?:\w+ )?(?:k ?hole|session|sleep|anaesthesia|anesthesia|"
    r"sedation|dissociation|void|infusion)\b",
    # a plan told by its timing, kept from spoiling someone's day
    r"\b(?:after|once|when) (?:\w+ ){0,4}?(?:wedding|birthday|exams?|graduation|christmas|"
    r"holidays|funeral|party|anniversary|results|due date)\b(?: \S+){0,4}? so (?:i|it|that i) "
    r"(?:do not|does not|will not|wo not|would not|do nt) (?:ruin|spoil|wreck|mess up|ruin it)\b",
    r"\b(?:i have |i ve |i )?decided\b(?: \S+){0,3}? (?:it|i) (?:will|am going to|is going to|"
    r"is gonna|am gonna) (?:be|happen|do it) (?:after|before|on|once|when|at)\b",
    # euphemisms for dying, said of oneself
    r"\b(?:the|my|a) (?:big|long|final|eternal|endless) (?:sleep|nap|rest)\b(?! (?:in|on|at|"
    r"after|before) (?:the|a|this|my) (?:weekend|holiday|sunday|saturday|morning))",
    r"\b(?:see|meet) (?:you|you all|everyone|y all) on the other side\b(?!.*\b(?:game|level|"
    r"map|border|bridge|river|lake|tunnel|ocean|atlantic|pond|world cup|match|trip|flight)\b)",
    r"\b(?:this is|it is|i have reached|i am at|reached) the end of the (?:road|line) for me\b",
    r"\b(?:my|the) time (?:is up|has come)\b(?= *$| now| i think| soon| so)",
    r"\b(?:unsubscrib\w*|logging off|log off|signing off|resigning) from (?:life|this life|"
    r"existence|the world|being alive|living)\b",
    # not around for the next lesson, said with certainty and no reason
    r"\b(?:pretty sure|sure|doubt|do not think|probably) i (?:will not|wo not|will|am not going "
    r"to) (?:still )?be (?:around|here|alive) (?:for|by|to see|to read) (?:lesson|module|part|the "
    r"next|the end|the rest|the last)\b" + AWAY_FOR_A_REASON,
    # something drastic announced, an accident hoped for, a swerve imagined
    r"\b(?:going to|gonna|about to) do something (?:stupid|drastic|dumb|permanent|bad|final)\b"
    r"(?! like\b)(?!.*\b(?:lol|lmao|haha|hair|tattoo|shopping|ex|text)\b)",
    r"\b(?:get|got) lucky (?:and|&) (?:get |be )?(?:hit|run over|killed|struck)\b",
    r"\b(?:think|thought|thinking|urge|want|wanted|tempted|imagine|imagining)\b(?: \S+){0,6}? "
    r"(?:turn\w*|swerv\w*|jerk\w*|steer\w*|driv\w*|crash\w*) (?:\w+ ){0,3}?(?:into|off) "
    r"(?:the |a |an )?(?:barrier|wall|tree|oncoming|traffic|lorry|truck|bridge|cliff|river|ditch|"
    r"median|pillar|railing|guardrail|road)\b",
    # the end made real after a treatment, told as what comes next
    r"\b(?:hell|done|can not|anymore|any more|again)\b.* (?:i am|i will|i ll) (?:going to |gonna )?"
    r"(?:finish|end) it\b(?! (?:\w+ ){0,3}?(?:book|essay|homework|game|series|show|course|"
    r"later|first))",
    r"\b(?:dying|death|dead|die|gone)\b.* (?:want to|going to|gonna|will) make it (?:real|"
    r"happen|permanent)\b",
    r"\bresistant to (?:everything|all of it)\b(?: \S+){0,3}? (?:staying alive|living|life)\b",
    # a condition after which it is over; children better raised by someone else
    r"\bif\b(?: \S+){1,12}? (?:that is|then that is|then i am|i am) it for me\b(?!.*\b(?:moving|"
    r"move|quit\w*|switch\w*|job|team|club|subscription|restaurant|brand|shop|series|show|game|"
    r"season|app|course)\b)",
    r"\b(?:would|will) be better (?:raised|off|looked after|cared for) (?:by|with) (?:my|their) "
    r"\w+\b(?!.*\b(?:while|during|for the (?:week|weekend|summer|holidays)|when i (?:work|"
    r"travel)|tonight|today)\b)",
    # afraid of one's own next act; safety in doubt; a walk into traffic
    r"\b(?:scared|afraid|frightened|terrified|worried) (?:of|about) what i (?:might|could|will|"
    r"would|am going to) do\b(?! to (?:him|her|them|my (?:ex|boss|brother|sister|dad|mum|mom)))"
    r"(?!.*\b(?:lol|exam|test|interview|party|shopping|sale)\b)",
    r"\b(?:how much longer|not sure|do not know if|can not|struggling to|hard to|unable to) "
    r"(?:i can )?(?:keep|keeping|stay|staying) (?:myself )?safe\b",
    r"\bwalk\w* (?:\w+ ){0,3}?(?:on|onto|into|along|down|across) (?:the )?(?:middle of (?:the )?)?"
    r"(?:motorway|highway|freeway|dual carriageway|interstate)\b(?! (?:services|verge|path|"
    r"bridge|footbridge|underpass))",
)

# A goodnight or a goodbye with the next meeting named ("night all, see you tomorrow", "bye
# everyone, see you on monday"), and nothing that takes it back ("or not", "maybe", "sorry").
_NEXT_MEETING = (
    r"\b(?:good ?night|good ?bye|night night|nighty night|night all|night everyone|bye all|"
    r"bye everyone|bye guys|bye team)\b"
    r"(?=.*\bsee (?:you|ya|u) (?:all |guys |lot )?(?:tomorrow|in the morning|on (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|next week|at (?:work|class|school)|"
    r"later)\b)(?!.*\b(?:or not|maybe|hopefully not|never|forever|last|if i|sorry|"
    r"forgive|pills|love you all|for good|won t|will not|again)\b)"
)
_NEXT_MEETING_RX = _compile(_NEXT_MEETING)


# A goodbye that is for good whatever move is named beside it: "you will not hear from me again"
_FOR_GOOD = _compile(
    r"\b(?:again|forever|for ever|for good|any more|anymore|sorry|forgive|last time|the end|"
    r"not be (?:here|around)|pills|rope|gun|better place|this world|this life)\b"
)


def for_good(plain: str) -> bool:
    """A goodbye told as final, whatever trip or move stands beside it."""
    return _FOR_GOOD.search(plain) is not None


def next_meeting(plain: str) -> bool:
    """A goodnight or goodbye that names when the writer will see them next, nothing taken back."""
    return _NEXT_MEETING_RX.search(plain) is not None


# Ordinary plans: a wish to stay somewhere pleasant for ever ("on this beach forever"), a plan
# and a date for an event ("for the product launch"). The classifier, which reads "forever" and
# "a plan and a date" in crises, defers to them.
ORDINARY = _compile(
    r"\b(?:wish|want|wanna|could|would love to) (?:\w+ ){0,3}?stay (?:on|at|in|here|with) "
    r"(?:\w+ ){0,3}?(?:beach|holiday|island|trip|moment|city|country|festival|concert|cabin|spa|"
    r"sun|vacation|lake|mountains?|garden|party|café|cafe|village|you|this feeling) "
    r"(?:\w+ ){0,2}?forever\b",
    r"\b(?:plan|date)\b(?: (?:and|with) (?:a |the )?\w+)? for (?:the |this |my |our |next |a |"
    r"his |her |their )?(?:\w+ )?(?:launch|project|release|meeting|wedding|party|trip|holiday|"
    r"move|event|business|exam|renovation|campaign|weekend|birthday|reunion|conference)\b",
    # the lesson read at another time, a reminder moved
    r"\b(?:i will|i ll|i am going to|i can|i would rather) (?:read|catch up on|catch up|watch|"
    r"look at|check|open) (?:\w+ ){0,2}?(?:at|on|later|tomorrow|tonight|in the|after|before|"
    r"during|over|at lunch)\b",
    r"\b(?:reminders?|notifications?|alarms?) (?:at|for) (?:\d|noon|lunch|the morning|the evening)",
    # an operation booked, a business handed on, an idiom of eagerness
    r"\b(?:surgery|operation|replacement|procedure|appointment) (?:\w+ ){0,2}?(?:is |was |has "
    r"been )?(?:finally )?(?:scheduled|booked|confirmed)\b",
    r"\b(?:stepping back|stepping down|retiring) from (?:\w+ ){0,2}?(?:business|company|shop|"
    r"farm|firm|board|job|role)\b|\blet the younger ones take over\b",
    r"\bdying to (?:know|see|try|hear|find out|meet|read|get|start|watch)\b",
    _NEXT_MEETING,
    # a move to somewhere else, not "to a better place"
    r"\bmoving (?:to (?!a better place)|somewhere (?!better)|abroad|back to|house|in with)",
    # notes, photos or steps taken in plenty
    r"\btook (?:\w+ ){0,3}?(?:notes|photos|pictures|selfies|screenshots|steps|breaks|classes|"
    r"courses|days off)\b",
    # out of reach for an outing ("hiking with no signal"), a food given up for a diet or a fast
    r"\b(?:hiking|camping|trekking|sailing|travel\w*|abroad|at sea|in the mountains) "
    r"(?:\w+ ){0,3}?(?:no|without|zero|bad) (?:signal|reception|wifi|wi fi|internet|coverage)\b",
    # ...a season's hunt or a week in the woods, the lessons kept for after: "deer season opens
    # saturday, out in the woods with no signal, save my lessons"
    r"\b(?:hunting|fishing|deer season|duck season|in the woods|in the bush|out bush|at the "
    r"(?:cabin|lake|hunting camp|deer camp)|on the (?:boat|rig|trawler)) (?:\w+ ){0,3}?"
    r"(?:no|without|zero|bad) (?:signal|reception|wifi|wi fi|internet|coverage)\b"
    r"(?!.*\b(?:for good|forever|not coming back|not come back|do not (?:look|come) for me|"
    r"goodbye|bye everyone|last|end it|die|my note|letters?|pills)\b)",
    r"\b(?:stopped|quit|quitting|stopping|giving up|gave up|cut out|cutting out) "
    r"(?:eating|drinking) (?:\w+ ){0,3}?(?:so (?:that )?i (?:can|could) (?:lose|drop|shed)|"
    r"to (?:lose|drop|shed)|for "
    r"(?:my |a |the )?(?:diet|lent|ramadan|fast|health|gut|skin|training))\b",
    # a decision about a job, a home or a trip
    r"\b(?:decided|decision|made up my mind|mind is made up) (?:\w+ ){0,4}?(?:job|flat|apartment|"
    r"house|car|course|uni|degree|move|offer|wedding|trip|holiday|dress|name|school|city)\b",
    # too much of a treat
    r"\btoo (?:much|many) (?:\w+ )?(?:sugar|coffee|caffeine|food|cake|candy|chocolate|pizza|"
    r"sweets|energy drinks?|snacks|cookies|carbs)\b",
    # a lie-in: not waking before noon or until the holidays
    r"\b(?:not|never) wake (?:up )?(?:until|till|before) (?:\w+ )?(?:noon|\d+|afternoon|holidays|"
    r"weekend|lunch|spring|christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    # an animal or a plant harmed, a pile of toys, a chore done for one, the course kept
    r"\b(?:kill|kills|fatal (?:to|for)|deadly (?:to|for)|toxic (?:to|for)) (?:a |my |your |the )?"
    r"(?:cat|dog|puppy|kitten|pet|horse|rabbit|hamster|bird|fish|plants?|tree|weeds?)\b",
    r"\b(?:of|pile of|row of) (?:my )?(?:lego|legos|toys|books|shoes|socks|clothes|cards|plushies|"
    r"records|plants)\b",
    r"\bdo it for me\b(?: \S+){0,6}? (?:dishes|laundry|washing|chores|homework|taxes|paperwork|"
    r"ironing|cleaning)\b",
    r"\b(?:will|would|is|does) my (?:progress|streak|place|account|subscription|lessons?|course) "
    r"(?:\w+ )?(?:be )?(?:saved|kept|paused|stay|still be there)\b",
    # a rope for a sport, a boat or the garden
    r"\bropes?\b(?: \S+){0,4}? (?:for|at) (?:the |a |my |our )?(?:climbing|boat|sailing|camping|"
    r"tent|gym|swing|hammock|washing line|dog|craft|garden)\b",
    # out for the evening: "don't look for me, i'm at the pub"
    r"\bdo not (?:come )?look(?:ing)? for me\b(?=.*\b(?:pub|bar|party|hiding|hide|kidding|lol|"
    r"haha|game)\b)",
    # a goodbye at the airport or the station: a journey, not a farewell
    r"\b(?:said|saying|say) goodbye (?:to (?:\w+ ){1,3}?)?(?:at|outside|on) the (?:airport|station|"
    r"school gate|gate|bus stop|platform|train|departures)\b",
    # a bridge or the sea photographed for its view; a food given up
    r"\b(?:photo|picture|pic)s? of (?:the |a )?(?:bridge|cliffs?|sea|river|roof|rooftop)\b"
    r"(?=.*\b(?:sunset|sunrise|view|pretty|beautiful|gorgeous|stunning|holiday|trip|lovely)\b)",
    r"\bstopped eating (?:meat|sugar|bread|carbs|gluten|dairy|junk|sweets|chocolate|fast food|"
    r"out|pork|beef|fish|takeaways?)\b",
    # letters and cards of an ordinary kind
    r"\b(?:pen ?pals?|penpals?|thank you (?:letters|notes|cards)|christmas cards|cover letters?|"
    r"postcards|love letters? to my (?:wife|husband|partner|girlfriend|boyfriend))\b",
    # a rest from everything, for a while
    r"\bnot (?:exist|be reachable|be online) for (?:a|the) (?:weekend|week|day|while|bit|month)\b",
    # German read as English ("im" is "I'm" typed fast): the last day in an office or a term
    r"\bletzter (?:tag|arbeitstag|abend|schultag) (?:im|in der|bei der|auf der|an der) "
    r"(?:buro|buero|arbeit|firma|schule|uni|praxis|klinik|job|kanzlei|agentur|filiale)\b",
)
