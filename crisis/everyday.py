"""Everyday messages from students and newcomers that only sound like a crisis.

- a death idiom about an exam, a test or a deadline, laughed at and carried on with ("tomorrow
  i have french exam, i will die 😅 but i finish lesson 4");
- things given away or goodbyes said before flying home for the summer or the holidays, or before
  moving to another city for work ("giving away my lamp before i fly home, leaving on the 14th,
  bye everyone!");
- war news with one's own people safe ("missile hit my city last night, my family is ok thank
  god") and a saying quoted, with the writer nowhere in it but to ask how to say it ("we have a
  saying: death is a black camel that kneels at every door"): ``ordinary``, which the classifier
  defers to while the rules still read the message ("...my family is ok, but i can not go on");
- a boss, a job or a commute that can't be stood any more, named ("my friend said he can't take
  any more of his boss, he's quitting on friday"): also ``ordinary``;
- a part of the course not understood ("what is the lethal dose section in lesson 3 about?"):
  ``course_question``, which excuses even a method word, unless the writer is in it.

Each is excused only without a word of real harm beside it ("i'm not going home", pills, a note,
"for good"): a cover story told as a trip still fires. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

import re

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
_LAUGHED = re.compile(
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
)
_SELLING = _compile(
    r"\b(?:giving away|give away|selling|free to (?:a )?good home|anyone want|who wants|"
    r"bye everyone|goodbye everyone|bye all)\b"
)
# Words of real harm, or the trip denied: then the goodbye is read as it sounds.
_BUT = _compile(
    r"\b(?:not (?:really |actually )?(?:going|flying|coming) (?:home|back)|never coming back|"
    r"for good|forever|pills?|tablets?|note|letters?|kill myself|killing myself|kms|suicid\w*|"
    r"end (?:it|my)|last "
    r"(?:message|night|goodbye)|will not (?:need|be (?:here|around|alive))|can not go on|done with "
    r"(?:this |my )?life|no reason to live|hopeless|not want to (?:live|be here)|"
    r"will not (?:come|be) back|not (?:come|coming) back|hear from me|sorry for everything|all my "
    r"(?:stuff|things|belongings)|everything i own|forgive me)\b"
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
# A saying or a proverb quoted, as people explain their culture.
_SAYING = _compile(
    r"\b(?:we have a saying|there is a saying|an old saying|the saying|a proverb|the proverb|in "
    r"(?:my|our) (?:culture|country|language) we say)\b"
)
# The writer asking how to say or explain it is still no one in it; any other "i" is.
_ASKING = re.compile(r"\bhow (?:do|can|would|should) i (?:say|translate|explain|write)\b")
_WRITER = re.compile(r"\b(?:i|me|myself|my life)\b")
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


def not_meant(text: str, plain: str) -> bool:
    """Whether ``plain`` (and ``text``, for the laughing emoji) is one of the everyday kinds."""
    if _BUT.search(plain):
        return False
    if _EXAM_DEATH.search(plain) and _LAUGHED.search(text.casefold() + " " + plain):
        return True
    return _SELLING.search(plain) is not None and _TRIP_HOME.search(plain) is not None


def ordinary(plain: str) -> bool:
    """What the classifier defers to, though the rules still read the message in full: war news
    with one's own people safe, a boss or a job that can't be stood any more, a saying quoted
    with the writer nowhere in it."""
    if _WAR_NEWS.search(plain) and _SAFE.search(plain) and not _MINE.search(plain):
        return True  # "missile hit my city last night, my family is ok thank god"
    if _FED_UP.search(plain) and not _FED_UP_BUT.search(plain):
        return True  # "he can't take any more of his boss, he's quitting on friday"
    # "we have a saying: death is a black camel that kneels at every door"
    return _SAYING.search(plain) is not None and not _WRITER.search(_ASKING.sub(" ", plain))
