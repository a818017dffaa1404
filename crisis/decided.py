"""A decision told by its day, its readiness or its calm; death wished for as a relief; and the
lethality questions and overdoses told in the plainest words.

People who have decided rarely name the act. They name the day ("I'm going through with it
Sunday", "tonight feels right"), what is ready ("got everything ready for tonight", "cleaning up
before I go", a playlist for the funeral, the phone unlocked "so they can get in after"), the calm
that came with the decision, or the means they now carry. A wish for death is often said as its
appeal ("sewerslide looking real good", "if I died in my sleep tonight that'd be a relief", "I'd
rather not wake"). These are ``FAREWELL`` (the full reply) and ``CHECK`` (the bot asks).
``METHOD`` holds lethality questions that name no dose word (which of two methods is quicker, a
height "to make sure it's permanent", whether a fall "always works") and ``OVERDOSE`` an
overdose said in its fewest words ("took too much, I think I'm dying"). Every pattern's lookaheads
carry the everyday kind beside it (a job decided on, a date night, a party, a diet, a dog or a
plant, a physics class). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import AWAY_FOR_A_REASON, _any, _compile

_TIME = _any(
    r"tonight",
    r"tomorrow(?: night)?",
    r"this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday)",
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"on my birthday",
    r"(?:on )?the \d+(?:st|nd|rd|th)?",
    r"at (?:midnight|dawn)",
    r"when (?:everyone|they are|my \w+ (?:is|are)) (?:asleep|gone|out)",
)
# Ordinary things decided on, got ready or planned.
_ORDINARY = (
    r"(?!.*\b(?:job|offer|promotion|apartment|flat|house|wedding|trip|holiday|vacation|flight|"
    r"party|date night|dinner|concert|gig|match|game|exam|test|interview|presentation|diet|"
    r"outfit|dress|haircut|tattoo|move|moving|divorce|break ?up|proposal|propose|launch|"
    r"premiere|race|marathon|surgery|operation|first day|school|uni|college|lol|haha)\b)"
)
_DECIDED = (
    r"(?:i have|i|my mind is|mind is) (?:finally |already |now |just )?(?:decided|made up|"
    r"made up my mind|made my (?:decision|choice)|made the decision)"
    r"(?! (?:to|that|on|which|what|where|whether|against|how|who|if|between|about|for)\b)"
)
_MEANS = _any(
    r"pills",
    r"tablets",
    r"meds",
    r"insulin",
    r"oxy\w*",
    r"(?:hunting )?(?:rifle|gun|pistol|shotgun)",
    r"rope",
    r"noose",
    r"blade",
    r"razor",
    r"hose",
)
_PLACE = _any(r"bridge", r"roof", r"rooftop", r"cliffs?", r"tracks", r"balcony", r"ledge", r"edge")

FAREWELL = _compile(
    # the day told, the act only "it"
    r"\b(?:i am|i m) (?:going|gonna) (?:through with it|to go through with it)\b" + _ORDINARY,
    r"\b(?:going|go) through with it (?:\w+ )?" + _TIME + r"\b" + _ORDINARY,
    r"\b(?:everything s|everythings|everything is) (?:ready|sorted|prepared|in place) for "
    + _TIME
    + r"\b"
    + _ORDINARY,
    r"\b(?:got|have|i have) everything (?:ready|sorted|prepared|in place|planned) for "
    + _TIME
    + r"\b"
    + _ORDINARY,
    r"\b" + _TIME + r" (?:feels|seems|is) (?:right|like the (?:night|day|time))\b" + _ORDINARY,
    r"\b" + _DECIDED + r"(?: \S+){0,8}? (?:no one|nobody|nothing|you) (?:can|will|could|is going "
    r"to) (?:change my mind|stop me|talk me out of it)\b" + _ORDINARY,
    # the end of an event as one's own
    r"\bwhen (?:the |this )?\w+ ends (?:\w+ ){0,2}?(?:i am|i m) ending (?:too|as well|also|"
    r"with it)\b",
    # tidying up before going, the funeral planned, the phone left open for after
    r"\bclean(?:ing|ed)? (?:up|things up|everything up) before i (?:go|leave|am gone)\b",
    r"\b(?:playlist|songs|music|outfit|flowers) for my (?:own )?funeral\b(?!.*\b(?:joke|lol|"
    r"haha|someday|one day|when i am old|in \d+ years)\b)",
    r"\b(?:romanticizing|romanticising|planning|picturing) my (?:own )?funeral (?:\w+ ){0,2}?"
    r"(?:because|bc|since|now that) (?:it is|its|it s) (?:finally )?(?:happening|soon|close)\b",
    r"\bpasscode (?:\w+ ){0,4}?so (?:they|people|my \w+|someone) can (?:get in|open it|see)\b"
    r"(?: \S+){0,2}? after\b",
    r"\bmy (?:stuff|things|clothes|games|books|plants) (?:after|once|"
    r"when) (?:next week|tonight|tomorrow|this week|i am gone|i go|i leave|i am not here)\b"
    + _ORDINARY,
    r"\b(?:paid back|paid off|returned) (?:\w+ ){0,4}?(?:everyone|everything|all)(?: \S+){0,8}? "
    r"ready\b(?= *$)",
    # a means carried or left unlocked, a rope bought on leaving care, meds stashed then a night
    r"\b" + _MEANS + r"\b(?: \S+){0,6}? (?:carrying|carried|kept|keeping|hidden|hiding) "
    r"(?:it |them )?"
    r"(?:for|around|with me)\b(?: \S+){0,4}? (?:tonight|ready|right|it is time|today)\b",
    r"\b(?:discharged|out of hospital|left (?:the )?(?:psych|hospital|ward|unit))\b(?: \S+){0,14}?"
    r" (?:buy|bought|got|get) (?:a |the )?(?:rope|noose|gun|pills|blades?)\b",
    r"\b(?:stashed|hoarded|saved|hid|hidden|saving|stashing|hoarding) (?:\w+ )?(?:meds|pills|"
    r"tablets|medication)\b(?: \S+){0,4}? " + _TIME + r"\b(?!.*\b(?:doctor|pharmacy|refill|"
    r"travel|trip)\b)",
    # after a set is lost, a test failed: a jump said to be meant
    r"\b(?:i am|i m|i will|ill) (?:jumping|jump|ending it|killing myself)\b(?: \S+){0,3}? "
    r"(?:literally not figuratively|not figuratively|i mean it|not a joke|not joking|no seriously|"
    r"for real this time)\b",
    r"\babout to end it all\b(?: \S+){0,2}? (?:no seriously|not joking|for real|i mean it)\b",
    # the appeal of death
    r"\b(?:suicide|sewer ?slide|dying|being dead|not existing|ending it(?: all)?|ending things|"
    r"unaliving(?: myself)?) (?:is |has been |keeps |started |starts )?(?:looking|looks|sounding|"
    r"sounds|seeming|seems|feeling|feels) (?:so |real |really |pretty |very |more and more |"
    r"kinda |kind of )?(?:good|attractive|tempting|appealing|nice|peaceful|inviting|like (?:the|"
    r"my) (?:only )?(?:answer|option|way out|solution|escape|relief))\b"
    r"(?!.*\b(?:squad|film|movie|show|game|episode|scene|character|costume|makeup|metal)\b)",
    r"(?:^|\bmy |\bthe )(?:suicidal|si) (?:thoughts?|urges?|ideation|feelings?) "
    r"(?:are|is|have been|keep|kept)? ?(?:getting |been |coming )?(?:\w+ )?(?:loud|louder|worse|"
    r"stronger|intense|unbearable|constant)\b(?: again)?"
    r"(?!.*\b(?:study|studies|research|patients|ketamine (?:help|reduce|lower)\w*)\b)",
    r"\b(?:will|going to|gonna|ll) find (?:me|him|her|them|my body|his body|her body) (?:in the "
    r"morning|tomorrow|when they (?:get|come) (?:home|back))\b(?!.*\b(?:couch|sofa|asleep|"
    r"hungover|drunk|in bed|surprise|gift|present|cake|hiding|hide|note|mess)\b)",
    r"\bactually (?:walked|stepped|ran|went) (?:\w+ )?(?:toward|towards|into|in front of|onto) "
    r"(?:the )?(?:road|traffic|tracks|train|edge|water|river|a car|a bus)\b",
    r"\btake all (?:of it|of them|my \w+|the \w+|of my \w+) and (?:just )?(?:sleep forever|never "
    r"wake up|not wake up|go to sleep for good)\b",
    # a goodbye said covertly, a previous attempt to be bettered
    r"\b(?:saying|said|say|started saying) goodbye to (?:\w+ ){0,3}?without (?:them|anyone|they|"
    r"people|him|her) (?:knowing|noticing|realising|realizing)\b" + _ORDINARY,
    r"\b(?:last|previous|first) attempt (?:failed|did not work)\b(?: \S+){0,3}? next(?: one| "
    r"time)?(?: +~)? +(?:will not|wo not|is not going to|not)\b",
    r"\bsurvived (?:my )?(?:last |previous |first )?attempt\b(?: \S+){0,6}? (?:angry|"
    r"disappointed|wish i (?:had not|did not)|regret)\b",
    # voices commanding, a means bought "not for" its everyday use, a car running in a shut garage
    r"\bvoices? (?:\w+ ){0,3}?(?:say|says|said|telling me|tell me|want me|told me|keep saying) "
    r"(?:\w+ ){0,3}?(?:jump|do it|die|kill myself|hurt myself|end it|cut myself)\b",
    r"\bbought (?:a |myself a |the )?(?:gun|pistol|rifle|handgun|shotgun|rope|noose)\b(?: \S+)"
    r"{0,3}? not for (?:hunting|protection|self defen\w*|sport|the range|home defen\w*|camping|a "
    r"project|climbing|work)\b",
    r"\b(?:sitting|sat|i am) in (?:my |the )?(?:garage|car) with the (?:car|engine) running\b",
    r"\bwaiting to die\b(?: \S+){0,10}? (?:speed it up|help it along|hurry it up|get it over)\b",
    r"\bif i am gone (?:\w+ )?the problems? (?:is |are |will be )?gone\b",
    r"\b(?:the one way kind|(?:will not|wo not|do not) be needing a return)\b",
    # a means beside "don't wait up", a hose with the car, a tree looked for, "don't stop me"
    r"\b(?:pills|prescription|rope|tablets|gun|meds)\b(?: \S+){0,8}? do not wait up\b",
    r"\b(?:car|engine)\b(?: \S+){0,6}? (?:and )?i (?:have|got) (?:the |a )?hose\b",
    r"\blooking for a (?:good|strong|sturdy|tall) (?:tree|branch|beam)\b(?!.*\b(?:christmas|"
    r"treehouse|tree house|climb\w*|shade|picnic|hammock|swing|photo\w*|bird\w*)\b)",
    r"\b(?:bridge|roof|cliff|tracks|edge|station|river|ledge)\b(?: \S+){0,6}? do not (?:try to )?"
    r"(?:stop|follow) me\b",
    # self-harm gone further than meant, more wanted
    r"\bcut (?:\w+ )?deeper than (?:i )?(?:meant|intended|planned|usual|ever)\b",
    r"\b(?:covered in|full of) (?:cuts|scars|burns)\b(?: \S+){0,4}? (?:i )?(?:want|need) more\b",
    r"\bmy \d+ (?:yr|year) plan is (?:not existing|not being (?:here|alive)|to not exist|"
    r"to be dead)\b",
)

CHECK = _compile(
    # a choice made, bare, for a time the home is empty: "made my choice, sunday when flat is
    # empty"; not a party, a clean or a practice kept for the empty flat
    r"\b(?:made|ve made|have made) (?:my|the) (?:choice|decision)\b(?! (?:to|that|on|which|what|"
    r"where|whether|against|how|who|if|between|about|for|of)\b)(?: \S+){0,4}? (?:when|while|once) "
    r"(?:the |my |our )?(?:flat|house|apartment|home|place|everyone|nobody|no one|they|parents|"
    r"family)(?: \S+)? (?:is |are )?(?:empty|away|out|gone|asleep|at work)\b(?!.*\b(?:party|"
    r"parties|guests|friends over|clean\w*|paint\w*|redecorat\w*|music|games?|movie|film|cook\w*|"
    r"bath|yoga|study|revis\w*|practi\w*|drums|guitar|piano)\b)",
    # a decision, bare, with its day or its calm
    r"\b"
    + _DECIDED
    + r" (?:it is |it s |its |it will be )?"
    + _TIME
    + r"\b(?= *$| (?:it is|its|it has|been|no one|nobody|i am|i just|i wanted|sorry|goodbye|"
    r"seems|fitting|that is|then|done|enough))" + _ORDINARY,
    r"\b(?:calm|calmer|peaceful|at peace|relieved|lighter|relief) (?:\w+ ){0,3}?(?:now that|since|"
    r"because|after|once) (?:i have |i )?(?:decided|made (?:up my mind|a plan|the plan|my decision|"
    r"the decision|my choice)|have a plan)\b" + _ORDINARY,
    r"\b" + _DECIDED + r"(?: \S+){0,4}? (?:and )?(?:i )?(?:am|feel|feels|felt) (?:\w+ ){0,2}?"
    r"(?:calm|calmer|at peace|peaceful|relieved|lighter)\b" + _ORDINARY,
    r"\b(?:tonight|today) (?:is|s) (?:the night|the day|it)\b(?=.*\b(?:decided|made up my mind|"
    r"mind is made up|sorry|goodbye|bye|love (?:you|u) all|no one|nobody|ready|enough|letters?|"
    r"notes?)\b)" + _ORDINARY,
    r"\bi think tonight is (?:it|the night)(?= *$)",
    r"\b(?:its|it s|it is) (?:your|my|ur) last night and (?:your|you re|you are|i am|i m|ur) not "
    r"(?:even )?(?:sad|scared|upset)\b",
    r"\b(?:new years? eve|christmas|my birthday|\w+day) is my last day\b" + _ORDINARY,
    r"\bill be gone by (?:the time|morning|tomorrow|next week|then)\b(?!.*\b(?:holiday|trip|"
    r"travel\w*|vacation|flight|moving|move)\b)",
    r"\b(?:started|start|been|begun) planning how\b(?= *$| (?:to do it|i would|i ll|i will))",
    # giving up the fight, the means at hand, the urge looked at
    r"\b(?:going to|gonna|about to|ready to) let (?:it|the depression|my brain|the illness|this|"
    r"the darkness) win\b|\bstopped fighting (?:it|this)\b(?!.*\b(?:cold|flu|infection)\b)",
    r"\b(?:have|got) (?:the|my|all my|all the|all of my) (?:\w+ )?(?:pills|insulin|tablets|meds) "
    r"(?:right )?(?:here|in front of me|next to me|in my hand)\b(?!.*\b(?:can i|should i|with food|"
    r"prescri\w*|refill|pharmacy|forgot|routine|organi[sz]er)\b)",
    r"\b(?:have|got) (?:like |about )?\d+ of (?:my |his |her )?(?:\w+ )?(?:pills|tablets|meds)\b"
    r"(?: \S+){0,2}? (?:in my room|here|with me|in my bag|hidden|saved|put by)\b",
    r"\b(?:staring|stare|looking) at (?:the |my )?(?:knife|knives|knife block|pills|rope|gun|"
    r"tracks|train tracks|bridge|balcony|edge)\b(?: \S+){0,6}? (?:thinking about it|think "
    r"about it)\b",
    r"\b(?:tracks|bridge|balcony|cliff|ledge|railway|motorway)\b(?: \S+){0,10}? (?:i )?think about "
    r"it every (?:time|day|night)\b",
    r"\btook the (?:blade|razor) out (?:of (?:my |the )?(?:sharpener|razor) )?again\b",
    r"\bkeep (?:a |my )?(?:razor )?blade in my (?:wallet|bag|pocket|phone case)\b",
    r"\b(?:afraid|scared|worried) (?:that )?(?:i am|i will|i might) (?:going to |gonna )?(?:do "
    r"something|hurt myself|do something stupid) to myself\b",
    r"\b(?:do not|never) (?:think|see) (?:i will|ill|myself) (?:make it|being alive|alive|be alive|"
    r"be here|be around) (?:to|by|until|till|for|at|past) (?:christmas|summer|my "
    r"(?:\d+\w* )?(?:bday|birthday)|next year|the new year|new year|spring|winter|autumn|the end "
    r"of the (?:week|month|year))\b(?!.*\b(?:party|dinner|market|in time|on time|because|work|"
    r"shift|flight|sale|concert|traffic|deadline|home for)\b)",
    r"\b(?:please )?do not (?:come )?look(?:ing)? for me\b(?!.*\b(?:pub|bar|party|hiding|hide|"
    r"kidding|lol|haha|game)\b)",
    r"\b(?:wish|want) (?:someone|somebody|something) (?:would|could) (?:just )?(?:switch|turn) me "
    r"off\b|\blights out (?:for good|forever|permanently)\b",
    r"\bi was a mistake (?:and )?(?:i am|i m) (?:going to|gonna) fix it\b",
    r"\b(?:this|it|death|dying) is the only way out\b(?!.*\b(?:escape room|game|maze|level)\b)",
    # the course or the things left because there is no after
    r"\b(?:will not|wo not|do not|am not going to) (?:be )?need(?:ing)? (?:any of )?(?:it|this|"
    r"them|my \w+) after (?:tonight|today|tomorrow|this week)\b" + AWAY_FOR_A_REASON,
    r"\b(?:will not|wo not|am not (?:going to|gonna)) be (?:here|around) (?:to read it|to see it|"
    r"anymore)\b" + AWAY_FOR_A_REASON,
    r"\b(?:it is|its|today is) my last day\b(?=.*\b(?:no point|cancel|goodbye|thanks for "
    r"everything|sorry)\b)(?!.*\b(?:work|job|school|office|internship|holiday|trip|contract|"
    r"term|shift|here at|of (?:the|my) (?:holiday|trip))\b)",
    r"\b(?:pray|praying|hope|hoping)\b(?: \S+){0,3}? (?:that )?i (?:do not|will not|wo not|never) "
    r"wake up\b(?! (?:until|till|before|early|late|on time|in time))",
    r"\bif i (?:disappeared|died|vanished|was gone|were gone)\b(?: \S+){0,3}? (?:nobody|no one) "
    r"would (?:even )?(?:notice|care|miss me)\b",
    r"\b(?:writing|wrote|drafting|drafted|typing) (?:and deleting )?(?:goodbye|farewell) (?:texts|"
    r"messages|letters|notes)\b(?!.*\b(?:team|colleagues?|company|job|office|class|retir\w*|"
    r"moving|coworkers?|students|clients)\b)",
    r"\b(?:going to|gonna) go now\b(?: \S+){0,2}? love (?:you|u) all\b",
    r"\bdeleting (?:all )?my (?:socials|accounts|social media)\b(?: \S+){0,6}? (?:last one|before "
    r"i go|goodbye|bye)\b",
    # a wish for death told as relief
    r"\bif i (?:died|die|passed) in my sleep\b(?: \S+){0,6}? (?:relief|relieved|fine|ok|okay|"
    r"grateful|glad|thankful|blessing|not mind|would not mind)\b",
    r"\b(?:would|d) rather (?:just )?(?:not|never) wake(?: up)?\b(?! (?:up )?(?:until|till|before|"
    r"early|on|at|for|to)\b)",
    r"\b(?:wish|want|wanna|hope|pray|praying|rather|like to|could|would love to|dream of) "
    r"(?:\S+ ){0,4}?(?:go to |fall )?(?:sleep|asleep) (?:forever |for ever )?(?:and|&) "
    r"(?:just )?(?:not|never) (?:wake|waking)(?: up)?\b(?! (?:up )?(?:until|till|before|early|"
    r"rested|tired|refreshed|on|at|for)\b)",
    r"\bwake up disappointed\b|\bdisappointed (?:i am|i m) still (?:alive|here|breathing)\b",
    r"\bnot (?:scared|afraid) of (?:dying|death)(?: \S+){0,4}? (?:scared|afraid|terrified) of "
    r"(?:living|life|being alive|another)\b",
    r"\b(?:peaceful|nice|easier|better|a relief|lovely) (?:\w+ ){0,3}?to (?:just )?(?:be dead|not "
    r"exist|stop existing|not be alive|not wake up)\b(?!.*\b(?:for a (?:while|day|week|bit|"
    r"weekend)|philosoph\w*|epicur\w*|stoic\w*|essay|poem|character|novel|story)\b)",
    r"\bwhat if i (?:just )?(?:did not|do not|stopped|stop) (?:exist|existing|being here|being "
    r"alive|waking up)\b",
    r"\bdo not (?:want|wanna|plan|intend) to (?:see|reach|make it to|turn) (?:\d\d|my (?:\d+\w* )?"
    r"birthday|another (?:winter|year|christmas|birthday|summer)|next (?:year|summer|birthday))\b",
    r"\b(?:i|me) (?:\w+ ){0,2}?(?:not|no|do not|am not) (?:want|wants|wanting) (?:to )?(?:live|"
    r"living|be alive)(?: \w+)? (?:more|anymore|any more|no more|longer)\b",
    r"\b(?:i|me)(?! (?:\S+ ){0,3}?(?:not|never|no) want)(?: \S+){0,3}? want die\b(?! hard)",
    r"\btake (?:myself|me|my self) the life\b",
    r"\b(?:is|has) (?:not|no) (?:sense|meaning|point) (?:to|for me to) live\b",
    # the act wished over for good, said with nothing else
    r"\b(?:want|wanna|need) (?:it|this|everything|all of it) (?:to be )?over (?:for good|"
    r"forever|permanently)\b",
    r"\bdone (?:w|with) (?:life|living|being alive|existing)\b(?!.*\b(?:insurance|policy)\b)",
    r"\babout to do something (?:really |very |so )?(?:bad|stupid|drastic|terrible) to myself\b",
    r"\b(?:want|wanna|need) to feel the (?:blade|razor|knife) again\b",
    r"\b(?:irl|respawn)\b(?: \S+){0,8}? quit (?:the game|life|this game) (?:for good|irl|"
    r"permanently|forever)\b",
    r"\bquit (?:the game|this game) (?:for good|permanently|forever) (?:irl|in real life)\b",
)

_NOT_AN_ANIMAL = (
    r"(?!.*\b(?:dog|cat|puppy|kitten|pet|horse|rabbit|hamster|plants?|weeds?|bugs|mice|rats|fish|"
    r"bacteria|mould|mold)\b)"
)
METHOD = _compile(
    # two methods weighed
    r"\b(?:which|what) (?:is |s |would be |one is )?(?:more|less|most|least|the most|the least) "
    r"(?:painless|painful|reliable|certain|effective|lethal|quick|peaceful|sure)\b(?: \S+){0,3}? "
    r"(?:hanging|pills|jumping|drowning|a gun|gun|shooting|gas|overdos\w*|cutting|bleeding out)\b",
    r"\b(?:which|what) (?:is |s |would be )?(?:quicker|faster|surer|less painful|more painless|"
    r"more reliable|more certain)\b(?: \S+){0,2}? (?:hanging|pills|jumping|drowning|a gun|gun|"
    r"gas|overdos\w*)\b",
    r"\b(?:most|more) (?:reliable|certain|foolproof|painless) (?:method|way|means)\b(?=.*\b(?:"
    r"lecture|judge|honest answer|just tell me|no lecture|do not lecture)\b)",
    # a height or a fall, made sure of
    r"\b(?:height|floor|bridge|drop|fall)\b(?: \S+){0,4}? to make sure (?:it is |its |it s )?"
    r"(?:permanent|fatal|final|works|it works)\b",
    r"\b(?:jumping|falling|a fall|a jump) from (?:the )?(?:\d+\w*|\w+) (?:floor|story|storey|"
    r"stories|floors|metres|meters|feet|ft)\b(?: \S+){0,3}? (?:always work|always fatal|do people "
    r"survive|does anyone survive|guaranteed)\b",
    r"\b(?:which|what) (?:bridge|building|cliff|floor|car park|parking garage) (?:\w+ ){0,3}?"
    r"(?:is )?(?:the )?(?:highest|tallest)\b(?: \S+){0,2}? (?:because|bc|since) i (?:need|have) "
    r"to know\b",
    r"\b(?:ends it|end it|kills (?:herself|himself|themself)|overdoses) (?:w|with) pills\b(?: \S+)"
    r"{0,3}? which (?:ones|pills|kind) (?:would|will|could) work\b",
    r"\b(?:amount|dose|how much) (?:of )?(?:\w+ ){0,3}?(?:where|when|before|until) (?:\w+ ){0,4}?"
    r"(?:turns into|becomes|starts) (?:not breathing|death|dying|fatal|lethal|an overdose)\b",
    r"\b(?:how much|what amount|what dose)\b(?: \S+){0,6}? (?:to|would|will|could) (?:\w+ )?stop "
    r"(?:your|my|the|someone s|a person s)? ?breathing\b",
    r"\b(?:combination|mix|combo) of (?:\w+ ){0,3}?(?:would|will|could) stop (?:your|my|the|"
    r"someone s)? ?breathing\b",
    r"\bto make sure (?:you|i|they|someone) (?:do not|does not|never) wake up\b",
    r"\bleast painful (?:death|way to (?:die|go|end it))\b",
    # an amount, a level or a height asked with its lethality
    r"\b(?:what|which|how much|how many|minimum|min|at what|exact) (?:\S+ ){0,4}?(?:mg|mg kg|"
    r"dose|doses|amount|level|serum level|blood level|number|pills|tablets|meds|medication|"
    r"devices|sprays|units|grams|floor|floors|height)\b(?: \S+){0,8}? (?:is|are|be|become|"
    r"becomes|would be|gets?|causes?|cause|to) (?:\w+ ){0,4}?(?:fatal|lethal|deadly|kill(?: you| "
    r"me| someone| a person)?|sure to kill|die)\b" + _NOT_AN_ANIMAL,
    r"\b(?:od|overdos\w*|die|dying|fatal\w*|lethal|kill)\b(?: \S+){0,12}? how (?:much|many)"
    r"(?: \S+){0,6}? (?:would|does|will) it take\b",
    r"\bhow (?:much|many)(?: \S+){0,6}? (?:would|does|will) it take (?:\w+ ){0,3}?(?:to )?(?:od|"
    r"overdose|die|kill|be fatal|stop (?:breathing|my heart))\b",
    r"\b(?:too much|enough) to (?:not )?wake up from\b|\benough to stop (?:your |my |the |"
    r"someone s )?breathing\b",
    r"\bcan (?:you|u|i|someone|a person|people) (?:actually |really )?(?:die|od|overdose) "
    r"(?:from|of|on) (?:\w+ ){0,4}?(?:if (?:you|u|i|they) (?:take|use|have|do) (?:enough|"
    r"too much|a lot|\d+)|like if (?:you|u|i) use \d+)",
    r"\bcan (?:you|u|i|someone) (?:actually |really )?die from too (?:much|many)\b(?: \S+){0,6}? "
    r"(?:if|like) (?:you|u|i) (?:use|take|do) \d+",
    r"\b(?:quickest|fastest|easiest|surest|most painless|least painful|most peaceful|most "
    r"reliable) way (?:for )?(?:someone |a person |you |i )?(?:could |can |would )?(?:to )?"
    r"(?:die|bleed out)\b"
    r"(?!.*\b(?:game|minecraft|elden|level|boss|speedrun|sims|roblox|fortnite)\b)",
    r"\b(?:what|which) (?:\w+ ){0,3}?(?:can|could|would|will) kill (?:you|me|a person|someone|u) "
    r"(?:\w+ )?(?:quickly|fast|painlessly|without pain|in (?:your|my) sleep|peacefully)\b"
    + _NOT_AN_ANIMAL,
    r"\b(?:way|how) to die (?:\w+ ){0,4}?(?:looks?|look) (?:natural|like an accident)\b",
    r"\b(?:tall|high) enough to make sure\b",
    r"\b(?:lethal|deadly|fatal) (?:combo|combination|mix|cocktail)\b|\b(?:would not|does not|not) "
    r"show (?:up )?(?:on|in) (?:a |the )?(?:tox|toxicology|autopsy)",
    r"\bwhere (?:on (?:the|my|your) (?:wrist|arm|neck|leg|thigh) )?(?:do (?:you|i|u) |to |should "
    r"(?:i|you) )?cut\b(?: \S+){0,8}? (?:deep enough|bleed out|actually work|not just scratch\w*)",
    r"\b(?:can not|cannot|can t|could not|nobody can|no one can) survive a (?:fall|jump) from\b",
    r"\bsurvival rate (?:\w+ ){0,4}?(?:jump|jumping|fall|falling|hanging|overdos\w*)\b",
)

_DRUG = _any(r"k", r"ket", r"ketamine", r"g", r"ghb", r"coke", r"benzos", r"xanax", r"alcohol")
_BODY_NOW = (
    r"(?:can barely (?:type|breathe|move|see|stand)|do not know where i am|idk where i am|can not "
    r"(?:breathe|move|feel)(?: \w+)?|passing out|blacking out|chest hurts|heart (?:is )?racing)"
)
OVERDOSE = _compile(
    # too much taken, with dying, fear or the body now
    r"\b(?:i )?(?:took|tok|had|did|injected|swallowed|taken) (?:way |far |so )?(?:too much|too "
    r"many|2 much|to much|way more|more (?:\w+ ){0,2}?than i should(?: have)?)\b"
    r"(?=.*\b(?:dying|die|on purpose|can not (?:breathe|feel|move)|cnt feel|can barely|scared|"
    r"what do i do|help)\b)(?!.*\b(?:hangover|lol|haha|lmao|coffee|caffeine|sugar|time|food|cake|"
    r"pizza|candy|chocolate|sun|fun|homework|work|to eat|spicy)\b)",
    # a supply measured in time, devices at once, the pills taken and fear after
    r"\btook (?:\d+|two|three|four|a|a whole|a full) (?:weeks?|months?) (?:worth )?of (?:my |his "
    r"|her )?\w+",
    r"\b(?:used|took|did|sprayed) (?:\d+|all) of my (?:\w+ )?(?:devices|sprays|doses|pills|"
    r"tablets) (?:\w+ ){0,3}?at once\b",
    r"\btook the pills (?:now |and now )?(?:\S+ ){0,3}?(?:scared|what do i do|regret it|changed my "
    r"mind)\b",
    r"\boverdose would do not call\b",
    r"\b(?:took|had|did|used|snorted|gave me)\b(?: \S+){0,14}? (?:feel like i am fading|vision is "
    r"going (?:dark|black)|i am fading)\b",
    # two drugs together, and what the body is doing now
    r"\b"
    + _DRUG
    + r" (?:on top of|with|and then|then|plus|and|y) (?:\w+ ){0,2}?"
    + _DRUG
    + r"\b(?: \S+){0,10}? "
    + _BODY_NOW
    + r"\b",
)

# Another's gun left within reach while its owner is away: the writer's own access.
ACCESS = _compile(
    r"\b(?:rifle|gun|pistol|shotgun|gun safe|gun cabinet) (?:is|was|has been) (?:left )?"
    r"(?:unlocked|loaded|out)\b(?: \S+){0,4}? (?:out of town|away|gone|not home|at work|asleep)\b"
    r"(?!.*\b(?:hunt|hunting season|range|lock it|locked it|safety|kids might|children)\b)",
)
