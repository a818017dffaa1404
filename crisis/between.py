"""An end told between the lines, with no word of death in it.

``check`` gives the check-in (``CHECK``):

- ``_NOT_AROUND``: not being around by a date ahead, felt rather than planned ("lol i wont be
  around in 6 months, i can feel it", "doubt i'll still be here by christmas");
- ``_PART_OF_ME``: part of the writer wanting to stay under, not come up, or keep going into
  harm ("i hold my breath under the bathwater and part of me wants to just stay down there");
- ``_UNSUBSCRIBE``: leaving life said in an app's words ("how do i unsubscribe from everything.
  not just this bot. everything", "where's the log out button for life");
- ``_WONT_HAVE_TO``: something dreaded tomorrow, and the writer "won't have to" face it ("cant
  face the bailiffs tomorrow. wont have to.");
- ``_HELD_ON``: held on for someone's day, and after it free to go ("my son's wedding is
  saturday. after that i can go. i've held on for him").

``crisis`` gives the full reply for ``_VOICES``: voices telling the writer to step in front of a
bus, jump or kill themselves, most of all when nearly obeyed.

Lookalikes stay quiet: not around next week for a trip, a move or a contract; part of me wants
to stay in bed, or under the water on a reef dive; unsubscribing from emails or every newsletter;
won't have to face the gym because it is closed; held on for the wedding and then going on
holiday; the sat nav's voice telling the driver to turn left. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_NOT_AROUND = needles.compile(
    r"\b(?:i (?:will not|wont|do not think i will|doubt i will|probably will not|am not going to)"
    r"|doubt i will) (?:still )?be (?:around|here|alive)\b(?: \S+){0,2}? (?:in \d+|in (?:a few|"
    r"six|three|two|twelve) |by (?:then|christmas|next year|summer|the time|spring|my birthday)|"
    r"that long|to see)"
    r"|\bi (?:will not|wont|do not think i will|doubt i will) make it (?:to|till|until|past) "
    r"(?:christmas|my birthday|next year|summer|spring|the end of the year|new year)\b"
    r"(?! (?:dinner|lunch|party|market|do|event|concert|game|show|meeting|drinks|service)\b)"
    r"(?=.*\b(?:i can feel it|i just know|i know it|honestly|probably|lol|tbh|at this rate|the way "
    r"things are)\b)"
)
_NOT_AROUND_BUT = needles.compile(
    r"\b(?:mov(?:e|ing)|abroad|travel\w*|trip|holiday|vacation|deploy\w*|contract|semester|"
    r"exchange|internship|on leave|maternity|paternity|away for|working away|back home|"
    r"visa|job ends|lease|working|shift|shifts|rota|flights?|tickets?)\b"
)

_PART_OF_ME = needles.compile(
    r"\bpart of me (?:wants|wanted|want|wishes|wished) (?:to )?(?:just )?(?:stay (?:down|under)"
    r"(?! (?:the )?(?:duvet|covers|blankets?|sheets|quilt|doona|comforter|here|in bed))|"
    r"not (?:come|coming) (?:up|back)|keep (?:going|driving|walking) (?:into|off|over)|let go "
    r"of the (?:wheel|railing|edge)|not (?:stop|wake up)|step off|lean over|stay in the water)\b"
)
# ...or under the bathwater and not wanting to come up
_UNDER = needles.compile(
    r"\b(?:under|below) the (?:bath ?water|water)\b(?: \S+){0,8}? (?:do not|dont|never) want to "
    r"(?:come (?:back )?up|breathe|get out|surface)\b"
)
_PART_OF_ME_BUT = needles.compile(
    r"\b(?:scuba|diving|dive|snorkel\w*|reef|freediv\w*|bed|holiday|forever in this|pool|swim\w*|"
    r"lol|haha|so peaceful)\b"
)

_UNSUBSCRIBE = needles.compile(
    r"\b(?:unsubscribe|log out|logout|sign out|opt out|uninstall myself|delete myself|cancel "
    r"myself)\b(?: \S+){0,2}? (?:from|of) (?:life|existence|being alive|this world|the world|"
    r"everything)\b"
    r"|\b(?:log out|logout|exit|off) (?:button|switch) (?:for|on|to) (?:life|existence|me)\b"
)
# ..."everything" only when it is more than this bot or an inbox
_EVERYTHING_MORE = needles.compile(
    r"\b(?:from|of) (?:life|existence|being alive|this world|the world)\b|\bbutton (?:for|on|to) "
    r"(?:life|existence|me)\b|\bnot just (?:this|the|your) (?:\w+ )?(?:bot|app|course|channel|"
    r"group|chat|site)\b"
)
# Oneself uninstalled or deleted, and from nothing smaller than the world.
_UNINSTALLED = needles.compile(
    r"\b(?:wish i could|want to|going to|how do i|how to|can i|i need to) (?:just )?(?:uninstall|"
    r"delete|erase|unsubscribe|cancel) myself\b(?! from (?!life|existence|the world|this world|"
    r"everything)\w)"
)
_UNSUBSCRIBE_BUT = needles.compile(
    r"\b(?:emails?|newsletters?|mailing|spam|notifications?|marketing|inbox|texts from)\b"
)

_WONT_HAVE_TO = needles.compile(
    r"\b(?:can not|cant|do not want to|dont want to) face (?:\S+ ){0,5}?(?:tomorrow|tonight|on "
    r"monday|monday|in the morning|next week|this week|another (?:day|monday|week|morning|"
    r"christmas|year))\b(?: \S+){0,2}? (?:i )?(?:will not|wont) have to(?: anymore| any more| "
    r"again| after (?:this|the|tonight|tomorrow)(?: \w+)?| soon)?$"
)
# ...or nowhere to go and no one to face, ever again
_NOWHERE = needles.compile(
    r"\bi (?:will not|wont) have to (?:go anywhere|face anyone|face anything|deal with (?:anything|"
    r"anyone|any of it)) (?:anymore|any more|ever again)$"
)
_WONT_HAVE_TO_BUT = needles.compile(
    r"\b(?:closed|cancel\w*|postponed|off|because|since|rescheduled|called in|sick day|snow day|"
    r"day off|holiday|moved|quit|lol|haha|remote|job|work from home|wfh|deliver\w*|online|"
    r"retir\w*)\b"
)

_HELD_ON = needles.compile(
    r"\b(?:held|holding|hung|hanging) on (?:for|until|till|to see)\b"
    r"(?=.*\b(?:after (?:that|it|this|the \w+)|once (?:that|it|this|the \w+) is (?:over|done))"
    r" i (?:can|will) (?:finally )?(?:go|let go|rest|be free)(?: now| then| in peace| at last)?"
    r"(?: |$)(?!on |home|back|out|to |for |away|travel|shopping))"
    r"|\bonce (?:she|he|they|my \w+) (?:finishes|graduates|is born|gets married|is settled|turns "
    r"\d+|is grown|leaves home|is done)\b(?: \S+){0,3}? i (?:can|will) (?:finally )?(?:go|let "
    r"go)(?: now| then| in peace| at last)?(?: |$)(?!on |home|back|out|to |for |away|travel|"
    r"shopping)(?=.*\b(?:held|holding|hung|hanging) on\b)"
    r"|\b(?:after (?:that|it|this)|once (?:that|it|this) is (?:over|done)) i (?:can|will) "
    r"(?:finally )?(?:go|let go|rest)\b(?: now| then| in peace| at last)?(?= \S+ (?:held|holding|"
    r"hung|hanging) on\b| i (?:have|ve) (?:held|hung) on\b)"
)

# ...or held on, and now the day is done: "held on for my mum's 70th. it's done now. i can go"
_HELD = needles.compile(r"\b(?:held|holding|hung|hanging) on (?:for|until|till|to see)\b")
# ...waited for someone's day, and now free to leave: "the baby is born now. i waited for that"
_WAITED = needles.compile(
    r"\b(?:i (?:have )?waited|i was waiting|been waiting) (?:for|until|till) (?:that|this|her|him|"
    r"them)(?: to \w+)?(?: day)? now i can (?:finally )?(?:go|leave|let go)(?: now| in "
    r"peace| at last)?$"
)
_THEIR_DAY = needles.compile(
    r"\b(?:born|baby|wedding|married|graduat\w*|birthday|christening|safe|settled|grown up|"
    r"finished school|results)\b"
)
_DONE = needles.compile(
    r"\b(?:it is|its|that is|thats|it was|all) (?:done|over|finished)\b(?: now)? i (?:can|will|am "
    r"allowed to|get to) (?:finally )?(?:go|let go|rest|be free)(?: now| then| in peace| at last)?"
    r"(?:$| (?!on |home|back|out|to |for |away|travel|shopping)\S)"
)

_VOICES = needles.compile(
    # (a voice note or a voice message is someone's words, not a voice heard)
    r"\b(?:voice|voices)\b(?! note| message| mail| memo| call| chat)"
    r"(?: (?!she|he|they|her|him|them|saying|says)\S+){0,4}? (?:(?:telling|tell|tells|told|"
    r"ordering|order|want|wants|wanted) me to|(?:saying|say|says|said) (?:to|i should|that i "
    r"should|i have to|i must|i need to)) (?:step in front|jump (?:off|from|in front)|kill "
    r"myself|hurt myself|cut myself|end it|end my life|hang myself|drown myself|die|walk into "
    r"(?:the )?(?:traffic|road|sea|river)|throw myself|take (?:all )?(?:the|my) pills|stop "
    r"breathing)\b"
)
# ...a machine's voice or a story's; or voices told as years past ("used to hear voices")
_VOICES_BUT = needles.compile(
    r"\b(?:sat nav|satnav|gps|alexa|siri|film|movie|game|character|song|used to|years ago|back "
    r"in \d+|when i was)\b"
)


def check(plain: str) -> bool:
    """Not being around by a date felt, part of one staying under, leaving life in an app's
    words, not having to face tomorrow, or free to go after the day held on for."""
    if _NOT_AROUND.search(plain) and not _NOT_AROUND_BUT.search(plain):
        return True
    under = _PART_OF_ME.search(plain) or _UNDER.search(plain)
    if under and not _PART_OF_ME_BUT.search(plain):
        return True
    unsubscribed = _UNSUBSCRIBE.search(plain) and _EVERYTHING_MORE.search(plain)
    unsubscribed = unsubscribed or _UNINSTALLED.search(plain)
    if unsubscribed and not _UNSUBSCRIBE_BUT.search(plain):
        return True
    wont = _WONT_HAVE_TO.search(plain) or _NOWHERE.search(plain)
    if wont and not _WONT_HAVE_TO_BUT.search(plain):
        return True
    if _WAITED.search(plain) and _THEIR_DAY.search(plain):
        return True
    return _HELD_ON.search(plain) is not None or bool(_HELD.search(plain) and _DONE.search(plain))


def crisis(plain: str) -> bool:
    """Voices telling the writer to die or to step in front of a bus."""
    return _VOICES.search(plain) is not None and _VOICES_BUT.search(plain) is None
