"""An end half said: a pun, a countdown or a trip denied, a plan gone through with, a delay.

The writer says almost all of it, then leaves the last word to the reader. Each kind is the
check-in (``check``):

- ``_PUN``: a word turned on oneself ("only thing left is to stop, full stop"; "they're letting
  me go and i'm letting myself go too, all the way"; "status: away. permanently soon";
  "before i go quiet for good"; "switching mine off for good" of a brain);
- ``_DENIED_TRIP``: a countdown or a booking, then "not to a holiday" with nothing after it, or
  a long absence the others take for a holiday ("she thinks i mean a holiday");
- ``_GONE_THROUGH``: a plan or "it" gone through with, told as the reason for an absence ahead
  ("if i miss the quiz its cause i went through with it") or with days left before it;
- ``_HELD_TILL``: holding on until a family day, then "free to go"; done "with all of this"
  after a birthday; not sticking around if an exam is failed; "tell me it's ok to go";
- ``_LOOKED_FORWARD``: not waking up as the only thing looked forward to;
- ``_SHRUNK_PLAN``: a five-year plan laughed at beside a plan of days;
- ``_NEXT``: others from the writer's unit gone, and the writer next "and ok with that";
- ``_WITHOUT``: better off in a (pine) box;
  the kindest thing for everyone to disappear for good; a non-responder who is "out".

Lookalikes name what the word is about and stay quiet: a habit to stop, a countdown to exams,
a booking for a conference, a trip the family knows of, a surgery gone through with, a wedding
day to hold on for with a honeymoon after, a job to stop at, a status set away for a holiday, a
phone switched off, a promotion one is next for, a quiet week off social media. Read on
normalised text (contractions written out, punctuation gone); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PUN = (
    needles.compile(r"\bleft (?:now )?(?:is |to do is )?(?:to )?stop full stop\b"),
    needles.compile(r"\bstopped \w+(?: \w+){0,3}? stopped \w+\b.*\bstop full stop\b"),
    # "we are letting you go" turned on oneself, or letting oneself go "all the way"
    needles.compile(
        r"\blet(?:ting)? myself go\b(?: \w+){0,2}? (?:all the way|for good|completely|forever)\b"
        r"(?! (?:on|at|in|with|this) (?:the )?(?:dance|party|karaoke|buffet|food|cake|pizza|"
        r"holiday|weekend|diet|gym|hair|beard|looks))"
    ),
    needles.compile(
        r"\b(?:status|set (?:to|as))\b(?: \w+){0,2}? away\b"
        r"(?: \w+){0,1}? (?:permanently|for good|forever)(?: soon| now)?$"
    ),
    needles.compile(
        r"\b(?:before i|till i|until i|i will|i am going to|i am gonna|i am about to) "
        r"(?:go|going|gonna go) (?:quiet|silent|dark) (?:for good|forever|permanently)\b"
        r"(?!.*\b(?:social media|twitter|instagram|insta|facebook|tiktok|account|blog|channel|"
        r"newsletter|group chat|podcast|online|posting)\b)"
    ),
    needles.compile(
        r"\b(?:brain|mind|head)\b.*\bswitch(?:ing|ed)? (?:mine|it|myself) off (?:for good|forever|"
        r"permanently)\b"
    ),
)

_TRIP = r"(?:a |my |the )?(?:vacation|holiday|hols|trip|getaway|break|weekend away|cruise)"
_DENIED_TRIP = (
    # "counting down the days. not to a vacation": the trip denied, nothing said in its place
    needles.compile(
        r"\b(?:counting down|count down|countdown|booked|booking|reserved)\b"
        r"(?! (?:the days )?(?:to|till|until) )(?: \w+){0,12}? not (?:to |for |on )?" + _TRIP + r"$"
    ),
    needles.compile(
        r"\baway (?:for a (?:long|very long|good long) (?:time|while)|for good|permanently)\b"
        r"(?: \w+){0,4}? (?:thinks?|think|assumes?|believes?) (?:i mean|it is|its|i am going on)"
        r" " + _TRIP + r"$"
    ),
)

_GONE_THROUGH = (
    needles.compile(
        r"\bif i (?:miss|do not show|do not turn up|am not at|am not in|am not here|never)\b"
        r"(?: \w+){0,6}? (?:its|it is|that is) (?:cause|because|cos|coz|cuz) i (?:went|have gone|"
        r"finally went) through with it$"
    ),
    needles.compile(
        r"\b(?:days?|hours?|weeks?) (?:left )?(?:before|till|until) i (?:go|finally go) through "
        r"with (?:it|my plan|the plan)\b(?! to )"
    ),
)

_HELD_TILL = (
    needles.compile(
        r"\bhold on (?:till|until) (?:then|after|the|her|his|my)\b.*\b(?:free to go|i am out|"
        r"i can go|i can leave)$"
    ),
    needles.compile(
        r"\bafter (?:my|the|her|his) (?:\w+ ){0,2}?(?:birthday|wedding|exams?|christmas|"
        r"graduation|anniversary)\b(?: \w+){0,3}? (?:i am|i will be) (?:done|out|gone|free to go) "
        r"with (?:all (?:of )?this|it all|everything|life)$"
    ),
    needles.compile(
        r"\bif i (?:fail|flunk|do not pass|get kicked out|get expelled|get fired|lose (?:this|my))"
        r"\b(?: \w+){0,5}? (?:i am|i will) not (?:sticking|hanging|staying) around\b"
        r"(?! (?:for|at|in|here for|after|till|until) )"
    ),
    needles.compile(
        r"\b(?:tell|say to) me (?:that )?(?:its|it is) (?:ok|okay|alright|all right|fine) "
        r"(?:for me )?to (?:go|let go)\b(?: (?:now|finally))?(?: i am (?:so |just )?tired)?$"
    ),
)

# not waking up as the one thing looked forward to, not an alarm or an early start spared
_LOOKED_FORWARD = needles.compile(
    r"\blook(?:ing)? forward to (?:is )?not waking up\b(?! (?:to|early|at|before|for|with|in the|"
    r"on|so) )"
)

_SHRUNK_PLAN = needles.compile(
    r"\b(?:do not|dont) (?:even )?have an? (?:\d+|five|ten|two|one) (?:week|month|year) plan\b"
    r".*\bi (?:have|have got|got) an? (?:\d+|five|three|two|one|few) (?:day|hour) (?:one|plan)\b"
)

_NEXT = needles.compile(
    r"\b(?:reckon|think|guess|feel like|pretty sure|probably) (?:i am|i will be) next\b"
    r"(?! (?:for|in|up|to|on|at|year|week|month|time))(?: \w+){0,4}? (?:ok|okay|fine|at peace|"
    r"good) with (?:that|it)\b"
    # ...next for a bug going round, a haircut, a promotion, a round of layoffs or a wedding
    r"(?!.*\b(?:covid|flu|cold|bug|virus|sick|ill|haircut|promot\w*|redundan\w*|laid off|layoffs?|"
    r"fired|pregnan\w*|married|engaged|turn|queue|interview|team|shift|rota)\b)"
)

_WITHOUT = (
    needles.compile(
        r"\b(?:i am|i would be|i will be)\b(?: \w+){0,2}? better off (?:back )?in a (?:pine |"
        r"wooden )?box\b|\bin a box\b(?: \w+){0,2}? a pine one\b"
    ),
    needles.compile(
        r"\b(?:kindest|best|most loving|only) thing (?:i can|i could|left to) do "
        r"(?:for (?:everyone|everybody|them all|my family|the family) )?is (?:to )?(?:disappear|"
        r"vanish|be gone|stop existing|not exist) (?:permanently|for good|forever)\b"
    ),
    needles.compile(
        r"\bnon ?responders?\b(?: \w+){0,8}? (?:i am out|i am done|that is it for me|that is my "
        r"answer then i am out)$"
    ),
)


def check(plain: str) -> bool:
    """One of the kinds here, in ``plain`` (normalised)."""
    rules = (*_PUN, *_DENIED_TRIP, *_GONE_THROUGH, *_HELD_TILL, *_WITHOUT)
    rules = (*rules, _LOOKED_FORWARD, _SHRUNK_PLAN, _NEXT)
    return any(rule.search(plain) for rule in rules)
