"""Everyday messages from students and newcomers that only sound like a crisis.

- a death idiom about an exam, a test or a deadline, laughed at and carried on with ("tomorrow
  i have french exam, i will die 😅 but i finish lesson 4");
- things given away or goodbyes said before flying home for the summer or the holidays, or before
  moving to another city for work ("giving away my lamp before i fly home, leaving on the 14th,
  bye everyone!"); a move "for good" is one too when its new job or home is named in a place
  ("leaving for good, new job in Scotland");
- war news with one's own people safe ("missile hit my city last night, my family is ok thank
  god") and a saying quoted, with the writer nowhere in it but to ask how to say it ("we have a
  saying: death is a black camel that kneels at every door"): ``ordinary``, which the classifier
  defers to while the rules still read the message ("...my family is ok, but i can not go on");
- a boss, a job or a commute that can't be stood any more, named ("my friend said he can't take
  any more of his boss, he's quitting on friday"): also ``ordinary``;
- a noise at home or a machine that keeps failing that can't be stood any more, its source named
  ("can't take it anymore, the neighbours' dog has been barking since 6am", "can't stand this
  drilling", "this printer, i can't take it anymore"): ``not_meant``;
- the railway as a job or a day out ("i work as a signaller on the railway", "all afternoon at the
  railway museum"), or works on the line that make a train late: ``railway_errand``, which
  excuses the rules' dangerous place;
- a lecture or a class on a grim topic told as study ("tox lecture today on paracetamol overdose
  management, really interesting for my exam"): ``lecture_told``, which the classifier defers to;
  a question, or the writer in it, is never excused this way;
- a pastime out of doors called the most peaceful thing the writer knows ("duck hunting at 5am
  in a freezing marsh"): also ``ordinary``, never beside a last time or a wish not to come back;
- a comedian's bit or a sketch laughed at, whose "his own funeral" is the act's, not someone to
  help: ``act_told``, which keeps the message from being read as if its performer had written it;
- writing for a happy day or a time capsule (wedding vows, a best man's speech, a letter to a
  future self) and a thing handed on to
  someone who will use it and is glad of it ("gave my guitar to my nephew, he's been learning"):
  ``ordinary``;
- a goodnight, or a lesson one may sleep through ("going to sleep now, goodnight! 🌙", "if I
  don't wake up for the 7am lesson just resend it"): ``bedtime``, which the classifier defers to;
- a quiz answer checked, in any language ("đáp án câu 2 là B đúng không ạ?", "Jibu la swali
  la pili ni B"): ``quiz_answer``, which the classifier defers to;
- a blade or a rifle as the gear of a craft, a chore or a sport, with its job named ("swapped the
  blade on my x-acto knife, the cardboard model is done", "my biathlon rifle scope needs
  adjusting"): ``crisis.gear``, which the classifier defers to;
- a part of the course not understood ("what is the lethal dose section in lesson 3 about?"):
  ``course_question``, which excuses even a method word, unless the writer is in it.

Each is excused only without a word of real harm beside it ("i'm not going home", pills, a note,
"for good"): a cover story told as a trip still fires. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import gear, needles
from crisis.languages import fold
from crisis.vocab import _compile

# "i will die", "i am dead", "gonna die" about a test, with a laugh or a "but" carrying on.
_EXAM_DEATH = _compile(
    r"\b(?:exams?|tests?|quiz|quizzes|midterms?|finals|presentation|deadline|essay|assignment|"
    r"viva|oral|homework|lesson|class)\b(?: \S+){0,12}? (?:i will|i am going to|gonna|"
    r"i am gonna|going to|i want to|i wanna) (?:die|be dead)\b",
    r"\b(?:i will|i am going to|gonna|i am gonna|going to|i want to|i wanna) (?:die|be "
    r"dead)\b(?: \S+){0,12}? "
    r"(?:exams?|tests?|quiz|midterms?|finals|presentation|deadline|essay|assignment)\b",
)
_LAUGHED = needles.compile(
    r"😅|😂|🤣|😆|😭|💀|\blol\b|\bhaha|\blmao\b|\bbut i (?:finish|finished|did|"
    r"will|studied|passed|am)\b"
)
# Leaving for a trip home at the end of term: "before i fly home for summer", "leaving on the
# 14th", "going home for the holidays".
_TRIP_HOME = _compile(
    r"\b(?:fly|flying|flight|travel\w*|going|heading|moving|move) (?:back )?(?:home|abroad|back "
    r"to \w+)\b",
    r"\bfor (?:the )?(?:summer|holidays?|winter break|spring break|christmas|the break|eid|"
    r"ramadan|new year)\b",
    r"\b(?:end of (?:the )?(?:term|semester|year)|my (?:exchange|semester) (?:is )?(?:over|ends?)|"
    r"graduat\w*)\b",
    r"\b(?:move|moving|moved|relocat\w*) to (?:another|a new|a different|the) (?:city|town|"
    r"country|state|campus|job)\b|\bnew job\b",
    # a holiday or a trip named, not a long journey: "off on holiday tomorrow", "flying to spain"
    r"\b(?:off|going|away|leaving) (?:on|for) (?:a |my |our |the )?(?:holiday|holidays|vacation|"
    r"trip|cruise|honeymoon|city break|ski trip|camping trip|road trip|travels)\b",
    r"\b(?:flying|fly|off|heading) to (?!sleep\b|heaven\b|a better\b|the other\b|the next\b)"
    r"[a-z]+ (?:tomorrow|tonight|today|on|next|this|for)\b",
    # a move with its place and its date: "moving to portugal next month", "before the move"
    r"\b(?:move|moving|relocat\w*|emigrat\w*) to (?:\w+ ){1,3}?(?:next|this|in|on|at the end of) "
    r"(?:week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|[0-9]+)",
    r"\bbefore (?:the|my|our) (?:move|relocation|flight)\b|\b(?:moving|move) (?:house|flat|"
    r"abroad|overseas)\b",
)
_SELLING = _compile(
    r"\b(?:giving away|give away|selling|free to (?:a )?good home|anyone want|who wants|"
    r"bye everyone|goodbye everyone|bye all)\b"
)
# A noise at home not to be stood any more, its source named: a dog barking, drilling, building
# work. "can not take it anymore" alone is the rules' distress, and stays so.
_NOISE = (
    r"(?:barking|barked|drilling|drill|hammering|renovat\w*|building work|construction|roadworks|"
    r"leaf blower|lawnmower|mower|noise|music|bass|party|snoring|car alarm|yapping|howling|"
    # ...or a machine that keeps failing: "this printer, i can't take it anymore, paper jam again"
    r"printer|paper jam|wifi|wi fi|router|laptop)"
)
_FED_UP_NOISE = _compile(
    r"\b(?:can not|could not) (?:take|stand|handle|bear|deal with) (?:it|this|that)? ?(?:any ?more|"
    r"much longer)?\b(?: \S+){0,12}? " + _NOISE + r"\b",
    r"\b" + _NOISE + r"\b(?: \S+){0,12}? (?:can not|could not) (?:take|stand|handle|bear) (?:it|"
    r"this|that)? ?(?:any ?more|much longer)\b",
)
# Words of real harm, or the trip denied: then the goodbye is read as it sounds.
_BUT = _compile(
    r"\b(?:not (?:really |actually )?(?:going|flying|coming) (?:home|back)|never coming back|"
    r"for good|forever|pills?|tablets?|note|letters?|kill myself|killing myself|kms|suicid\w*|"
    r"end (?:it|my)|last "
    r"(?:message|night|goodbye)|will not (?:need|be (?:here|around|alive))|can not go on|done with "
    r"(?:this |my )?life|no reason to live|hopeless|not want to (?:live|be here)|"
    r"will not (?:come|be) back|not (?:come|coming) back|hear from me|sorry for everything|all my "
    r"(?:stuff|things|belongings)|everything i own|forgive me|(?:look|looking|search|come "
    r"looking) for me|remember me|miss me)\b"
)


# War news: an attack named, one's own people safe.
_WAR_NEWS = _compile(
    r"\b(?:missiles?|rockets?|bombs?|bombing|shelling|airstrikes?|air strikes?|drones?|"
    r"explosions?|attack) (?:\w+ ){0,2}?(?:hit|hits|fell|landed|struck|on|in|near)\b"
)
_SAFE = _compile(
    r"\b(?:family|everyone|parents|mother|mom|mum|father|dad|they|we) (?:is|are|were|was) "
    r"(?:all )?(?:ok|okay|safe|fine|alive|unharmed)\b|\b(?:thank god|thanks god|alhamdulillah|"
    r"thank allah)\b"
)
_MINE = _compile(
    r"\bi (?:want|wish|will|am going|should|would rather|need) (?:to )?(?:die|end|kill|not wake|"
    r"disappear|be dead)|\bmyself\b|\bsuicid\w*"
)
# Fed up with a named part of work or home life: "can't take any more of his boss".
_FED_UP = _compile(
    r"\b(?:can not|could not) (?:take|stand|handle|deal with|bear) (?:it )?(?:any ?more|much more|"
    r"one more day) of (?:his|her|their|my|the|this|that|our|your) (?:\w+ )?(?:boss|manager|"
    r"supervisor|job|work|shifts?|commute|landlord|neighbou?rs?|noise|heat|rain|weather|flatmates?|"
    r"roommates?|coworkers?|colleagues?|teacher|homework|traffic|meetings?|customers?|clients?|"
    r"in laws|drilling|building work|renovations?|office)\b"
)
# ...with nothing of harm or of an end beside it
_FED_UP_BUT = _compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end it|end (?:his|her|their|my) life|gun|"
    r"pills|rope|hurt\w*|harm\w*|life|living|goodbye|note|gone|disappear\w*|jump\w*|better off)\b"
)
# Writing for a happy day: vows, a speech, a toast, a card.
_HAPPY_WRITING = _compile(
    r"\b(?:writ\w*|wrote|rewr\w*|drafting|drafted|finished|practi[cs]\w*) (?:\w+ ){0,3}?"
    r"(?:wedding vows|vows|best man s speech|best man speech|maid of honou?r speech|wedding speech|"
    r"toast|birthday card|anniversary card|christmas cards|letters? to (?:my|our|your|his|her|"
    r"their) (?:future|older) sel(?:f|ves)|(?:\w+ )?for (?:the|a|our) (?:school )?time capsule)\b"
)
# A thing handed on to someone named who will use it...
_HANDED_ON = _compile(
    r"\b(?:gave|given|giving|handed|passed|passing) (?:\w+ ){0,2}?(?:my|our|the|his|her) (?:old )?"
    r"\w+(?: \w+)? (?:to|on to) (?:my|our|his|her|the) (?:nephew|niece|son|daughter|grandson|"
    r"granddaughter|brother|sister|cousin|godson|goddaughter|neighbou?rs? kid|kids?|friend s "
    r"(?:son|daughter|kid))\b"
)
# ...and glad of it, or taking it up
_GLAD = _compile(
    r"\b(?:buzzing|thrilled|over the moon|loved it|loves it|so happy|delighted|made (?:his|her|"
    r"their) day|been learning|learning to|is learning|starting|started|plays|needs it|needed "
    r"one|for (?:his|her|their) birthday)\b"
)
_HANDED_BUT = _compile(
    r"\b(?:will not need|wo not need|no longer need|not need (?:it|them|anything)|where i am going|"
    r"before i (?:go|leave)|when i am gone|after i am gone|all my|everything|last|goodbye|"
    r"remember me|die|dying|dead|death|kill\w*|suicid\w*|pills|note)\b"
)
# A saying or a proverb quoted, as people explain their culture.
_SAYING = _compile(
    r"\b(?:we have a saying|there is a saying|an old saying|the saying|a proverb|the proverb|in "
    r"(?:my|our) (?:culture|country|language) we say)\b"
)
# The writer asking how to say or explain it is still no one in it; any other "i" is.
_ASKING = needles.compile(r"\bhow (?:do|can|would|should) i (?:say|translate|explain|write)\b")
_WRITER = needles.compile(r"\b(?:i|me|myself|my life)\b")
# A part of the course named and not understood; nothing of the writer's own beside it.
_COURSE_PART = _compile(
    r"\b(?:section|chapter|lesson|module|slide|lecture|reading|paragraph|table|graph|quiz "
    r"question|video) (?:\w+ ){0,3}?(?:about|on|mean|means|say|says|talking about)\b"
)
_NOT_UNDERSTOOD = _compile(
    r"\b(?:did not|do not|can not|could not|still do not) (?:really )?(?:understand|get|follow)\b|"
    r"\bexplain\w*\b|\bconfus\w*"
)
_COURSE_BUT = _compile(
    r"\b(?:for me|myself|i (?:want|need|have|take|took)|enough to|to die|kill|suicid\w*|my own|"
    r"end (?:it|my)|how much|how many|my weight|i weigh|painless\w*)\b"
)


def course_question(plain: str) -> bool:
    """A part of the course asked about, not understood, with nothing of the writer's own."""
    return (
        _COURSE_PART.search(plain) is not None
        and _NOT_UNDERSTOOD.search(plain) is not None
        and _COURSE_BUT.search(plain) is None
    )


