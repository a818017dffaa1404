"""Abuse received and reported: "someone in chat told me to kys after I beat them in ranked,
reported them". On a game's chat or a server, being told to kill oneself is harassment the
writer tells of, most often to report it or to ask how; the classifier, reading "kys", gives
the full reply. ``reported`` is True when someone else told the writer (or people) to kill
themselves and the message tells of a report, a ban, a block or a mute, with nothing of the
writer agreeing ("maybe they're right", "i might"): then the classifier defers. A rule that
reads the writer's own wish still answers. ``content_reported`` is another's self-harm or suicide
posts the writer asks how to report: the reply for helpers, not the full reply.
``shouted_at_others`` is the same insult from the other side: a parent or a teacher whose child
shouts "kill yourself" at mates over a game and who asks how to talk to them about it; the
classifier defers there too. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_TOLD = needles.compile(
    r"\b(?:told|telling|tells|tell|said to|saying to|keeps telling|kept telling|messaged|dm d) "
    r"(?:me|people|everyone|someone|him|her|them|us|others|a kid|new players) (?:to )?(?:kys|"
    r"kill (?:myself|yourself|themselves|themself|himself|herself|ourselves)|go die|go kill "
    r"(?:myself|yourself|themselves)|unalive (?:myself|yourself|themselves))\b"
)
_REPORTED = needles.compile(
    r"\b(?:reported|report|reporting|banned|ban|banning|blocked|block|muted|mute|kicked|"
    r"timed out|timeout|mods?|moderators?|mod team|admins?)\b"
)
# ...and nothing of the writer taking it to heart
_AGREED = needles.compile(
    r"\b(?:maybe (?:i should|they re right|he s right|she s right|they are right)|i might|i want "
    r"to|i will|they re right|they are right|he is right|she is right|he s right|she s right|"
    r"hes right|shes right|theyre right|right though|a point|thinking about it|i wish i "
    r"(?:could|would)|should i)\b"
)


def reported(plain: str) -> bool:
    """Being told to kill oneself, told with a report, a ban or a block, and not agreed with."""
    return (
        _TOLD.search(plain) is not None
        and _REPORTED.search(plain) is not None
        and _AGREED.search(plain) is None
    )


# Someone else's self-harm or suicide posts, told to be reported: "how do i report someone on
# discord who keeps posting self harm pics". The poster may be at risk, so the writer gets the
# reply for helpers, not the full reply the classifier gives for the words "self harm".
_POSTS = needles.compile(
    r"\b(?:posting|posts|posted|sharing|shares|shared|sending|sends|sent|uploading|uploads)\b"
    r"(?: \w+){0,3}? (?:self ?harm|sh|cutting|cuts|suicide|suicidal|pro ana|gore|scars?)"
    r"(?: \w+)? (?:pics|pictures|photos|images|content|videos?|vids|posts|stuff|memes|clips)\b"
)
_REPORT_ASKED = needles.compile(
    r"\b(?:report|reported|reporting|flag|flagged|get (?:them|him|her|it) (?:banned|removed|taken "
    r"down)|take (?:it|them) down|mods?|moderators?|admins?|block|blocked)\b"
)
# ...and nothing of the writer's own harm
_OWN_HARM = needles.compile(
    r"\b(?:i (?:cut|harm|hurt|posted|post|shared|share|want|wanna)|my (?:own )?(?:cuts|scars|"
    r"arms|wrists|legs|thighs)|myself|me too|makes me want)\b"
)


def content_reported(plain: str) -> bool:
    """Another's self-harm or suicide posts, to be reported, with nothing of the writer's own."""
    return (
        _POSTS.search(plain) is not None
        and _REPORT_ASKED.search(plain) is not None
        and _OWN_HARM.search(plain) is None
    )


# A child heard shouting the insult at others: "my son shouts 'kill yourself' at his mates on
# call of duty, how do i talk to him?"
_SHOUTS = needles.compile(
    r"\b(?:shouts?|shouting|shouted|yells?|yelling|yelled|screams?|screaming|screamed|says?|"
    r"saying|types?|typing|typed|tells?|telling|told) (?:\S+ ){0,2}?(?:kys|kill yourself|kill "
    r"urself|go die|unalive yourself)\b(?: \S+){0,2}? (?:at|to) (?:his|her|their|the other|"
    r"other) (?:mates|friends|teammates|team|squad|players|kids|classmates|brother|sister)\b"
)
# ...asked about as a parent, a carer or a teacher asks
_HOW_TO_TALK = needles.compile(
    r"\b(?:how (?:do|can|should) (?:i|we) (?:talk|speak|deal|handle|stop|get)|is (?:this|that|it) "
    r"normal|what (?:do|should) (?:i|we) (?:do|say))\b"
)
_THEIR_OWN = needles.compile(
    r"\b(?:himself|herself|themselves|myself|self ?harm\w*|cutting|wants to die|suicidal)\b"
)


def shouted_at_others(plain: str) -> bool:
    """A child's insult at others, asked about by whoever looks after them; no harm of their own."""
    return (
        _SHOUTS.search(plain) is not None
        and _HOW_TO_TALK.search(plain) is not None
        and _THEIR_OWN.search(plain) is None
        and _AGREED.search(plain) is None
    )
