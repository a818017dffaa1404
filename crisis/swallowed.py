"""Method and overdose told in the plain English of people writing in a second language:

- which height is "sure" ("from which floor is sure? the hostel is 7 floor"), guaranteed, "always
  death" or one "that person dont survive", beside a building or a fall: a method question, the
  full reply;
- the writer's own dose taken or injected twice or doubled, even by mistake, with the body
  answering ("accidentally i take my night pills two times, heart is going very fast and i cant
  stand"): an overdose;
- all the tablets from a box, or "many many" pills, taken with the body answering now ("i drink
  all tablets from first aid box one hour before, i feel sick"): an overdose;
- insulin injected on purpose, double or extra ("i inject double insulin on purpose after the
  call with the lawyer"): an overdose;
- a cleaning liquid or another household chemical swallowed, even by mistake, with the throat or
  the stomach burning: a poisoning, for which the full reply carries the emergency number.

Lookalikes: which floor the office is on, a floor guaranteed a view, a height safe for a ladder or
asked on a safety course, all the tablets taken as the course says, a double dose of vitamins,
insulin taken by mistake twice and checked with the nurse, a gran's pills taken twice (hers, for
the rules of others), bleach bought for the bathroom. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_BODY = (
    r"(?:feel (?:sick|dizzy|strange|weird|bad|very bad)|dizzy|vomit\w*|throwing up|shaking|"
    r"sweating|sweaty|shaky|head is (?:turning|spinning)|can not (?:see|breathe|move|stand|walk)|"
    r"everything (?:is )?(?:swimming|spinning|turning)|burning|sleepy|heart (?:is )?(?:racing|"
    r"pounding))"
)

# A building, a bridge or a fall: where a height is asked of a person, not of a shelf or a drone.
_HIGH = (
    r"(?:building|buildings|bridge|roof|rooftop|balcony|window|cliff|tower|block|flats|car park|"
    r"parking garage|ledge|fall|jump|drop|floor|floors|storey|storeys)"
)
# ...with no job after it ("guaranteed to have a view", "to be sure the signal reaches").
_NO_TASK = (
    r"(?! (?:to|for) (?!die|me|a person|someone|death|kill|not survive|not wake|be sure$|be "
    r"certain$)\w| (?:that|of|it|you|your|a|an|this|about|in law|by law|safe|safety)\b)"
)

# A ladder, a scaffold or a safety course in the next few words: falls at work, asked so as to
# prevent them. Only the next few words are read, so a long message is not scanned again at every
# "which".
_NOT_AT_WORK = (
    r"(?!(?: \S+){0,16}? (?:ladders?|scaffold\w*|health and safety|osha|training|course|hard hat|"
    r"harness|work at height|working at height|fall arrest)\b)"
)

METHOD = _compile(
    r"\b(?:from )?(?:which|what|how many) (?:floor|floors|storey|storeys|story|stories|height) "
    r"(?:is|are|would be|will be) (?:sure|surely|certain|enough|high enough|fatal|deadly)\b"
    # ...not enough for a hoop or a building: only for dying
    r"(?! (?:for|to) (?!die|me|a person|someone|death|kill|not survive|not wake)\w)",
    # ...or guaranteed, or a height one does not survive, beside a building or a fall: "what
    # height is guaranteed from a building", "how high does a roof need to be to be sure"
    r"\b(?:what|which|how many|how much) (?:\w+ )?(?:height|floor|floors|storey|storeys|story|"
    r"stories|metres|meters|feet)\b(?: \S+){0,3}? (?:is|are|would be|will be|do you need|do i "
    r"need|does it take|would it take)\b(?: \S+){0,2}? (?:guaranteed|a guarantee|certain death|"
    r"always fatal|unsurvivable|no survivors?)\b" + _NO_TASK + r"(?=.*\b" + _HIGH + r"\b)",
    r"\bhow (?:high|tall|many floors)\b(?: \S+){1,6}? (?:to (?:be sure|be certain|be fatal|"
    r"guarantee it|die|not survive|never survive|make sure)|(?:is|be) (?:guaranteed|always "
    r"fatal|unsurvivable))\b" + _NO_TASK + r"(?=.*\b" + _HIGH + r"\b)",
    r"\b(?:which|what)" + _NOT_AT_WORK + r" (?:floor|height|storey|story)\b"
    r"(?: \S+){0,6}? (?:do|would|will|can) "
    r"(?:you|i|people|a person|someone|one) (?:not|never) survive\b",
    # ...or told in second-language words: "from what floor the fall is always death", "what is
    # safest height that person dont survive"
    r"\b(?:which|what|how many)" + _NOT_AT_WORK + r" (?:\w+ )?(?:floor|floors|"
    r"height|storey|storeys|story|stories|metres|meters)\b(?: \S+){0,3}? (?:is|are|would be|will "
    r"be|be) (?:a )?(?:sure|certain|always|guaranteed|definite|100 percent) (?:death|dead|fatal|to "
    r"die)\b",
    r"\b(?:height|floor|floors|storey|storeys)\b" + _NOT_AT_WORK + r"(?: \S+){0,2}? "
    r"(?:that |which |where )?(?:a |the )?"
    r"(?:person|people|you|someone|human|body) (?:do not|does not|dont|doesnt|will not|wont|can "
    r"not|cant|never) survive\b",
)

# The body answering a doubled dose: a racing heart, legs that will not hold, fainting.
_TWICE_BODY = (
    r"(?:" + _BODY + r"|heart (?:is )?(?:going|beating) (?:very |so |really )?(?:fast|quick|"
    r"crazy|hard|slow)|can not (?:stand|stand up|stay awake|keep my eyes open)|fainting|"
    r"passing out|confused|chest (?:hurts|is tight|pain))"
)

# Taken as the doctor or the nurse said, every morning, before a meal: a routine, not an overdose.
_ROUTINE = _compile(
    r"\b(?:every (?:morning|day|night|evening)|(?:the )?(?:doctor|nurse|pharmacist) (?:say|said|"
    r"says|told|showed)|as prescribed|like the (?:doctor|nurse)|before (?:the |a |my )?(?:big )?"
    r"(?:meal|dinner|lunch|breakfast|eating)|this is the dose)\b"
)

OVERDOSE = _compile(
    # a dose taken twice or doubled, even by mistake, with the body answering ("accidentally i
    # take my night pills two times, heart is going very fast and i cant stand")
    # (the writer's own: someone else's dose is for the rules of others)
    r"(?:^|\bi (?:\w+ ){0,2}?|\b(?:accidentally|by mistake|mistakenly) )(?:take|took|taken|had|"
    r"swallowed|drank|drink|inject|injected|used)\b (?:\w+ ){0,3}?(?:pills?|tablets?|meds|"
    r"medicines?|medication|dose|doses|capsules|insulin)\b(?: \S+){0,3}? (?:two times|2 times|"
    r"twice|three times|3 times|double|again)\b(?=.*\b" + _TWICE_BODY + r")",
    r"\b(?:double|doubled|tripled) (?:dosed|up|my dose|the dose)\b(?: \S+){0,4}? (?:pills?|"
    r"tablets?|meds|medicines?|medication|insulin)\b(?=.*\b" + _TWICE_BODY + r")",
    # all the tablets of a box, or many many, with the body answering
    r"\bi (?:drink|drank|take|took|eat|ate|swallow|swallowed) (?:all|many many|so many|very many) "
    r"(?:the |my |of the |of my )?(?:tablets|pills?|medicine|medicines|capsules)\b"
    r"(?=.*\b" + _BODY + r"\b)",
    # insulin on purpose, doubled or extra
    r"\b(?:i )?(?:inject|injected|take|took|shot|give myself|gave myself) (?:\w+ ){0,3}?(?:double|"
    r"extra|more|triple|too much) (?:\w+ )?insulin on purpose\b",
    # a household chemical swallowed, the throat or the stomach burning
    r"\bi (?:drink|drank|swallow|swallowed) (?:the |some |a )?(?:cleaning (?:liquid|fluid|"
    r"product|spray)|bleach|detergent|dish soap|washing liquid|chlorine|ammonia|oven cleaner|"
    r"toilet cleaner)\b(?: \S+){0,12}? (?:throat|stomach|chest|mouth) (?:is )?(?:burning|burns|"
    r"on fire|hurts)\b",
    # ...told with the "i" dropped, as a note is ("drank the cleaning liquid from under the sink.
    # throat burning"); a mistake or a child's swallow is the poison line's, not a crisis reply
    r"^(?!.*\b(?:accident\w*|by mistake|mistakenly|thought it was|thinking it was)\b)(?:just |"
    r"so i |ok i |okay i )?(?:drank|swallowed|downed) (?:the |some |a |half (?:a |the )?(?:bottle "
    r"(?:of )?)?)?(?:cleaning (?:liquid|fluid|product|spray)|bleach|detergent|dish soap|washing "
    r"liquid|chlorine|ammonia|oven cleaner|toilet cleaner|drain cleaner|antifreeze|weed ?killer|"
    r"disinfectant|lye|paint thinner|white spirit)\b(?: \S+){0,12}? (?:throat|stomach|chest|"
    r"mouth) (?:is )?(?:burning|burns|on fire|hurts|feels? (?:like it s )?on fire)\b",
)


def overdose(plain: str) -> bool:
    """An overdose of one of the kinds here, and not a routine told with it."""
    return OVERDOSE.search(plain) is not None and _ROUTINE.search(plain) is None
