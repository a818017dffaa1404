"""Wishes to stop and despair told without the word, in English: the check-in (``mine``), and
another person's veiled threat beside a gun (``other``).

Each kind here is the writer's own unless said of someone else:

- ``_TREATMENT_DONE``: treatments tried and run out ("no next option", "not doing another
  round", "eleven meds") ending in "i'm done", "i'm finished", "not carrying on";
- ``_NOT_A_JOKE``: a wish to be hit by a bus, not to wake up, said "not a joke this time";
- ``_DRIVE_INTO``: pictures of steering the car into a river or a wall that feel less scary,
  calmer or more tempting each time, or of jerking the wheel that scare less;
- ``_SCAN_BAD``: hoping a scan or a test finds something bad or terminal, or "so i can stop",
  or the doctor finds something terminal;
- ``_NO_TOMORROW``: not wanting a tomorrow;
- ``_FADE_OUT``: liking to close one's eyes and fade out, cease to exist;
- ``_LET_TAKE_ME``: "let the crows have me", "let the sea take me";
- ``_NOT_HERE_BY``: not seeing oneself still here by a day;
- ``_THOUGHT_END_IT``: the one clear thought or voice being "end it";
- ``_BEFORE_I_GO``: who to talk to or tell "before i go", with nowhere named to go;
- ``_CUT_AGAIN``: cutting again told with its marks ("not deep", "to feel something");
- ``_TAKE_CARE_HIMSELF`` (``other``): someone said they will "take care of it himself" and has
  guns or pills.

Lookalikes stay quiet: done with a course of treatment and feeling better, a bus wish said in
jest, a driving lesson's skid, hoping a scan finds nothing or finds the cause at last, not
wanting a tomorrow "like today", closing one's eyes to sleep, a song about the sea, not seeing
oneself in this job by christmas, ending it with a partner, leaving before a holiday or
cancelling a subscription, a power or a hair cut again, a father taking care of the fox himself.
Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import made_ready, needles

_TREATMENT = needles.compile(
    r"\b(?:ketamine|esketamine|spravato|ect|tms|meds|medications?|antidepressants?|courses?|"
    r"sessions|rounds?|therapy|therapies|treatments?|infusions?)\b",
)
_RUN_OUT = needles.compile(
    r"\b(?:no (?:next|other) option|nothing (?:left|else) to try|tried everything|not doing "
    r"(?:another|any more|anymore) (?:round|course|session)|\w+ meds before|everything came back "
    r"worse|stopped working|wore off|worn off|tried (?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|all|every) (?:different )?(?:antidepressants|meds|medications|"
    r"treatments|drugs|ssris|pills))\b",
)
_END_SAID = needles.compile(
    r"\b(?:i am|i m|im) (?:done|finished)\b(?! (?:with|for|now with|after|by|at|soon))|"
    r"\b(?:not|no longer) carrying on\b|\bnot doing anything any ?more\b",
)
_BETTER = needles.compile(
    r"\b(?:better|relief|remission|worked|working well|great|brilliant|amazing|happy|yay|proud|"
    r"celebrat\w*|switching to|moving on to|going to try|going home|heading home|home now|my lift|"
    r"my ride|taxi|waiting for|"
    r"starting (?:tms|ect|therapy)|next step|ask my doctor)\b",
)
_NOT_A_JOKE = needles.compile(
    r"\b(?:hit by a (?:bus|car|train|truck|lorry)|run over|not wake up|die in my sleep|plane "
    r"(?:crash|to crash)|disappear)\b.{0,60}\b(?:not (?:a )?jok(?:e|ing)|no joke|not kidding|i "
    r"mean it|for real this time|seriously this time)\b",
)
_PICTURED = (
    r"\b(?:picturing|imagining|picture|imagine|see myself|thinking about|think about) (?:\w+ )"
    r"{0,3}?(?:turning|steering|swerving|driving|jerking|yanking) "
)
_DRIVE_INTO = needles.compile(
    _PICTURED + r"(?:the wheel |the car |off )?.{0,30}?\b(?:into|off) (?:the |a )?(?:river|wall|"
    r"tree|lake|sea|bridge|oncoming|lorry|truck|road|cliff|canal|quarry)\b(?=.*\b(?:less scary|"
    r"scares me less|less scared|less frightening|easier|calmer|more tempting|more appealing|"
    r"comforting|peaceful|want to)\b)|"
    # ...or only the wheel jerked, when the picture itself is said to scare less
     + _PICTURED + r"the wheel\b(?=.*\b(?:less scary|scares me less|less scared|less frightening|"
    r"more tempting|more appealing)\b)",
)
_LESSON = needles.compile(
    r"\b(?:instructor|driving lesson|skid|parking|revers\w*|power steering)\b"
)
_SCAN_BAD = needles.compile(
    r"\bhop(?:e|ing) (?:that )?(?:the |my )?(?:scan|tests?|biopsy|results?|bloods|mri|x ?ray|"
    r"ct) (?:finds|find|shows?|comes? back(?: as)?|says?|picks up) (?:something )?(?:bad|serious|"
    r"terminal|fatal|incurable|cancer|a tumou?r)\b(?! enough)|"
    r"\bhop(?:e|ing) (?:that )?(?:the |my )?(?:doctors?|gp|consultant|oncologist|they) (?:finds?|"
    r"says?|tells? me) (?:it is |its |i have )?(?:something )?(?:terminal|fatal|incurable|cancer|"
    r"a tumou?r)\b|"
    r"\bhop(?:e|ing) (?:that )?(?:the |my )?(?:scan|tests?|biopsy|results?|mri) (?:\w+ ){1,6}?"
    r"so (?:i can stop|it can (?:all )?(?:stop|end)|it is over|i do not have to (?:go on|keep "
    r"going|be here))\b",
)
_NO_TOMORROW = needles.compile(
    r"\bi do not want (?:a |any |another )?(?:tomorrow|more tomorrows)\b(?! (?:like|the same|if|"
    r"to be|where|with))",
)
_FADE_OUT = needles.compile(
    r"\b(?:id|i would|i want to|want to|would like to|like to) (?:just )?(?:close my eyes and )?"
    r"(?:fade out|fade away|cease to exist|stop existing)\b(?! (?:of|from|for a))",
)
_LET_TAKE_ME = needles.compile(
    r"\blet the (?:crows|sea|river|water|wolves|ground|earth|worms|birds|tide|cold|waves) (?:have|"
    r"take|claim) me\b",
)
_SONG = needles.compile(r"\b(?:song|lyric\w*|album|track|poem|band|singing)\b")
_NOT_HERE_BY = needles.compile(
    r"\b(?:do not|can not) see myself (?:still )?(?:here|around|alive) (?:by|at|for|past|after|"
    r"until|in)\b",
)
_HERE_ERRAND = needles.compile(
    r"\b(?:job|company|firm|house|flat|city|town|country|uni|moving|contract|lease|team|course|"
    r"group|chat|app|school|club|relationship)\b",
)
_THOUGHT_END_IT = needles.compile(
    r"\b(?:thought|voice|answer|idea|urge) (?:is|was|keeps being) (?:always )?(?:the same )?"
    r"(?:just )?(?:to )?end (?:it|it all|everything)\b(?! (?:with|there|here|early|on))",
)
_BEFORE_I_GO = needles.compile(
    r"\b(?:who|whom) (?:do|should|can|could) i (?:talk|speak|say goodbye|tell|write) (?:\w+ )"
    r"{0,2}?before i go\b(?! (?:to|on|in|into|out|away|abroad|under|back|home|for))",
)
_GO_ERRAND = needles.compile(
    r"\b(?:subscription|cancel\w*|refund|unsubscribe|account|holiday|travel|trip|flight|surgery|"
    r"operation|leave the course|quit the course)\b",
)
_CUT_AGAIN = needles.compile(
    r"\bcut (?:myself )?again\b(?=.*\b(?:not deep|feel something|needed to|bled|bleed\w*|sleeve|"
    r"arm|wrist|thigh|relapse\w*|clean for)\b)",
)
_CUT_ERRAND = needles.compile(
    r"\b(?:power|hair|fringe|budget|funding|team|squad|coach|electric\w*|wifi|internet)\b",
)
# ...said on a condition ("if the ketamine doesn't work"), not of a job to be done
_TAKE_CARE_HIMSELF = needles.compile(
    r"\b(?:take care of|deal with|handle|end) (?:it|things|this) (?:himself|herself|themselves)\b"
    r"(?=.*\b(?:rifles?|guns?|shotguns?|pistols?|firearms?|pills|tablets)\b)|"
    r"\b(?:rifles?|guns?|shotguns?|pistols?|firearms?)\b.{0,80}\b(?:take care of|deal with|"
    r"handle) (?:it|things|this) (?:himself|herself|themselves)\b",
)
_ON_CONDITION = needles.compile(r"\bif\b")
_PEST = needles.compile(
    r"\b(?:fox|foxes|rats?|deer|rabbits?|crows|pests?|vermin|coyotes?|wasps?|moles?|the dog next "
    r"door|repair\w*|roof\w*|fence|plumb\w*|boiler|car|landlord|builders?|council|fix\w*)\b",
)


def mine(plain: str) -> bool:
    """The writer's own wish to stop or despair, told without the word."""
    if made_ready.PAST.search(plain) or made_ready.AT_WORK.search(plain):
        return False
    done = _TREATMENT.search(plain) and _RUN_OUT.search(plain) and _END_SAID.search(plain)
    if done and not _BETTER.search(plain):
        return True
    if _DRIVE_INTO.search(plain) and not _LESSON.search(plain):
        return True
    if _NOT_A_JOKE.search(plain) or _SCAN_BAD.search(plain):
        return True
    if _NO_TOMORROW.search(plain) or _FADE_OUT.search(plain) or _THOUGHT_END_IT.search(plain):
        return True
    if _LET_TAKE_ME.search(plain) and not _SONG.search(plain):
        return True
    here = _NOT_HERE_BY.search(plain)
    if here and not _HERE_ERRAND.search(plain[here.end() : here.end() + 40]):
        return True  # "still here by christmas", not "still here by christmas at this job"
    if _BEFORE_I_GO.search(plain) and not _GO_ERRAND.search(plain):
        return True
    return _CUT_AGAIN.search(plain) is not None and not _CUT_ERRAND.search(plain)


def other(plain: str) -> bool:
    """Someone else said they will "take care of it himself", with a gun or pills to hand."""
    said = _TAKE_CARE_HIMSELF.search(plain) is not None and _ON_CONDITION.search(plain) is not None
    return said and not _PEST.search(plain)
