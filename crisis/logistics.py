"""Plans told as logistics, and wishes told as a feeling: the phrases for the check-in.

People who have made a plan often report it the way they would report errands: who is away and
for how long ("kids are at their dad's all weekend, nobody's going to walk in"), what is settled
(the will written, the stock sold, the bills paid) beside a gun loaded or in the cab, a rope in
the boot and "somewhere quiet" to drive to, "eighty years is plenty", one more thing "to see to
and then I'm finished". A treatment run out is told as a list and an ending ("Ketamine, ECT,
nine different meds. I tried."; discharged, not covered any more, "I've decided."). A wish to die
is told as a feeling about not existing ("the idea of just not existing feels so peaceful", "my
body is screaming for me to stop existing"), the world "smoother without them" asked of others
"because I do", forgiveness asked for what one is "about to do".

``CHECK`` is read on the guarded text (``crisis.plainly`` compiles it with its own check-in
phrases); ``MINE`` on the text unguarded, where a subject the guard blanks ("they have a plan
attached", "you're planning your own funeral, asking for me") still speaks of the writer. Each
phrase carries the everyday kind beside it in a lookahead: a house to oneself for a party or a
film, a rifle for deer season, a rope for a tent, a career of thirty years, the idea of not
existing in a philosophy class, forgiveness for what one is about to do to a pizza. Strings only;
read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis.vocab import LazyPattern, _any, _compile

# Someone away, or the house to oneself: the opportunity.
_AWAY = (
    r"(?:(?:is|are|s|re) (?:away|out|gone|out of town|at (?:\w+ ){0,2}?\w+s|visiting \w+|on (?:a |"
    r"their |his |her )?(?:\w+ )?(?:trip|holiday|vacation|nights?|shift|conference)|(?:till|"
    r"until) (?:\w+day|late|tomorrow|morning))|(?:have|got|having) the (?:house|place|flat|"
    r"apartment|home) to myself|(?:home )?alone (?:all|this|till|until|tonight)|all weekend|all "
    r"week|all night|on (?:a |their |his |her )(?:\w+ )?(?:trip|holiday|vacation|shift|"
    r"conference)|(?:out|away) (?:\w+ ){0,4}?(?:till|until) (?:\w+day|late|tomorrow|morning))"
)
_RIGHT_TIME = (
    r"(?<!not )(?<!no )(?<!not the )(?<!not a )(?:(?:the |a )?(?:right|perfect|best|only|good) "
    r"(?:time|moment|night|chance|window)(?: to do it| for it)?(?= *$| to do it| for it| now| "
    r"finally| then)|(?:now is the|it is|its|it s|finally) (?:time|chance) to do it\b|(?:nobody|"
    r"no one) (?:s |is )?(?:going to|gonna|will|would|can) (?:walk in|find me|stop me|interrupt|"
    r"check on me|come in|be (?:home|here|around) to stop me)\b(?! on)|(?:tonight|today)(?: is| s|"
    r"s) the (?:night|day)\b)"
)
# Whatever a house to oneself is ordinarily for.
_ORDINARY_ALONE = (
    r"\b(?:party|parties|netflix|binge\w*|movies?|films?|games?|gaming|bath|nap|sleep in|relax\w*|"
    r"clean\w*|paint\w*|decorat\w*|renovat\w*|study\w*|revis\w*|surprise|laundry|tidy\w*|"
    r"practi[cs]e|music|drums|guitar|sing\w*|date|girlfriend|boyfriend|gf|bf|propos\w*|wrap\w*|"
    r"presents?|cook\w*|bake|baking|read\w*|meditat\w*|yoga|workout|lol|haha|walk in on)\b"
)
_GUN = _any(
    r"rifles?",
    r"guns?",
    r"shotguns?",
    r"pistols?",
    r"revolvers?",
    r"handguns?",
    r"firearms?",
    r"glock",
    r"30 06",
    r"\d{3} (?:rifle|win|winchester)",
    r"12 gauge",
)
# Affairs put in order: the things people settle before they go.
_SETTLED = _any(
    r"(?:things|everything|affairs|my affairs) (?:are |is |s )?(?:all )?(?:in order|sorted|"
    r"settled|squared away|taken care of)",
    r"(?:wrote|written|made|signed|did|done|finished|updated) (?:the|my) will",
    r"bills (?:are |all )?paid",
    r"(?:cattle|stock|sheep|herd|boat|truck|tractor|car|horses?|dogs?) (?:are |is |s )?(?:sold|"
    r"rehomed|given away|signed over)",
    r"sold the (?:boat|truck|cattle|stock|herd|horses?|tractor|car)",
    r"(?:the |my )?wills? (?:is |s )?(?:with the (?:solicitor|lawyer)|signed|done|sorted|written|"
    r"finished)",
    r"signed the (?:house|farm|land|car|truck) over",
    r"(?:as|is as) good (?:a day )?as any",
)
_HUNT = (
    r"\b(?:hunt\w*|deer|elk|moose|duck|geese|goose|coyotes?|hogs?|boar|rabbits?|vermin|foxes|"
    r"season|range|target|clay|club|competition|license|licence|permit|safe|lock\w*|sell\w*|"
    r"selling|sold (?:the|my) (?:gun|rifle|shotgun)|shooting|shoot)\b"
)
_MEANS = _any(
    r"ropes?",
    r"noose",
    r"hose(?:pipe)?",
    r"charcoal",
    r"pills",
    r"tablets",
    r"meds",
    r"guns?",
    r"rifles?",
    r"shotguns?",
    r"pistols?",
)
_VEHICLE = r"(?:the |my )?(?:boot|trunk|car|cab|truck|ute|van|backpack|bag)"
_QUIET_PLACE = (
    r"(?:somewhere (?:quiet|remote|nobody|no one|isolated|far|out of the way|private|dark)|(?:out "
    r")?to the (?:woods|forest|quarry|cliffs?|bridge|reservoir|lake)|where (?:nobody|no one) "
    r"(?:will|can|would) (?:find|see|look))"
)
_OUTDOORS = (
    r"\b(?:camp\w*|tent|hammock|climb\w*|tow\w*|boat|swing|tie (?:down|up)|garden\w*|water\w*|bbq|"
    r"barbecue|grill|picnic|fish\w*|hik\w*|walk the dog|dog walk|kayak\w*|moving|move|sail\w*|"
    r"pharmacy|prescri\w*|trip|holiday)\b"
)
_TREATMENT = (
    r"(?:ketamine|esketamine|spravato|ect|tms|infusions?|meds|medications|antidepressants|therapy|"
    r"therapists?|prescriber|psychiatrist|clinic)"
)
_CUT_OFF = (
    r"(?:discharged|not covered|no longer covered|cancelled|canceled|cut off|denied|refused|ran "
    r"out|stopped working|nothing (?:has )?(?:worked|works|changed|helped)|did not work|does not "
    r"work|failed|on holiday)"
)
_BARE_DECIDED = (
    r"(?:i have|i ve|i) (?:finally |already )?(?:decided|made my decision|made up my mind)(?! "
    r"(?:to|that|on|which|what|where|whether|against|how|who|if|between|about|for|not|i|we|it is|"
    r"its)\b)"
)
_NOT_EXISTING = (
    r"(?:not existing|just stopping|stopping everything|ending it|ending things|being dead|not "
    r"being|going to sleep forever|not being (?:here|alive|around)|never waking up|not waking up|"
    r"disappearing (?:forever|for good)|being gone|ceasing to exist|just dying|dying)"
)
_PHILOSOPHY = (
    r"\b(?:epicur\w*|philosoph\w*|essay|stoic\w*|lucretius|class|lecture|seminar|buddhis\w*|"
    r"meditation|before (?:i was|we were) born|anaesthe\w*|anesthe\w*|general anesthesia)\b"
)
_DIED = r"(?:died|passed|passed away|gone|dead|lost (?:her|him|them|my \w+))"


class Unless:
    """Phrases that count unless the message names, anywhere in it, what excuses them (a
    look-ahead would miss "deer season" said before "the rifle's in the cab")."""

    __slots__ = ("_phrases", "_unless", "phrases")

    def __init__(self, phrases: tuple[str, ...], unless: str | None = None) -> None:
        self.phrases = phrases
        self._phrases = _compile(*phrases)
        self._unless = _compile(unless) if unless else None

    def search(self, text: str) -> re.Match[str] | None:
        found = self._phrases.search(text)
        if found is None or self._unless is None or self._unless.search(text) is None:
            return found
        return None


class Either:
    """The first of several rules that finds something: read like one pattern.

    Most messages show none of the ``Unless`` rules' phrases: one pass over the text with all of
    them tells so, where a pass per rule would read a long message a dozen times."""

    __slots__ = ("_any", "_rules")

    def __init__(self, *rules: Unless | LazyPattern) -> None:
        self._rules = rules
        phrases = [p for rule in rules if isinstance(rule, Unless) for p in rule.phrases]
        self._any = _compile(*phrases) if phrases else None

    def search(self, text: str) -> re.Match[str] | None:
        unless_too = self._any is not None and self._any.search(text) is not None
        for rule in self._rules:
            if isinstance(rule, Unless) and not unless_too:
                continue
            found = rule.search(text)
            if found is not None:
                return found
        return None


def check() -> Either:
    """The check-in phrases, read on the guarded text."""
    return Either(
        # a gun loaded or at hand, beside affairs put in order
        Unless(
            (
                r"\b" + _GUN + r"\b(?: \S+){0,12}? " + _SETTLED + r"\b",
                r"\b" + _SETTLED + r"\b(?: \S+){0,12}? (?:loaded|cleaned|got out|took out) (?:the "
                r"|my )?(?:\w+ )?" + _GUN + r"\b",
                r"\b" + _SETTLED + r"\b(?: \S+){0,12}? " + _GUN + r"(?: is| s)? (?:by the \w+|"
                r"loaded|ready|out|in the \w+|on the \w+)\b",
                r"\b(?:loaded|cleaned) (?:the |my )?(?:\w+ )?" + _GUN + r"\b(?: \S+){0,8}? "
                r"(?:tomorrow|today|tonight) (?:is |s )?(?:as )?good as any\b",
            ),
            _HUNT,
        ),
        # a means in the boot and somewhere quiet to drive to
        Unless(
            (
                r"\b"
                + _MEANS
                + r" (?:is |are |s |re )?(?:in|into|packed in) "
                + _VEHICLE
                + r"\b(?: \S+){0,8}? (?:drive|go|head|walk|take it|take them)\w*(?: \S+){0,2}? "
                + _QUIET_PLACE,
            ),
            _OUTDOORS,
        ),
        # a long life said to be enough, beside affairs settled or being finished
        Unless(
            (
                r"\b(?:\w+|\d+) years (?:is|are|has been|have been|was) (?:plenty|enough|long "
                r"enough|more than enough)\b(?=.*\b(?:sold|signed|will|finished|done|ready|see to|"
                r"goodbye\w*|tired)\b)",
                r"\b" + _SETTLED + r"\b(?: \S+){0,14}? one (?:more|last) thing to (?:see to|do|"
                r"take care of|sort)(?: \S+){0,3}? (?:and )?then (?:i am|i m) (?:finished|done|"
                r"through|gone)\s*$",
            ),
            r"\b(?:job|career|company|work\w*|retir\w*|marriage|married|teach\w*|contract|"
            r"mortgage|lease|club|team|band|business|shop|service|army|navy|office|divorce\w*)\b",
        ),
        # a treatment run out, then an ending
        Unless(
            (
                r"\btell (?:whoever|anyone (?:who|that)|everyone (?:who|that)) (?:reads|finds|"
                r"sees) (?:this|these|it)\b(?: \S+){0,3}? (?:that )?i (?:tried|did try|really "
                r"tried)\b",
                r"\b" + _TREATMENT + r"\b(?: \S+){0,12}? i (?:tried|did try|really tried)\s*$",
                r"\b" + _CUT_OFF + r"\b(?: \S+){0,14}? " + _BARE_DECIDED,
                r"\b" + _TREATMENT + r"\b(?: \S+){0,6}? (?:nothing|no change|no difference|zero)\b"
                r"(?: \S+){0,8}? " + _BARE_DECIDED,
                r"\b(?:i have|i ve|i) (?:finally |already )?(?:decided|made my decision|made up "
                r"my mind)\b(?: \S+){0,6}? one (?:more|last) (?:person|someone) to (?:read|hear|"
                r"see) (?:this|it|me)\b",
            ),
            r"\b(?:better|remission|working|improv\w*|break|switch\w*|new (?:clinic|doctor|"
            r"psychiatrist|prescriber|therapist|med|medication)|pause|come back|restart\w*|"
            r"appeal\w*|insurance plan|pay|review|recipe|pasta|food|restaurant|product|dish|loved "
            r"it)\b",
        ),
        # not existing as a feeling
        Unless(
            (
                r"\b(?:for me to|want to|wanna|need to|i could|just want to|i wish i could) "
                r"(?:just |simply )?(?:stop|cease) existing\b",
                r"\b(?:idea|thought|thoughts|prospect) of (?:just |simply )?"
                + _NOT_EXISTING
                + r"(?: anymore| at all| any more)? (?:\w+ ){0,2}?(?:feel|feels|felt|sound|sounds|"
                r"seem|seems|is|so) (?:so |really |very |strangely |kind of |kinda |more and more "
                r"|almost )?(?:peaceful|comforting|calming|nice|good|appealing|tempting|relieving|"
                r"soothing|like (?:a )?relief)\b",
                r"\bworld would (?:\w+ ){0,2}?(?:smoother|better|easier|lighter|happier|simpler) "
                r"without (?:them|him|her|me)(?: in it)?\b(?: \S+){0,3}? (?:asking (?:because|"
                r"cause|coz|cos) i do|because i do|i do)\b",
            ),
            _PHILOSOPHY,
        ),
        Unless(
            (
                # forgiveness asked for what one is about to do, with no object
                r"\bforgive (?:me )?(?:for )?what i am (?:about to|going to|gonna) do\b(?! (?:to|"
                r"with) (?:this|that|the|my|your|a|these|those|it)\b)",
                # hurting one's own body, over and over
                r"\b(?:punch\w*|hitting|slapping|beating|bashing|scratching|biting) (?:my own|"
                r"myself in the) (?:legs?|arms?|thighs?|face|head|stomach|wrists?|skin)\b(?: "
                r"\S+){0,4}? (?:can not stop|till|until|again|every time|to feel|bruis\w*|"
                r"bleed\w*|black and blue)",
                r"\b(?:pulling|pulled|ripping|tearing) (?:my )?hair out (?:\S+ ){0,3}?(?:bald|"
                r"patches|bleed\w*|clumps)\b",
                # sleep without waking, said in few words
                r"\bsleep forever (?:and )?(?:no more|never|not) wak\w*",
            ),
            r"\b(?:lol|lmao|haha|pizza|cake|diet|song|karaoke|outfit|grave|cemetery|party|funeral|"
            r"memorial|photos?|pictures?|accident\w*|tripped|fell|cupboard|shelf|door|hairdresser|"
            r"barber|alopecia|chemo\w*)\b",
        ),
        Unless(
            (
                # a dead parent one would rather be with, and going to them
                r"\b(?:i would|i d|id) rather be with (?:my )?(?:mum|mom|mother|dad|father|\w+) "
                r"(?:now|than here|up there|in heaven)\b(?=.*\b" + _DIED + r"\b)",
                r"\b" + _DIED + r"\b(?: \S+){0,40}? (?:i would|i d|id) rather be with (?:my "
                r")?(?:mum|mom|mother|dad|father|\w+) (?:now|than here|up there|in heaven)\b",
                r"\b" + _DIED + r"\b(?: \S+){0,40}? (?:i am|i m) going to (?:join|be with) (?:her|"
                r"him|them|mum|mom|dad)\s*$",
            ),
            r"\b(?:grave|cemetery|house|party|funeral|memorial|photos?|pictures?|hospital|hospice|"
            r"alone|lonely|visit\w*|flight|fly\w*|drive|tomorrow|weekend|christmas|holiday)\b",
        ),
        # a height looked at for how high it is
        Unless(
            (
                r"\b(?:look at|looking at) (?:the )?(?:\w+ )?(?:buildings|bridges|rooftops|"
                r"balconies|overpasses|cliffs|car parks) (?:\w+ )?differently\b(?: \S+){0,3}? "
                r"(?:now )?(?:measuring|counting (?:the )?floors|how high|high enough)\b",
            ),
            r"\b(?:architect\w*|design\w*|engineer\w*|survey\w*|class|course|photo\w*|history|"
            r"drawing|sketch\w*|paint\w*)\b",
        ),
    )


def mine() -> Either:
    """The check-in phrases read unguarded: the subject the guard would blank still speaks of
    the writer. Someone away is never the one at risk: the opportunity is the writer's."""
    return Either(
        # the opportunity: someone away, and the right time or nobody to walk in
        Unless(
            (
                r"\b" + _AWAY + r"\b(?: \S+){0,10}? " + _RIGHT_TIME,
                r"\b" + _RIGHT_TIME + r"(?: \S+){0,10}? " + _AWAY + r"\b",
                r"\b(?:nobody|no one) (?:s |is )?(?:going to|gonna|will) (?:walk in|interrupt|"
                r"stop me|find me)\b(?! on)(?: \S+){0,6}? (?:the |a )?(?:right|perfect|only) "
                r"(?:time|moment|chance)\b",
            ),
            _ORDINARY_ALONE,
        ),
        Unless(
            (
                # a pet rehomed with people "who are going to be around"
                r"\b(?:new home|rehomed|gave away|gave|cats?|dogs?|pets?|rabbits?|birds?|"
                r"hamsters?|kittens?|puppy|puppies)\b(?: \S+){0,10}? better off with (?:someone|"
                r"people|a family|them|her|him) (?:who|that) (?:is|are|will be|re|ll|will|s|is "
                r"going to|are going to|re going to|s going to)? ?(?:going to |gonna )?be around\b",
            ),
            r"\b(?:moving|move|allergic|allergy|allergies|landlord|baby|deployment|deployed|"
            r"abroad|job|travel\w*)\b",
        ),
        Unless(
            (
                r"\b(?:suicidal|dark|intrusive) (?:thoughts|urges)\b(?: \S+){0,10}? (?:have|has|"
                r"now have|came with|come with) a plan (?:attached|now|too|as well)\b",
                r"\b(?:planning (?:your|my|one s) own funeral|already planning (?:your|my) "
                r"funeral|(?:want|wanting) to die|suicidal)\b(?: \S+){0,6}? asking for (?:me|"
                r"myself)\b",
            ),
            r"\b(?:doctor|diagnos\w*|terminal|cancer|months to live|weeks to live|hospice|"
            r"palliative|director|costs?|charge\w*|price|insurance)\b",
        ),
    )


