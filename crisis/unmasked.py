"""Risk told beside an everyday frame: the frame does not excuse it.

The everyday excuses (a photo spot, a party made ready, rat poison for the shed, a hook for a
hanging chair) keep ordinary messages quiet; but a writer may use the same frame and add what
makes it a crisis: "on the roof taking photos of the skyline, thinking about jumping",
"everything is ready for the party, my goodbye letter is in the drawer", "which rat poison
works on humans", "will the ceiling hook hold a hanging chair, or me". Read before those
excuses, these give the full reply. And a way asked "to bring it all to an end" is a method
question, whatever the words before it.

The same holds for a story, a night out or advice to a friend told first, with the writer's own
risk in the next clause: "the film ends with her taking all her pills. i have mine lined up too"
is means at hand (the full reply); "drink water so you don't wake up with a headache. me, i
don't want to wake up at all", "drank way too much, wish it had killed me", "the film ends with
him overdosing. wish it was me" are the writer's own wish (``check``: at least the check-in).
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# A jump thought of, not into water, a queue or a chance: "thinking about jumping", "thought of
# jumping off", "want to jump".
_JUMP = needles.compile(
    r"\b(?:think|thinking|thought|thoughts|wondering|want|wanna|tempted|urge) (?:\w+ )?"
    r"(?:about |of |to )?(?:jump|jumping)\b(?! (?:in|into|on|ship|at|the queue|the gun|for joy|"
    r"rope|around|back in|in the|on the|up and down|start)\b)"
)
# A height where the writer is: on a roof, at a bridge, on a ledge, at a top floor (not "jump off a
# cliff", the idiom).
_HEIGHT = needles.compile(
    r"\b(?:on|at|up on|atop|top of|over) (?:the |this |a |my |our )?(?:\w+ )?"
    r"(?:roof|rooftop|ledge|bridge|cliff|cliffs|balcony|top floor|top of the car park|"
    r"parking garage|overpass|viaduct|tower|railing|edge of the|window ledge|"
    r"multi storey|multistorey)\b"
)
# Water below is a swim, not a fall: "at the quarry thinking about jumping in".
_SWIM = needles.compile(r"\b(?:swim|swimming|dive|diving|pool|lido|splash|bungee|parachute)\b")

# A letter or note of farewell of the writer's own, finished or put somewhere to be found.
_GOODBYE_NOTE = needles.compile(
    r"\b(?:my|the) (?:goodbye|farewell|last|suicide) (?:letters?|notes?)\b(?: \w+){0,4}? "
    r"(?:is|are|s|in|on|under|by|written|ready|done|finished|sealed|left|signed)\b"
)
# ...to a job, a team, a class or an ex: a farewell that is a leaving-do's or a therapist's task
_PARTING_OF_WAYS = needles.compile(
    r"\b(?:job|work|team|colleagues?|coworkers?|boss|company|office|school|class|teacher|"
    r"retire\w*|ex|leaving do|therapist|therapy|exercise|homework|character|story|novel|"
    r"play|script|scene|the house|old flat)\b"
)

# A poison or a medicine asked of whether it works on people, or "for me".
_ON_PEOPLE = needles.compile(
    r"\b(?:poison|rat poison|antifreeze|weedkiller|pesticide|bleach)\b(?: \w+){0,6}? "
    r"(?:work|works|working|kill|kills|enough|strong enough|deadly|fatal|lethal)\b(?: \w+){0,2}? "
    r"(?:on|for|to)? ?(?:humans?|people|a person|a human|an adult|a grown man|a grown woman|"
    r"me|myself)\b"
    r"|\b(?:best|strongest|quickest|fastest) (?:rat )?poison\b(?: \w+){0,4}? "
    r"(?:it s|its|it is) for me\b"
)
# A hook, a beam or a rail asked of the writer's own weight: "will the hook hold me", "or me"
_HOLD_ME = needles.compile(
    r"\b(?:hook|beam|joist|bar|pipe|rafter|ceiling fan|fan|bracket|door frame|"
    r"doorframe)\b(?: \w+){0,8}? (?:hold|take|support|bear) (?:me|my weight|my body|"
    r"(?:\w+ ){1,5}?or me)\b(?! (?:up|back|a seat|a place|a spot)\b)"
)
# ...for a workout, a swing or a hammock: the writer's weight on it is the point
_EXERCISE = needles.compile(
    r"\b(?:pull ups?|pullups?|chin ups?|chinups?|workout|work out|gym|exercise|training|"
    r"climbing|bouldering|swing|hammock|yoga|aerial|silks|gymnastics|rings|trx|stretch\w*|lean|"
    r"leaning|stand|standing|step|stepping|sit|sitting|paint\w*|clean\w*|fix\w*|ladder)\b"
)
# A way asked to bring everything to an end: a method question with the end as its object.
_TO_AN_END = needles.compile(
    r"\b(?:way|ways|method|how) (?:\w+ ){0,3}?(?:to )?(?:bring|brings|bringing|put|putting) "
    r"(?:it all|everything|my life|this life|all of it|it) (?:to )?an end\b"
)
# ...a project, a meeting, a friendship or a war brought to an end is no one's life
_ENDED_THING = needles.compile(
    r"\b(?:meeting|project|call|relationship|friendship|war|conflict|argument|fight|"
    r"conversation|chapter|series|season|story|game|contract|lease|tenancy|strike|"
    r"subscription|feud|dispute|partnership|marriage)\b"
)


def crisis(plain: str) -> str | None:
    """The kind of crisis told beside an everyday frame in ``plain`` (normalised), or None."""
    if _JUMP.search(plain) and _HEIGHT.search(plain) and not _SWIM.search(plain):
        return "height"
    if _GOODBYE_NOTE.search(plain) and not _PARTING_OF_WAYS.search(plain):
        return "goodbye note"
    if _ON_PEOPLE.search(plain):
        return "method"
    if _HOLD_ME.search(plain) and not _EXERCISE.search(plain):
        return "method"
    if _TO_AN_END.search(plain) and not _ENDED_THING.search(plain):
        return "method"
    if means_mine(plain):
        return "means mine"
    return None


# The writer's own means, told by "mine" after a story's or another's: "i have mine lined up too",
# "mine are counted out", "i've been saving mine up"
_MINE_READY = needles.compile(
    r"\b(?:i have|i have got|i got|i have had|i keep|i kept|i have been keeping) mine "
    r"(?:\w+ ){0,2}?"
    r"(?:lined up|ready|counted out|saved up|set out|laid out|stashed|hidden|put by|put aside|"
    r"set aside|waiting)\b"
    r"|\bmine (?:are|is|have been|has been) (?:\w+ ){0,2}?(?:lined up|ready|counted out|saved up|"
    r"laid out|set out|stashed|hidden|waiting|put by)\b"
    r"|\bi (?:have |have been |am |was )?(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|"
    r"collected|collecting|counted|counting) (?:up |out )?mine\b"
)
# ...where the means are named: the pills, the rope, the blade of the story or the other person
_MEANS = needles.compile(
    r"\b(?:pills?|tablets?|meds|medication|medicine|painkillers|sleeping pills|capsules|"
    r"paracetamol|rope|noose|gun|razors?|blades?)\b"
)
# ...not a week's doses in a pill organiser, vitamins, or a trip packed for
_DOSES_SORTED = needles.compile(
    r"\b(?:organi[sz]er|dosette|blister pack|for the week|weekly|vitamins?|supplements?|holiday|"
    r"trip|flight|packed|packing|prescription (?:is|was) ready|pharmacy|chemist)\b"
)

# A wish of the writer's own not to wake, told for good: "i don't want to wake up at all",
# "i hope i never wake up"
_NOT_WAKE = needles.compile(
    r"\bi (?:\w+ ){0,2}?(?:do not|would rather not) (?:\w+ )?want to wake up "
    r"(?:at all|ever|ever again|anymore|any more)\b"
    r"|\bi (?:hope|wish|pray) i (?:never|do not ever|would never|will never) wake up\b"
)
# ...not a lie-in wished for: an alarm, a day off, an early start
_LIE_IN = needles.compile(
    r"\b(?:early|alarm|day off|lie in|sleep in|till noon|until noon|weekend|monday|school|"
    r"shift|so cosy|so comfy)\b"
)
# A death in the story, the night or the other's life told first...
_DEATH_TOLD = needles.compile(
    r"\b(?:died|dies|dead|death|killed|kills|drowned|drowns|drank way too much|drank too much)\b"
)
# ...one taken by their own hand, the kind a writer may mean to copy
_OWN_HAND = needles.compile(
    r"\b(?:overdos\w*|took all|taking all|takes all|swallowed all|swallows all|hangs|hanged|"
    r"(?:walks|walked|walking) into the sea|jumps off|jumped off|jumping off|"
    r"(?:kill\w*|hangs|hanged|hanging|shoots|shot|drowns|drowned|poisons|poisoned|gasses|gassed) "
    r"(?:him|her|them)self|suicide)\b"
)
# ...and the writer wishing it were theirs
_WISH_MINE = needles.compile(
    r"\b(?:wish|wished) (?:it|that) (?:was|were|had been|could have been|could be) me\b"
    r"|\b(?:wish|wished) it (?:had|would have|would of) killed me\b"
)
# ...or envying it, or meaning to do the same
_COPY = needles.compile(
    r"\bi (?:\w+ ){0,2}?envy (?:him|her|them)\b"
    r"|\b(?:thinking|thought|think) (?:of|about) doing the same\b"
    r"|\bi (?:might|could|will|want to|wanna|am going to|am gonna) do the same\b"
    r"|\b(?:honestly|tbh|lowkey|literally|and) same\b|\bsame (?:tbh|honestly|lol)\b"
)
# A next meeting promised, then taken back: "see you tomorrow. or maybe not", "see you all on
# monday, if i'm still here"
_MEETING = needles.compile(
    r"\b(?:see (?:you|ya|u|yall|you all|everyone)|catch (?:you|ya|u)|talk (?:to you )?"
    r"(?:tomorrow|soon|later|monday|next week)|goodnight|good night|night all)\b"
)
_TAKEN_BACK = needles.compile(
    r"\b(?:or maybe not|well maybe not|maybe not|or not|probably not)\b(?! (?:if|depending|"
    r"whatever|either)\b)|\bif i am still (?:here|around|alive|breathing)\b|\bif i wake up\b"
)
# ...not a lottery, a prize or a trip: someone's luck or success, or a death long past grieved
_LUCK = needles.compile(
    r"\b(?:won|win|winner|lottery|prize|promotion|promoted|holiday|trip|engaged|married|"
    r"pregnant|raise|lucky)\b"
)


def check(plain: str) -> bool:
    """The writer's own wish not to live told beside a story, a night out or advice."""
    if _NOT_WAKE.search(plain) and not _LIE_IN.search(plain):
        return True
    if _MEETING.search(plain) and _TAKEN_BACK.search(plain):
        return True
    if _LUCK.search(plain):
        return False
    told = _DEATH_TOLD.search(plain) or _OWN_HAND.search(plain)
    copied = _OWN_HAND.search(plain) is not None and _COPY.search(plain) is not None
    return bool(told and _WISH_MINE.search(plain)) or copied


def means_mine(plain: str) -> bool:
    """The writer's own means at hand, told by "mine" beside another's pills or rope."""
    return bool(
        _MINE_READY.search(plain) and _MEANS.search(plain) and not _DOSES_SORTED.search(plain)
    )
