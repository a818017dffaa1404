"""Nothing after this: a life's end told by what will not come next.

The writer says it by the end of everything rather than by death: "my last week doing this
course. or anything really", "i'm not doing anything anymore. ever", "i dont think i have hours
left", "i dont know if i will still be here on the 20th", "finished with all of it, with living
too", "i will just go and rest forever", "no more strength to continue living", "i just want out
of this life", "i'll disappear for good before they find out", "nobody would find me for days",
"plan: have one. timeline: weekend", a will signed and "a weird feeling of calm", Pidgin "i wan
end am". Each is read with its everyday lookalikes guarded: the last week of a course before
a holiday, hours left on a deadline or a battery, a trip on the 20th, done with living in a
city, out of this life of office work, disappearing from social media, a plan for the weekend's
party, a will made with a solicitor after buying a house. All of life to stop "not the course,
everything" is read too: the writer's asks, a friend's gets the helpers' reply.

``crisis`` kinds get the full reply; ``check`` kinds ask. Read on normalised text; pure.
"""

from __future__ import annotations

from crisis.vocab import _compile

_CRISIS = _compile(
    r"\b(?:done|finished|through) with (?:\w+ ){0,4}?(?:living|life|being alive)"
    r"(?: too| as well| itself| altogether)?(?= *$| (?:i|it|this|and|so|now|any ?more|no more|"
    r"for good|honestly|tbh|really|forever)\b)",
    r"\b(?:go|going|i will|just) (?:\w+ )?(?:rest|sleep) forever\b",
    r"\bno (?:more )?strength (?:left )?to (?:continue |go on |keep )?(?:living|live|go on)\b"
    r"(?! (?:like|in|with|here|there|at|on)\b)",
    r"\bwant out of (?:this |my )?(?:life|world)\b(?! of\b)",
    r"\bplan (?:i )?(?:have one|got one|yes|is ready|made|done|set)\b(?=.*\b(?:timeline|date|when|"
    r"mood|weekend|tonight|tomorrow|soon)\b)",
    r"\bi (?:wan|want|go) end am\b(?=.*\b(?:no fit|tire|suffer\w*|life|this week|tonight)\b)",
)
_CRISIS_BUT = _compile(
    r"\b(?:party|wedding|trip|holiday|project|essay|thesis|game|novel|book|film|movie|character|"
    r"episode|lol|haha|lmao|meal|diet|renovation|move|moving|business|launch|quiz|meeting|"
    r"dinner|night out|match|exam|revision|birthday|gig|concert|tbc)\b"
)
_CHECK = _compile(
    r"\blast (?:week|day|time|lesson|month) (?:doing|of|on|in|with) (?:\w+ ){0,4}?(?:or|and) "
    r"(?:anything|everything)(?: else)?(?: really| at all| ever)?\b",
    r"\bnot doing (?:anything|anything else) (?:any ?more|again)(?: ever)?\b(?=.*\bever\b)",
    r"\bi do not (?:think|know if) i (?:have|got) (?:\w+ )?(?:hours|days|weeks|long|much time) "
    r"left\b(?! (?:to|for|on|in|before|until|till|of)\b)",
    r"\bnobody (?:would|will) find me (?:for|until|till) (?:days|weeks|a while|ages)\b",
)
_CHECK_BUT = _compile(
    r"\b(?:holiday|vacation|break|summer|christmas|trip|travel\w*|flight|moving|move|exam|"
    r"deadline|due|battery|phone|visa|contract|job|shift|office|semester|term|wedding|baby|"
    r"hide and seek|hiding spot|library|cabin|retreat|camping|lol|haha|lmao|no signal)\b"
)
# Still here on a date, or gone for good: the writer's own, with the trip or the app guarded.
_GONE = _compile(
    r"\bi do not know if i (?:will|would|ll) (?:still )?be (?:here|around|alive) (?:on|by|for|"
    r"next|tomorrow|then)\b",
    r"\bi (?:\w+ ){0,3}?disappear (?:for good|forever)\b(?! (?:from|into|in)\b)",
)
# A will finished and a strange calm after it: the calm of a decision, not of paperwork done.
_WILL_CALM = _compile(
    r"\b(?:my will is (?:done|written|signed|finished|sorted|ready|printed)|(?:wrote|written|"
    r"finished|signed|made|did) my will)\b(?=.*\b(?:calm|peace\w*|at ease|relie\w*|lighter|"
    r"ready now|nothing left)\b)"
)
_WILL_BUT = _compile(
    r"\b(?:solicitor|lawyer|notary|mortgage|house|baby|pregnan\w*|married|wedding|kids|children|"
    r"estate planning|everyone should|adult\w*|grown up|checklist|insurance|lol|haha)\b"
)
_GONE_BUT = _compile(
    r"\b(?:i (?:am|will be|ll be|might be) (?:\w+ )?(?:travelling|traveling|away|abroad|moving|"
    r"on holiday|on a trip|at work|working)|social media|instagram|facebook|twitter|tiktok|"
    r"the app|the group|the chat|online|the internet|lol|haha|lmao|cabin|retreat|office|"
    r"contract|job|company|school|flat|lease|landlord|rent|selling|sold|house|apartment|town|"
    r"city|country|team|firm|university|uni|college)\b"
)


def crisis(plain: str) -> bool:
    """True when the end of living itself is said."""
    return _CRISIS.search(plain) is not None and _CRISIS_BUT.search(plain) is None


# A laugh does not make "nobody would find me for days" a joke when "if i did it" names the act.
_DID_IT = _compile(
    r"\bif i (?:ever )?(?:did|do|went through with|go through with) it\b"
    r"(?! (?:right|well|properly|again|for|as|with|like|at|on|in time|tomorrow)\b)"
)
_LAUGH = _compile(r"\b(?:lol|haha|lmao)\b")


def check(plain: str) -> bool:
    """True when nothing after now is said in other words: a check-in asks."""
    if _DID_IT.search(plain) is not None:
        plain = _LAUGH.sub(" ", plain)
    if _WILL_CALM.search(plain) is not None and _WILL_BUT.search(plain) is None:
        return True
    if _GONE.search(plain) is not None and _GONE_BUT.search(plain) is None:
        return True
    return _CHECK.search(plain) is not None and _CHECK_BUT.search(plain) is None


# "I will stop everything after this week, not the course, everything": all of life stopped.
_STOP_ALL = _compile(
    r"\b(?:will|going to|gonna|wants? to|is going to|am going to) (?:stop|end|quit) "
    r"(?:everything|it all)\b(?=.*\bnot (?:just )?(?:the|my|her|his|their) \w+\b)"
)
_STOP_THEIRS = _compile(
    r"\b(?:my \w+|friend|she|he|they)\b(?: \S+){0,8}? (?:said|says|told me|texted|wrote) "
    r"(?:that )?(?:she|he|they) (?:will|is going to|wants? to|gonna)\b"
)


def stop_all(plain: str) -> str | None:
    """'own' or 'theirs' when all of life is said to stop, not only a course or a job."""
    if _STOP_ALL.search(plain) is None or _CHECK_BUT.search(plain):
        return None
    return "theirs" if _STOP_THEIRS.search(plain) else "own"