# A move for good to a new job or home in a place named: "leaving for good" is then a move, and
# no other word of harm may stand beside it.
_NEW_PLACE = _compile(
    r"\bnew (?:job|position|role|post|house|flat|home|school|uni) (?:\w+ ){0,2}?"
    r"(?:in|at|near) (?!heaven\b|a better\b|the sky\b|the next\b|peace\b|the other\b)[a-z]+",
    r"\b(?:moving|relocating|emigrating|moved|going) (?:back )?to (?!heaven\b|a better\b|"
    r"the other\b|the next\b|sleep\b|a place\b|be with\b|see\b|end\b|die\b|do\b|the (?:bridge|"
    r"tracks|cliffs?|river|lake|sea|woods))[a-z]+ (?:\w+ ){0,2}?(?:for (?:a |my |the )?(?:new )?"
    r"(?:job|work|uni|university|studies|masters|phd|family|wife|husband|partner)|next|this|in "
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"the spring|the summer|the autumn|the fall|the winter))\b",
)


def not_meant(text: str, plain: str) -> bool:
    """Whether ``plain`` (and ``text``, for the laughing emoji) is one of the everyday kinds."""
    if _NEW_PLACE.search(plain):
        plain = " ".join(plain.replace("for good", " ").split())  # a move, its new place named
    if _BUT.search(plain):
        return False
    if _EXAM_DEATH.search(plain) and _LAUGHED.search(text.casefold() + " " + plain):
        return True
    if _FED_UP_NOISE.search(plain) and not _FED_UP_BUT.search(plain):
        return True  # "can't take it anymore, the neighbours' dog has been barking since 6am"
    moving = _TRIP_HOME.search(plain) is not None or _NEW_PLACE.search(plain) is not None
    return _SELLING.search(plain) is not None and moving


