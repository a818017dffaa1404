"""An end told offhand, in the slang of service people and of the young online, that the
classifier alone has been catching: the check-in (``check``), so that the rules still ask when a
new writer's words lead the classifier elsewhere.

- eating one's gun, the gun held in the mouth or to the temple (not "if you put a gun to my head
  I couldn't name one");
- hoping a fire, a crash or a scan "takes me", "saves me doing it myself" (not a workout joke);
- a crash one would not swerve from or brake for (not the advice for a deer on the road);
- which beam or rafter "would hold" (not a hammock or a punching bag);
- the writer as a clerical error or a glitch to be "corrected" (not a bug in code);
- pills held and "not taken any yet";
- life "optional" and opting out of it (not a newsletter);
- not going to be around for a result or a birthday, with no trip or shift to explain it;
- "I don't see myself making it to" a birthday, Christmas or an age;
- told to kill oneself, then "maybe they're right";
- walking into the sea "and just keep walking";
- a goodbye the other "didn't know was goodbye" (not a grandparent who died, nor a move);
- the meds stopped and "waiting on the right night";
- a plan told "so it reads like an accident" (not a mystery plot);
- the life insurance's waiting years counted and passed ("pays out after 2 yrs. it's been 3");
- cutting "again", the first time since a named time (not a haircut or the lawn);
- wanting it "to actually be over", for real this time (not an exam week);
- "been picking a spot" beside stopping existing (not a picnic);
- things given away that one "won't need after Friday" (not before a move).

Their ordinary lookalikes stay quiet: a hope that "takes me" somewhere, a kart track, a pull-up
bar, a roster's error, a holiday at the in-laws, a job that won't last, "die" for "dye", a game's
dare, a shallow beach, a graduation or boot camp, life insurance opted out of, cut at tryouts,
sunburn, a renovation, textbooks after graduating. ``excused`` tells the classifier when a shape
came with such a reason and none without one, so that it defers as the rules do.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_GUNS = (
    r"(?:gun|guns|duty weapon|service weapon|weapon|pistol|glock|piece|sidearm|barrel|revolver|"
    r"rifle|shotgun|9|nine|muzzle|40|45)"
)
_GUN_TURNED = needles.compile(
    r"\beat(?:ing|s)? (?:my|a|the) (?:gun|duty weapon|service weapon|pistol|glock|piece|sidearm|"
    r"barrel|revolver|rifle|shotgun|bullet)\b"
    r"|\b(?:had|put|held|hold|holding|pressed|pressing|stuck|sticking|put) (?:the|my|a) "
    + _GUNS
    + r" (?:in|into|against|to|under) my (?:mouth|temple|chin|jaw)\b"
)
_GUN_BUT = needles.compile(r"\b(?:if (?:you|someone|somebody|they) (?:put|held)|even with)\b")

_TAKEN_BY = needles.compile(
    r"\bhoping (?:that )?(?:the|this|my|a|some|one|next) (?:\S+ ){0,6}?(?:just )?(?:takes me|"
    r"kills me|gets me|finishes me off|comes back bad|comes back positive|is cancer|is terminal)\b"
    # ...not a hope that carries the writer somewhere: "takes me off the bench", "gets me out of"
    r"(?! (?:to|off|out of|back|into|in|on|somewhere|places|through|further|far|a|the|my|an|onto|"
    r"over|past)\b)"
    # ...nor away from the day's load: "hoping a week off takes me away from the stress"
    r"(?! away from (?:the |my |all (?:the |my )?|this )?(?:stress|work|office|desk|screens?|noise|"
    r"city|deadlines?|emails?|grind|daily grind|routine|chaos|pressure|news|rain|commute)\b)"
    r"|\b(?:save|saves|saving|spare|spares) me (?:from )?(?:the trouble of )?(?:doing it|having "
    r"to do it) myself\b(?=.*\b(?:hop\w*|wish\w*|scan|cancer|fire|crash|bullet|results?)\b)"
)
_TAKEN_BUT = needles.compile(
    r"\b(?:workout|leg day|gym|boss|level|game|raid|exam|homework|lol|lmao|haha|jk|paint\w*|"
    r"chores?|dishes|fence|lawn)\b"
)

_NO_SWERVE = needles.compile(
    r"\bi (?:would not|will not|wouldnt|wont)(?: even)? (?:swerve|brake|hit the brakes|get out "
    r"of the way|move out of the way)\b"
)
_CRASH = needles.compile(
    r"\b(?:rolled|roll|crash\w*|rig|truck|car|bus|train|oncoming|head on|bridge|wall|tree|semi|"
    r"highway|lorry|freeway|motorway|traffic|guardrail|cliff)\b"
)
_NO_SWERVE_BUT = needles.compile(
    r"\b(?:deer|moose|elk|animal|squirrel|instructor|advice|instead|rule of thumb|driving test|"
    # a racing game or a kart track
    r"mario|kart\w*|go ?karts?|forza|gran turismo|lap|laps|race track|game)\b"
)

_WOULD_HOLD = needles.compile(
    r"\bwhich (?:beam|rafter|branch|hook|pipe|door|tree|bar|railing|joist|banister)\b"
    r"(?: \S+){0,6}? (?:would|will|could|can|might) (?:hold(?= *$| me\b| my weight| the weight| "
    r"a person)|take (?:my|the) weight)"
)

# Gear hung for sport or at home: a pull-up bar, a tree stand, a punching bag.
_HOLD_BUT = needles.compile(
    r"\b(?:pull ?ups?|chin ?ups?|training|punching bag|heavy bag|hammock|swing|tree ?stand|"
    r"bird ?feeder|rings|trx|aerial|silks|yoga|tv|shelf|shelves|bookcase|plant|lights)\b"
)

_ERROR_CORRECTED = needles.compile(
    r"\b(?:i am|i was|been|i have been|am) (?:a |the |just a )?(?:clerical error|glitch|mistake|"
    r"error|typo|paperwork error|accident)\b(?: \S+){0,10}? (?:correcting|fixing|correct|fix|"
    r"patching|patch|deleting) (?:it|that|this|the (?:error|mistake))\b"
)
_ERROR_BUT = needles.compile(
    r"\b(?:code|bug|ticket|spreadsheet|report|invoice|form|order|bill|payroll|booking|exam|essay|"
    # a record put right by the office: a roster, a list, hr
    r"roster|rota|guest list|mailing list|waiting list|class list|hr|records?|database|register)\b"
)

_NOT_YET = needles.compile(
    r"\b(?:have not|havent|did not|didnt) (?:taken|swallowed|pulled|used|done) (?:any|them|it|"
    r"one|the trigger)(?: of them)? yet\s*$"
)
_HELD = needles.compile(
    r"\b(?:holding|in my hand|lined up|counted|counting|in front of me|staring at|sitting with)\b"
)

_OPT_OUT = needles.compile(
    r"\b(?:consider\w*|think\w* (?:about|of)|going to|ready to|want to|wanna|might) (?:just )?"
    r"opt(?:ing)? out\b(?! of (?:the|this|that|my|our|a) (?!life\b|living\b|existence\b))"
    # a scheme named for life: life insurance, a life policy
    r"(?! of (?:the |this |that |my |our |a )?life (?:insurance|cover|assurance|policy|plan|"
    r"scheme)\b)"
)
_LIFE = needles.compile(r"\b(?:alive|life|living|existing|existence|optional|breathing)\b")

_NOT_AROUND = needles.compile(
    r"\bnot (?:going to|gonna) be (?:around|alive) (?:for|to see) (?:the |my |his |her |their )?"
    r"(?:results?|birthday|christmas|graduation|next year|summer|new year|holidays|it|much longer|"
    r"long|the end|any of it|that|them|the kids|my kids)\b"
)
_NOT_AROUND_BUT = needles.compile(
    r"\b(?:because|cause|bc|since|vacation|holiday|leave|away|out of town|travel\w*|trip|"
    r"working|at work|shift|flight|visiting|conference|camp|abroad|moving|move|festival|"
    r"appointment|hospital stay|surgery|wedding|deploy\w*|tour|posted|posting|rotation|"
    # a holiday spent with family elsewhere
    r"spending (?:it|christmas|the holidays)|in laws|cruise)\b"
)

_NOT_MAKING_IT = needles.compile(
    r"\b(?:do not|dont|can not|cant) see myself (?:making it|being (?:here|around|alive)|living|"
    r"surviving|lasting) (?:much longer|another year|(?:to|till|until|past|through)(?: \S+){0,2}? "
    r"(?:birthday|christmas|new year|next year|next month|summer|winter|spring|autumn|\d+|thirty|"
    r"forty|twenty|fifty|old age|the end of the (?:year|month)))\b"
)
_MAKING_IT_BUT = needles.compile(
    r"\b(?:gym|class|final round|finals|round|party|meeting|on time|game|match|work|office|"
    r"concert|semifinal|playoffs?|tournament|rank\w*|league|"
    # a career that won't last: "20 years in this job", "might retrain"
    r"(?:in|at) (?:this|the|my) (?:job|career|industry|field|company|role)|retrain\w*)\b"
)

_TOLD_TO = needles.compile(
    r"\b(?:told me to|telling me to|tell me to|said (?:to|i should)|say i should) (?:kys|kill "
    # ("die my hair" is dye)
    r"myself|die(?! (?:my|it|the|them|a|your) )|go die|end it|rope|neck myself)\b"
    r"(?: \S+){0,12}? maybe (?:they|he|she|you|"
    r"theyre|hes|shes|youre) (?:are |is |re |s |were |was )?right\b"
)

# A dare in a game: die in the lava "for the achievement".
_TOLD_BUT = needles.compile(r"\b(?:lava|achievement|trophy|respawn|speedrun\w*|in game)\b")

_INTO_THE_SEA = needles.compile(
    r"\bwalk(?:ing)? (?:into|in) (?:the )?(?:sea|ocean|surf|water|waves|lake|river|snow|woods|"
    r"tide)\b(?: \S+){0,4}? (?:and )?(?:just )?(?:keep (?:walking|going)|not (?:stop|come back|"
    r"turn back)|never come back|never turn back)\b"
)

# A shallow beach walked out on: the sandbar, low tide.
_SEA_BUT = needles.compile(
    r"\b(?:sandbar|sand bar|shallow|low tide|tide is out|knee deep|wading)\b"
)

_UNKNOWN_GOODBYE = needles.compile(
    r"\b(?:she|he|they|nobody|no one) (?:did not|didnt|does not|"
    r"doesnt|do not|dont) know (?:it was|that was|that it was) (?:goodbye|a goodbye|my goodbye|"
    r"the last time|for good)\b"
)
_GOODBYE_BUT = needles.compile(
    r"\b(?:died|passed|passed away|funeral|hospice|dementia|alzheimers|deploy\w*|moved|move|"
    r"flight|visa|"
    # a parting by an ordinary move on: a graduation, boot camp, a new job
    r"graduat\w*|boot camp|basic training|new job|transferr\w*|retir\w*|left for (?:boot camp|"
    r"basic|college|uni|university|school|the army|the navy))\b"
)

_RIGHT_NIGHT = needles.compile(
    r"\bstopped (?:the |my |taking (?:the |my )?)?(?:meds|pills|medication|therapy|returning|"
    r"answering)\b(?=.*\bwaiting (?:on|for) the right night\b)"
)


_DISGUISED = needles.compile(
    r"\bso (?:that )?(?:it|this|that) (?:reads|looks|seems|comes across|passes) (?:like|as) an? "
    r"(?:\w+ )?accident\b"
)
_DISGUISED_BUT = needles.compile(
    r"\b(?:dent|scratch\w*|claim|insurer|prank|vase|plate|mug|broke|broken|spill\w*|phone|"
    r"lol|lmao|haha|novel|book|plot|murderer|villain|character)\b"
)
_INSURANCE_CLAUSE = needles.compile(
    r"\binsurance\b(?: \S+){0,6}? (?:pays out|pays|covers|will pay)(?: \S+){0,3}? (?:after|once) "
    r"(?:\d+|one|two|three) (?:yrs|years|year|months)\b(?: \S+){0,4}? (?:it is|its|it has|it s) "
    r"been (?:\d+|one|two|three|four|five|over|more than|long enough)\b"
)
_CUT_AGAIN = needles.compile(
    r"\b(?:cut|burned|burnt|burn) again\b(?=.*\b(?:first time since|since (?:basic|school|rehab|"
    r"treatment|the hospital)|long sleeves|nobody (?:\S+ ){0,4}?(?:sees|notices|clocks|knows)|"
    r"relapse\w*|clean for)\b)"
)
_CUT_AGAIN_BUT = needles.compile(
    r"\b(?:hair\w*|barber|grass|lawn|hedge|fringe|bangs|toast|cake|"
    # cut from a team, burned by the sun
    r"tryouts?|cut from the (?:team|squad|roster)|audition\w*|casting|sunscreen|sunburn\w*|spf)\b"
)
_OVER_FOR_REAL = needles.compile(
    r"\bi want (?:it|this|everything|all of it) to (?:actually |finally |just |really )?be over\b"
    r"(?= *$| for real| for good| already| now| tonight| this time)"
)
_OVER_BUT = needles.compile(
    r"\b(?:season|week|exam\w*|semester|term|game|show|flight|shift|day|meeting|class|match|"
    r"trial|case|lecture|winter|year|move|"
    # an ordinary ordeal named: a training block, a renovation, a cold
    r"training block|training camp|marathon|renovation|reno|project|deadline|labou?r|flu|"
    r"hangover|migraine|cast|diet|commute|heatwave)\b"
)
_SPOT = needles.compile(
    r"\b(?:been |i am |am )?(?:picking|picked|choosing|chose|scouting|scouted|found) (?:a|the|my) "
    r"(?:spot|place|location)\b(?= *$)"
)
_SPOT_LIFE = needles.compile(
    r"\b(?:existing|exist|alive|living|die|dying|dead|gone|end|jump|bridge|world|disappear\w*)\b"
)
_NOT_NEEDED_AFTER = needles.compile(
    r"\b(?:will not|wont|do not|dont) need (?:them|it|these|this|those|any of it|any of them) "
    r"(?:after|past|by) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|"
    r"tomorrow|this week|next week|the weekend)\b"
)
_NOT_NEEDED_BUT = needles.compile(
    r"\b(?:mov\w*|trip|travel\w*|flight|abroad|new (?:one|phone|pc|console|laptop|account)|"
    r"upgrad\w*|season|exam\w*|course ends|semester|term|wipe|"
    # a season or a course left behind: heading for the tropics, graduating
    r"tropics|graduat\w*)\b"
)


# A scheme named for life, opted out of: the life insurance at work.
_OPT_OUT_SCHEME = needles.compile(
    r"\bopt(?:ing)? out of (?:the |this |that |my |our |a )?life (?:insurance|cover|assurance|"
    r"policy|plan|scheme)\b"
)


def excused(plain: str) -> bool:
    """One of these shapes told with its ordinary reason (a game, a job, a season, a holiday, a
    team) and none told without one (``plain``: normalised)."""
    if check(plain):
        return False
    pairs = (
        (_TAKEN_BY, _TAKEN_BUT),
        (_NO_SWERVE, _NO_SWERVE_BUT),
        (_WOULD_HOLD, _HOLD_BUT),
        (_TOLD_TO, _TOLD_BUT),
        (_INTO_THE_SEA, _SEA_BUT),
        (_ERROR_CORRECTED, _ERROR_BUT),
        (_NOT_AROUND, _NOT_AROUND_BUT),
        (_NOT_MAKING_IT, _MAKING_IT_BUT),
        (_UNKNOWN_GOODBYE, _GOODBYE_BUT),
        (_DISGUISED, _DISGUISED_BUT),
        (_CUT_AGAIN, _CUT_AGAIN_BUT),
        (_OVER_FOR_REAL, _OVER_BUT),
        (_NOT_NEEDED_AFTER, _NOT_NEEDED_BUT),
    )
    if any(shape.search(plain) and but.search(plain) for shape, but in pairs):
        return True
    return _OPT_OUT_SCHEME.search(plain) is not None


def check(plain: str) -> bool:
    """An end told offhand (``plain``: normalised)."""
    if _GUN_TURNED.search(plain) and not _GUN_BUT.search(plain):
        return True
    if _TAKEN_BY.search(plain) and not _TAKEN_BUT.search(plain):
        return True
    swerve = _NO_SWERVE.search(plain) and _CRASH.search(plain)
    if swerve and not _NO_SWERVE_BUT.search(plain):
        return True
    if _WOULD_HOLD.search(plain) and not _HOLD_BUT.search(plain):
        return True
    if _TOLD_TO.search(plain) and not _TOLD_BUT.search(plain):
        return True
    if _INTO_THE_SEA.search(plain) and not _SEA_BUT.search(plain):
        return True
    if _ERROR_CORRECTED.search(plain) and not _ERROR_BUT.search(plain):
        return True
    if _NOT_YET.search(plain) and _HELD.search(plain):
        return True
    if _OPT_OUT.search(plain) and _LIFE.search(plain):
        return True
    if _NOT_AROUND.search(plain) and not _NOT_AROUND_BUT.search(plain):
        return True
    if _NOT_MAKING_IT.search(plain) and not _MAKING_IT_BUT.search(plain):
        return True
    if _UNKNOWN_GOODBYE.search(plain) and not _GOODBYE_BUT.search(plain):
        return True
    if _DISGUISED.search(plain) and not _DISGUISED_BUT.search(plain):
        return True
    if _INSURANCE_CLAUSE.search(plain):
        return True
    if _CUT_AGAIN.search(plain) and not _CUT_AGAIN_BUT.search(plain):
        return True
    if _OVER_FOR_REAL.search(plain) and not _OVER_BUT.search(plain):
        return True
    if _SPOT.search(plain) and _SPOT_LIFE.search(plain):
        return True
    if _NOT_NEEDED_AFTER.search(plain) and not _NOT_NEEDED_BUT.search(plain):
        return True
    return _RIGHT_NIGHT.search(plain) is not None
