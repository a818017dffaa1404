"""Parting said in the course's own terms, a place looked at anew, a death sought by refusal.

People who have decided often say so through what is in front of them: the lessons ("won't be
needing lesson 5", "this is my final lesson"), a message left for someone ("tell my therapist it
wasn't her fault", "tell them I tried"), a height they keep measuring, food or medicine they will
stop taking so that they die: ``FAREWELL``, the full reply. A reason to stop answering that is only
"I've decided", a day said with nothing around it after a plan, and a road imagined without
steering are ``CHECK``: risk that is not clearly a crisis, so the bot asks. Each pattern's
lookaheads carry the everyday kind (a trip, a course finished, a tidy-up, a driving lesson, a
diet). Read on normalised, guarded text. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import AWAY_FOR_A_REASON, _any, _compile

_LESSON = _any(r"lessons?", r"modules?", r"parts?", r"quiz(?:zes)?", r"units?", r"the course")
_HEIGHT = _any(
    r"balcony",
    r"window",
    r"roof",
    r"rooftop",
    r"bridge",
    r"ledge",
    r"railing",
    r"tracks",
    r"cliff",
    r"car park",
    r"parking (?:garage|deck)",
)
# A diet, a fast for a test, a medicine stopped on a doctor's word.
_REFUSAL_ERRAND = (
    r"(?!.*\b(?:diet|fast\w*|surgery|colonoscopy|blood test|doctor said|lose weight)\b)"
)

# A driving lesson, a test or a physics question asks the same "what if".
_NOT_DRIVING = (
    r"(?!.*\b(?:instructor|driving (?:lesson|test)|exam|test|hypothetically|physics|game|gta|"
    r"film|movie|dream)\b)"
)

FAREWELL = _compile(
    # the lessons not needed, or this one the last, for no reason given
    r"\b(?:will not|wo not|do not|am not going to) (?:be )?need(?:ing)? (?:\w+ ){0,2}?"
    + _LESSON
    + r" \d+\b"
    + AWAY_FOR_A_REASON
    + r"(?!.*\b(?:already|know|knew|covered|skip\w*|studied|familiar|uni|degree|refund|paid)\b)",
    r"(?:\b(?:this is|this will be|that was|today is|today was) my|^(?:the |my )?(?=\w+ \w+ for "
    r"me\b)) ?(?:final|last) (?:lesson|module|message|reply|check in)(?: for me)?\b"
    r"(?! (?:was|is|were|has been|will be)\b)(?!.*\b(?:of the (?:day|week|month)|before (?:the|"
    r"my|i)|until|till|for (?:today|now|a while|this week)|this week|tomorrow|next week|"
    r"holidays?|vacation|trip|back (?:on|in|next)|finished|completed|"
    r"passed|certificate|right|correct|is it|is that|are there|any more|more lessons|best|"
    r"favou?rite|enjoyed|loved|liked)\b)",
    # a message left for those who stay
    r"\btell +(?:my|whoever|everyone|them|her|him|the) +(?:\S+ +){0,5}?(?:that )?"
    r"(?:it (?:was|is)|~) +(?:not|never) (?:her|his|their|your|anyone s) fault\b"
    r"(?!.*\b(?:broke|spill\w*|lost the|game|match|dog|cat|car|exam|grade|accident at)\b)",
    r"\btell (?:whoever|everyone|them|anyone who|my \w+|the people) (?:\S+ ){0,4}?(?:that )?i "
    r"(?:really |honestly )?tried\b(?= *$| (?:my best|so hard|everything|really))",
    # a height looked at anew, measured in the head
    r"\b(?:look|looking|looked|see|seeing) at (?:the |my |that )?" + _HEIGHT + r" differently\b"
    r"(?!.*\b(?:paint\w*|renovat\w*|redecorat\w*|plants?|furniture|garden\w*|design\w*|"
    r"architect\w*|photograph\w*|view|since we|after we)\b)",
    r"\b(?:measuring|measure|calculating|counting) (?:it|the (?:drop|height|fall|floors|distance)) "
    r"in my head\b|\b(?:measuring|calculating|working out) (?:how high|the drop from|how far "
    r"(?:down|the drop))\b",
    # food, drink or medicine to be stopped so that death comes
    r"\bstop (?:eating|drinking|taking (?:my|his|her) (?:\w+ )?(?:meds|medication|medicine|"
    r"insulin|pills|tablets)|(?:my |his |her )?dialysis) (?:\w+ ){0,2}?(?:so|until|till) "
    r"(?:that )?i (?:can |could |will |would )?(?:just )?(?:die|dies|am dead)\b" + _REFUSAL_ERRAND,
    r"\bstarv\w* (?:myself|to death) (?:\w+ ){0,2}?(?:so|until|till) (?:that )?i (?:can |will )?"
    r"die\b" + _REFUSAL_ERRAND,
)

CHECK = _compile(
    # the lesson after next outlived by no one, the quiz left unanswered for a decided reason
    r"\bif i am not (?:going to|gonna) be (?:here|around|alive) (?:for|by|to see|to read) "
    + _LESSON
    + AWAY_FOR_A_REASON,
    r"\bif i (?:stop|go quiet|disappear|vanish|stop showing up)\b(?: \S+){0,6}? that is why\b"
    r"(?!.*\b(?:busy|exams?|holiday|trip|work|moving|signal|wifi|phone)\b)",
    r"\b(?:tired|done|exhausted|worn out)\b (?:and|so) i (?:have|ve) decided\b(?= *$)",
    r"\b(?:if|when) (?:the |my |this )?(?:quiz|lesson|lessons|messages?|replies) (?:\S+ ){0,2}?"
    r"(?:goes|go|stays?|are|is|remains?) (?:unanswered|unread|unopened)\b(?: +\S+){0,4}? +"
    r"(?:~|you will|you ll|you|everyone will) +(?:know|understand) why\b",
    # a drive or a walk into water, traffic or off a height, wondered about
    r"\bwhat if i (?:just )?(?:drove|drive|walked|walk|stepped|step|jumped|jump|swerved|swerve) "
    r"(?:\w+ )?(?:into|off|in front of) (?:the |a |an )?(?:river|lake|sea|traffic|oncoming|bridge|"
    r"cliff|train|tracks|bus|lorry|truck|wall)\b" + _NOT_DRIVING,
    # steering left alone on a fast road, imagined
    r"\bwhat if i (?:just )?(?:did not|do not|never|stopped|stop|forgot to) (?:turn\w*|steer\w*|"
    r"brak\w*|hit the brakes?)\b(?: \S+){0,5}? (?:highway|motorway|freeway|bend|curve|cliff|bridge|"
    r"overpass|oncoming)\b" + _NOT_DRIVING,
    # the writer's own death told as a fact with a time: "by the time the next lesson comes out
    # i will be dead"; a parent finding out, a joke and "dead tired" are none
    r"^(?!.*\b(?:finds? out|found out|catch(?:es)? me|sees? (?:this|my)|will kill me|lol|lmao|"
    r"haha|jk|exams?|deadline|workout|gym|marathon|hangover|shift)\b)"
    r".*(?:\b(?:by the time|before|by (?:then|tomorrow|sunday|monday|the weekend|next \w+|the "
    r"(?:next|end))|next (?:week|month|lesson)|tomorrow)\b(?: \S+){0,8}? i will (?:already |"
    r"probably |likely |hopefully )?be (?:dead|gone)\b(?! tired| inside| on| for| to| from| away)"
    r"|\bi will (?:already |probably |likely |hopefully )?be (?:dead|gone) (?:by (?:then|the time|"
    r"tomorrow|next|the (?:next|end|weekend))|before (?:the |my )?(?:next|lesson|course|it)|"
    r"soon\b))",
    # a last message to the bot: sorry for the messages, thanks for the lessons, no more after it
    r"^(?=.*\bsorry for (?:all )?(?:the|my|these) (?:messages|texts|questions|bother|trouble|"
    r"spam)\b)(?=.*\bthank(?:s| you) for (?:the |all the |everything)?(?:lessons?|course|help|"
    r"everything)\b)(?!.*\b(?:today|tonight|for now|this week|until|till|promise|question|"
    r"before|lol|haha|tomorrow|next)\b).*\bthis is (?:the|my) (?:last|final) (?:one|message|text)"
    r"\b",
)