def ordinary(plain: str) -> bool:
    """What the classifier defers to, though the rules still read the message in full: war news
    with one's own people safe, a boss or a job that can't be stood any more, a saying quoted
    with the writer nowhere in it."""
    if _WAR_NEWS.search(plain) and _SAFE.search(plain) and not _MINE.search(plain):
        return True  # "missile hit my city last night, my family is ok thank god"
    if _FED_UP.search(plain) and not _FED_UP_BUT.search(plain):
        return True  # "he can't take any more of his boss, he's quitting on friday"
    if _HAPPY_WRITING.search(plain) and not _FED_UP_BUT.search(plain):
        return True  # "just finished writing my wedding vows, rewrote them like 8 times"
    if _HANDED_ON.search(plain) and _GLAD.search(plain) and not _HANDED_BUT.search(plain):
        return True  # "gave my guitar to my nephew, he's been learning, he was buzzing"
    if _PASTIME_PEACE.search(plain) and not _PASTIME_BUT.search(plain):
        return True  # "duck hunting at 5am in a freezing marsh is the most peaceful thing"
    if bedtime(plain):
        return True  # "going to sleep now, goodnight!", "if i don't wake up for the 7am lesson"
    if gear.told(plain):
        return True  # "swapped the blade on my x-acto knife", "my biathlon rifle scope"
    # "we have a saying: death is a black camel that kneels at every door"
    return _SAYING.search(plain) is not None and not _WRITER.search(_ASKING.sub(" ", plain))


