"""An end told without its word, in the talk of service people and of the young online: the
check-in (``check``).

- a promise to be at a child's day given though the writer says they won't be there ("said yeah
  of course. I won't be"; a deployment, a shift or a trip excuse it);
- joining the veterans' daily count: "gonna be one of the 22", "becoming a statistic" (not one of
  22 students or players);
- leaving told as the end of a shift: "clock out for good", "tap out permanently" (a retirement,
  a new job, an app or a game excuse it);
- done with everything "me included";
- a list of accounts closed and things returned, "tidying up before I go" with no trip named;
- the helpline refused before it is offered: "don't bother sending me the crisis line" (not
  after "I'm fine, it's for my essay");
- letters left "where she'll find them after";
- not deserving to keep breathing (not to "breathe the same air" as a star);
- a sign set by the clock: "if nobody texts me back by midnight I'm taking it as my sign" (a sign
  to go to bed is no such thing);
- affairs squared away with one's guns or dog promised to heirs (not before surgery, nor for a
  house sale or a move).

Their ordinary lookalikes stay quiet: a career's years named, a nurse asking the line for her
patients, a course question, awe at a star ("the same planet as"), a game lost for the night, the
last week at a job, a sale's deadline, notes in a lunchbox, a road statistic joked about or
refused. ``excused`` tells the classifier when a shape came with such a reason, or the promise
was kept ("said yes of course. i'll be there"), so that it defers as the rules do.

``retiring`` is the other side: a career ended "for good" at a retirement, or a shift with its
return named ("clocking out for good from this shift, see you monday"), with no word of life or
death beside it, excuses the farewell rules ("34 years on the job, clocking out for good friday,
retirement do after").

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PROMISE_BROKEN = needles.compile(
    r"\b(?:said|told (?:him|her|them)|promised)(?: \S+){0,3}? (?:yes|yeah|yea|yep|ya|of course|ofc|"
    r"sure|definitely|obviously|i would|i will|i d be there|"
    r"ill be there)\b(?: \S+){0,4}? i (?:will not|wont|am not going "
    r"to) be(?: there| around| here)?\s*$"
)
_PROMISE_BUT = needles.compile(
    r"\b(?:deploy\w*|shift|rota|work\w*|trip|travel\w*|abroad|overseas|conference|because|cause|"
    r"since|flight|visa|court|custody|exam)\b"
)

# The same promise kept: "said yes of course. i'll be there".
_PROMISE_KEPT = needles.compile(
    r"\b(?:said|told (?:him|her|them)|promised)(?: \S+){0,3}? (?:yes|yeah|yea|yep|ya|of course|ofc|"
    r"sure|definitely|obviously)\b(?: \S+){0,4}? i (?:will|ll) (?:be there|make it|come)\s*$"
)

_STATISTIC = needles.compile(
    r"\b(?:be|become|becoming|end up|ending up|join|joining)(?: just)? (?:one of the 22|another "
    r"one of the 22|part of the 22|(?:a|another|just another) (?:\w+ )?(?:statistic|stat|"
    r"number on a slide))\b(?= *$| before| by| this| soon| next| one day| eventually| too| lol|"
    r" honestly| "
    r"tbh| i think| fr)"
)

# A statistic of the roads or the slopes, or one the writer says they don't want to become.
_STATISTIC_BUT = needles.compile(
    r"\b(?:do not|dont|never|not) (?:want to|wanna|going to|gonna|planning to|about to) (?:be|"
    r"become|end up)\b|\b(?:ski\w*|snowboard\w*|driv\w*|road|roads|traffic|texting|seat ?belt|"
    r"helmet|motorbike|motorcycle|cycling|bike|speeding)\b(?=.*\b(?:lol|lmao|haha|jk)\b)"
)

_CLOCKED_OUT = needles.compile(
    r"\b(?:clock|log|sign|check|tap|punch|bow|bail) (?:out|off) (?:for good|forever|"
    r"permanently|for real this time)\b"
)
_CLOCKED_BUT = needles.compile(
    r"\b(?:retir\w*|last shift|new job|quit\w*|resign\w*|leaving the (?:job|company|force|"
    r"service)|moving|career|promotion|party|server|game|discord|social\w*|twitter|instagram|"
    r"insta|tiktok|facebook|reddit|app|account|stream\w*|twitch|gaming|season|office|building|"
    r"premises|site|store|branch|we|from (?:the|our|this|that)|pension\w*|nah|not yet|years "
    r"(?:left|till|until|to go)|"
    # a career's length named: "30 years on the ambulance"
    r"\d+ (?:years|yrs) (?:on|in|with|at) (?:the|this)\b)\b"
)

_DONE_ME_TOO = needles.compile(
    r"\bdone (?:with|w) (?:all of it|it all|everything|all this|all of this|life|this life)\b"
    r"(?: \S+){0,2}? (?:(?:me|myself) included|including (?:me|myself))\b"
)
_DONE_BUT = needles.compile(
    r"\b(?:everyone|everybody|we|they|all of us|the whole \w+|my (?:character|oc|guy|toon))\b"
    r"(?: \S+){0,3}? done with\b"
    # done for the day, not for good
    r"|\bdone (?:with|w) \w+(?: \w+)? (?:for (?:today|tonight|now|the day|the week)|today|"
    r"tonight)\b|\bincluded in the\b"
    # a game lost for the night: the squad wiped, "gg"
    r"|\b(?:gg|wiped|squad wipe|ranked)\b"
    # a day's load laughed at: an exam, a show, a game
    r"|\b(?:exams?|finals|test|homework|essay|deadline|show|season|episode|game|raid|boss)\b"
    r"(?=.*\b(?:lol|lmao|jk|haha)\b)|\b(?:lol|lmao|jk|haha)\b(?=.*\b(?:exams?|finals|test|"
    r"homework|essay|deadline|show|season|episode|game|raid|boss)\b)"
)

_CLOSED = needles.compile(
    r"\b(?:deleted|cancell?ed|canceled|paid off|returned|closed|gave away|given away|sold|"
    r"unsubscribed|wiped|shut down)\b"
)
_BEFORE_I_GO = needles.compile(
    r"\b(?:tidying|tidy|tidied|tying|tied|squaring|squared|wrapping|wrapped|clearing|cleared|"
    r"cleaning|sorting) (?:\S+ ){0,2}?up (?:\S+ ){0,2}?before i (?:go|leave|am gone|check out)"
    r"\s*$"
)
_TRIP = needles.compile(
    r"\b(?:flight|trip|holiday|vacation|travel\w*|abroad|move|moving|deploy\w*|semester|"
    r"exchange|visa|packing|suitcase|airport|lease|tour|rotation|"
    # the last days at a job or a course
    r"last (?:week|day|days|shift) (?:at|of|in)|new job|internship|contract|handover|notice|"
    r"retir\w*|graduat\w*)\b"
)

_LINE_REFUSED = needles.compile(
    r"\b(?:do not|dont|no need to|you do not need to|please do not) (?:bother )?(?:spam\w*|"
    r"send\w*|giv\w*|link\w*|throw\w*|past\w*|post\w*|hit\w*) (?:me )?(?:with )?(?:the |a |any |"
    r"your |some )?(?:crisis|suicide|hot|help|samaritans|988|lifeline)(?: ?lines?| numbers?| "
    r"hotlines?| line numbers?)?\b"
)
_LINE_BUT = needles.compile(
    r"\b(?:i am (?:fine|ok|okay|good|safe|alright)|not suicidal|for (?:a|my) (?:essay|class|"
    r"project|paper|friend|assignment)|just asking|already (?:have|know|saved|got)|i (?:have |ve )?"
    r"(?:saved|got|have|know) it|saved it|have it saved|"
    # asked for one's patients or clients, or about the course
    r"for (?:my|our|a) (?:patients?|clients?|students?|residents?|ward|unit|clinic|team|work)|"
    r"i am an? (?:nurse|medic|paramedic|doctor|counsell?or|therapist|teacher|social worker)|"
    r"(?:question|asking) about (?:the |this |a )?(?:lesson|module|course|quiz)\b(?: \d+)?)\b"
)

# Notes left as a treat for a child or a partner to find.
_FOUND_BUT = needles.compile(
    r"\b(?:lunch ?box|easter|treasure hunt|scavenger hunt|tooth fairy|advent|valentine\w*)\b"
)
_FOUND_AFTER = needles.compile(
    r"\b(?:letters?|notes?|cards?|envelopes?)\b(?: \S+){0,16}? (?:where|so) (?:she|he|they|"
    r"someone|somebody|the kids|my \w+) (?:will|ll|would|can|could) find (?:them|it|those)"
    r"(?: \S+){0,2}? (?:after|afterwards|when i am gone|once i am gone|after i am gone)\s*$"
)

# Awe at a star: not worthy of the same planet or timeline ("as this goalkeeper").
_UNDESERVING_BUT = needles.compile(
    r"\bsame (?:air|planet|timeline|world|earth|era|universe|room|time|generation|city|country|"
    r"stage|pitch) as\b"
)
_UNDESERVING = needles.compile(
    r"\bi (?:do not|dont|no longer|do no longer) deserve to (?:keep (?:on )?)?(?:breath\w*|"
    r"be breathing|be alive|exist|be here|be on this earth|wake up|living|live(?= *$| and| after| "
    r"anymore| any more| any longer| working| but))\b(?! the same| near| with)"
)

# A sale's deadline: no bid by midnight, so the couch stays.
_SIGN_BUT = needles.compile(r"\b(?:bids?|buyers?|listing|auction|for sale)\b")
_SIGN_SET = needles.compile(
    r"\bif (?:nobody|no one|noone|no1|he|she|they|you)\b(?: \S+){0,8}? (?:by|before|until) "
    r"(?:midnight|tonight|morning|noon|dawn|\d+(?: ?[ap]m)?)\b(?: \S+){0,4}? (?:taking it as|"
    r"take it as|that is|thats|it is) (?:my|a|the) sign\b(?! (?:to|that|of|for|i))"
)

_SETTLED = needles.compile(
    r"\b(?:affairs|things|everything|everythings) (?:are |is |s )?(?:all )?(?:in order|"
    r"squared away|sorted|settled|taken care of|squared)\b"
)
_BEQUEATHED = needles.compile(
    r"\b(?:rifles?|guns?|pistols?|shotguns?|truck|dog|dogs|cat|medals|tools|watch|ring|bike|"
    r"guitar)\b (?:are |is )?(?:going|go|left|willed|promised) to (?:my|his|her) \w+"
)
_SETTLED_BUT = needles.compile(
    r"\b(?:surgery|operation|op|deploy\w*|if anything (?:happens|goes wrong)|estate planning|"
    r"retir\w*|grandma|grandpa|grandad|nan|my (?:dad|mum|mom|father|mother) s|probate|funeral|"
    # a will drawn up at a milestone; a pet or a truck minded in a move
    r"mortgage|new baby|got married|house sale|while (?:we|i) "
    r"(?:move|are moving|am moving|am away|are away)|moving house)\b"
)


def check(plain: str) -> bool:
    """An end told without its word (``plain``: normalised)."""
    if _PROMISE_BROKEN.search(plain) and not _PROMISE_BUT.search(plain):
        return True
    if _STATISTIC.search(plain) and not _STATISTIC_BUT.search(plain):
        return True
    if _FOUND_AFTER.search(plain) and not _FOUND_BUT.search(plain):
        return True
    if _UNDESERVING.search(plain) and not _UNDESERVING_BUT.search(plain):
        return True
    if _SIGN_SET.search(plain) and not _SIGN_BUT.search(plain):
        return True
    if _CLOCKED_OUT.search(plain) and not _CLOCKED_BUT.search(plain):
        return True
    if _DONE_ME_TOO.search(plain) and not _DONE_BUT.search(plain):
        return True
    if _BEFORE_I_GO.search(plain) and len(_CLOSED.findall(plain)) >= 2 and not _TRIP.search(plain):
        return True
    if _LINE_REFUSED.search(plain) and not _LINE_BUT.search(plain):
        return True
    return bool(
        _SETTLED.search(plain) and _BEQUEATHED.search(plain) and not _SETTLED_BUT.search(plain)
    )


def excused(plain: str) -> bool:
    """One of these shapes told with its ordinary reason (a trip, a career, a game, a lawyer, a
    sale, a star) and none told without one (``plain``: normalised)."""
    if check(plain):
        return False
    pairs = (
        (_PROMISE_BROKEN, _PROMISE_BUT),
        (_STATISTIC, _STATISTIC_BUT),
        (_CLOCKED_OUT, _CLOCKED_BUT),
        (_DONE_ME_TOO, _DONE_BUT),
        (_LINE_REFUSED, _LINE_BUT),
        (_FOUND_AFTER, _FOUND_BUT),
        (_UNDESERVING, _UNDESERVING_BUT),
        (_SIGN_SET, _SIGN_BUT),
    )
    if any(shape.search(plain) and but.search(plain) for shape, but in pairs):
        return True
    if _SETTLED.search(plain) and _BEQUEATHED.search(plain) and _SETTLED_BUT.search(plain):
        return True
    return retiring(plain) or _PROMISE_KEPT.search(plain) is not None


_RETIRED = needles.compile(
    r"\bsee (?:you|ya|yall|you all) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|next|later|soon|on)\b|\bback (?:tomorrow|on|monday|next|after)\b|"
    r"\bfrom this shift\b|"
    # a night's sleep, or a study group or chat left at a course's end
    r"\bneed (?:some |to )?sleep\b|\boff to bed\b|\bbed ?time\b|"
    r"\bfrom (?:the|this|our|my) (?:study group|group chat|group|chat|server|course|class|forum)\b|"
    r"\b(?:retir\w*|pension\w*|last shift ever|final shift|leaving do|send ?off|farewell party|"
    r"years (?:on|in) the (?:job|force|department|service|fire service|job))\b"
)
_RETIRED_BUT = needles.compile(
    r"\b(?:other side|heaven|afterlife|beyond|never|not planning|"
    r"life|alive|around|anymore|any more|goodbye|myself|die|dying|dead|kill\w*|end it|"
    r"not be here|gone|disappear\w*|pills|gun|rope|notes?|letters?|forever|for ever)\b"
)


_CLOCKING_OUT = needles.compile(
    r"\b(?:clock|logg?|sign|check|tapp?|punch)(?:ing|ed|s)? (?:off|out) (?:for good|forever|"
    r"permanently|for the last time)\b"
)


def retiring(plain: str) -> bool:
    """Clocking out "for good" at a retirement or with a return named, with nothing of life or
    death in it."""
    out = _CLOCKING_OUT.search(plain)
    return bool(out and _RETIRED.search(plain) and not _RETIRED_BUT.search(plain))