_CALM = (
    r"(?:he|she|they|hes|shes|he s|she s|they re|theyre)\b(?: \S+){0,3}? (?:\w+ )?(?:suddenly |"
    r"weirdly |strangely |unusually |so |very |really |oddly |eerily |too )?(?:calm|cheerful|at "
    r"peace|peaceful|upbeat|serene|relaxed|content|settled)\b(?: \S+){0,8}? (?:which |and that |"
    r"and it |that |it |this )?(?:scares|frightens|worries|terrifies|unsettles|freaks (?:me|us) "
    r"out|scared|frightened|worried|terrified)\b"
)
_DESPAIR = (
    r"(?:depress\w*|suicid\w*|last (?:shot|hope|chance|resort)|did not work|has not worked|"
    r"nothing (?:worked|helped)|hopeless\w*|gave up|given up|giving (?:things|stuff) away|wants? "
    r"to die|dark place|treatment resistant|attempt\w*)"
)


def other() -> Either:
    """Someone else's sudden calm after despair, which frightens the writer (the reply for
    helpers): a known warning sign, told without a word of harm."""
    return Either(
        Unless(
            (
                r"\b" + _DESPAIR + r"\b(?: \S+){0,30}? " + _CALM,
                r"\b" + _CALM + r"(?: \S+){0,20}? " + _DESPAIR + r"\b",
            ),
            r"\b(?:exam\w*|holiday|vacation|retire\w*|meditat\w*|yoga|therapy is working|better "
            r"now|recover\w*|new job|in love|dog|cat|baby)\b",
        ),
    )