# A pastime out of doors called the most peaceful thing the writer knows: a hunt at dawn, fishing,
# a wild swim. The classifier reads "peaceful" beside a marsh or a lake as a peace at the end.
_PASTIME = (
    r"(?:hunting|hunt|fishing|fish|angling|birdwatching|birding|kayaking|canoeing|paddling|"
    r"camping|hiking|sailing|rowing|wild swimming|cold water swimming|swimming|swim|gardening|"
    r"knitting|dog walks?|walking the dog|stargazing|foraging|pottering)"
)
_CALM = r"(?:peaceful|calming|relaxing|calm|serene|tranquil|soothing|restful|peace and quiet)"
_PASTIME_PEACE = _compile(
    r"\b" + _PASTIME + r"\b(?: \S+){0,12}? (?:most |so |really |very |super |the )?"
    + _CALM
    + r"\b",
    r"\b" + _CALM + r"\b(?: \S+){0,8}? (?:than|like|as) (?:\w+ ){0,2}?" + _PASTIME + r"\b",
)
# ...never beside an end, a last time, a weapon turned on oneself or a wish to stay out there
_PASTIME_BUT = _compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end it|end things|forever|for good|last time|"
    r"one last|never (?:come|coming) back|not (?:come|coming) back|myself|goodbye|pills|note|"
    r"place to go|way to go|to go out|sleep|wish i|want to (?:stay|disappear|stop|be gone)|"
    r"gone|alone|no one|nobody|hopeless|empty|numb|only (?:thing|time|place)|anymore|any more|"
    r"escape|away from (?:it all|everything|everyone))\b"
)


