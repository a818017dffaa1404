"""Risk told beside an everyday frame: the frame does not excuse it.

The everyday excuses (a photo spot, a party made ready, rat poison for the shed, a hook for a
hanging chair) keep ordinary messages quiet; but a writer may use the same frame and add what
makes it a crisis: "on the roof taking photos of the skyline, thinking about jumping",
"everything is ready for the party, my goodbye letter is in the drawer", "which rat poison
works on humans", "will the ceiling hook hold a hanging chair, or me". Read before those
excuses, these give the full reply. And a way asked "to bring it all to an end" is a method
question, whatever the words before it. Read on normalised text; pure, nothing here logs.
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
    return None