# The railway as a workplace or a day out: a job on it, a museum, a model or a heritage line.
_RAILWAY_ERRAND = _compile(
    r"\b(?:i|we|my \w+|he|she|they) (?:work|works|worked|working) (?:\w+ ){0,4}?(?:on|for|at) "
    r"the (?:railway|railways|tracks|trains)\b",
    r"\b(?:signaller|signalman|signalwoman|train driver|conductor|trackworker|track worker|"
    r"platform staff|station staff|guard on the trains?)\b",
    r"\brailway (?:museum|modell\w*|model\w*|heritage|preservation|society|enthusiast\w*|"
    r"station|company|job|shifts?|timetable|strike|worker\w*|engineer\w*|pension)\b|"
    r"\b(?:model|heritage|steam|miniature|toy) railway\b",
)
# A train late for works on the line: "train delayed again because of work on the tracks"
_WORKS_ON_LINE = _compile(
    r"\b(?:engineering |maintenance |repair )?(?:work|works|repairs|maintenance|engineers) on the "
    r"(?:tracks|line|railway)\b",
)
# ...with nothing of a wish to die or of being there alone at night
_RAILWAY_BUT = _compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my life)|jump\w*|lie down|"
    r"lying|step (?:in front|out)|in front of|goodbye|last time|no one (?:will|would)|waiting for "
    r"(?:the|a) (?:train|last)|better off|can not go on)\b"
)
# ...nor the writer there now or waiting for the train to come, beside works on the line
_RAILWAY_THERE = _compile(
    r"\bi am (?:\w+ ){0,2}?(?:on|at|near|by) the (?:tracks|line|railway)|\b(?:stand\w*|walk\w* "
    r"(?:on|along|onto)|now|tonight|when (?:the|a) train|train comes|thinking about)\b"
)


def railway_errand(plain: str) -> bool:
    """Whether ``plain`` speaks of the railway as a job or a day out, with no wish to die."""
    if _RAILWAY_BUT.search(plain) is not None:
        return False
    if _RAILWAY_ERRAND.search(plain) is not None:
        return True
    return _WORKS_ON_LINE.search(plain) is not None and _RAILWAY_THERE.search(plain) is None


# A lecture, a class or a session at work told as study: what was covered, not a question.
_LECTURE = _compile(
    r"\b(?:lectures?|seminars?|tutorials?|class|module|practicals?|lab|labs|teaching|"
    r"grand rounds|journal club|cpd|in service|inservice|training day|study day|revision)\b"
    r"(?: \S+){0,6}? (?:on|about|covering|covered)\b",
    r"\bwe (?:did|covered|learned|learnt|studied|went over|had|discussed) (?:\w+ ){0,3}?"
    r"(?:management|treatment|toxicology|tox|pharmacology|calculations?|nomograms?|antidotes?|"
    r"case studies|cases)\b",
)
_LECTURE_BUT = _compile(
    r"\b(?:for me|myself|i (?:want|need|have|took|take|had|swallowed|could|would|will|am going)|"
    r"my own|enough to|how much|how many|my weight|i weigh|kill\w*|suicid\w*|end it|to die|"
    r"think about|thinking about|thought about|doing it|tempt\w*|ideas?|made me|makes me|"
    r"lethal|fatal|ld50)\b"
)


def lecture_told(text: str, plain: str) -> bool:
    """A lecture or a class on a topic told as study, not asked, with the writer not in it."""
    return (
        "?" not in text
        and _LECTURE.search(plain) is not None
        and _LECTURE_BUT.search(plain) is None
    )


# A comedian's or a show's bit laughed at: its "his own funeral" is the act's.
_ACT = _compile(
    r"\b(?:comedian|comedians|comic|stand ?up|standup|comedy|sketch|sitcom|panel show|"
    r"podcast|roast)\b(?: \S+){0,12}? (?:bit|joke|jokes|routine|set|special|skit|episode|"
    r"sketch)\b"
)
_LAUGHED_AT = _compile(
    r"\b(?:hilarious|funny|cracked me up|laughed|laughing|lol|lmao|haha\w*|killed me|brilliant|"
    r"genius)\b"
)


def act_told(plain: str) -> bool:
    """A comedian's bit or a sketch, laughed at, with nothing of harm beside it."""
    return (
        _ACT.search(plain) is not None
        and _LAUGHED_AT.search(plain) is not None
        and _RAILWAY_BUT.search(plain.replace("killed me", " ")) is None
    )


# A goodnight and nothing else, or a lesson or a meeting one may sleep through: the classifier
# reads "sleep" and "not wake up" as the end.
_GOODNIGHT = _compile(
    r"^(?:ok |okay |right |alright |well |anyway )?(?:i am |i will )?"
    r"(?:going|off|heading|gonna go) to (?:sleep|bed)(?: now| early)?"
    r"(?: (?:goodnight|good night|night|nite|gn))?$",
)
_SLEPT_THROUGH = _compile(
    r"\bif i (?:do not|can not|fail to) wake up (?:in time )?for (?:the |my |tomorrow s |"
    r"tomorrows |our )?(?:\w+ )?(?:lesson|class|lecture|alarm|meeting|shift|exam|flight|train|"
    r"bus|call|session)\b"
)
_BEDTIME_BUT = _compile(
    r"\b(?:pills?|tablets?|sleeping|took|taken|forever|for good|never|goodbye|bye|last|everyone|"
    r"love you|sorry|forgive|note|die|dying|dead|end|again|ever|want|wish|hope|better|rather)\b"
)


def bedtime(plain: str) -> bool:
    """A goodnight and nothing else, or a lesson one may sleep through, with no pills, no end and
    no wish beside them."""
    told = _GOODNIGHT.search(plain) is not None or _SLEPT_THROUGH.search(plain) is not None
    return told and _BEDTIME_BUT.search(plain) is None


# A quiz answer checked: an answer word and a letter or a number, in a short message. The
# classifier, trained on little of these languages, reads risk into any short line of them.
_ANSWER = needles.compile(
    r"\b(?:answer|dap an|jibu|respuesta|resposta|reponse|antwort|odpowiedz|risposta|antwoord|"
    r"jawaban|jawapan|cevap|javob|sagot|uttar|ответ|відповідь)\b"
)
# ...a capital letter or a number as the choice: "is a rope" is no quiz answer
_CHOICE = needles.compile(r"\b(?:[A-E]|\d{1,2})\b")
_QUIZ_MAX_WORDS = 10


def quiz_answer(text: str) -> bool:
    """A short message checking a quiz answer: an answer word and a choice, in any language."""
    folded = fold(text)
    return (
        len(folded.split()) <= _QUIZ_MAX_WORDS
        and _ANSWER.search(folded) is not None
        and _CHOICE.search(text) is not None
    )

