"""Whose crisis: the writer's own, or someone else's.

A phrase whose subject is plainly another person is theirs, and the message is then rewritten as
if that person had written it ("my son says he wants to die" becomes "i want to die") and judged
by the same rules and guards. Whenever it is unclear whose crisis it is, it is the writer's own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType

from crisis import needles
from crisis.normalise import _SPACES
from crisis.rules import _PATTERNS
from crisis.vocab import _ADV, _GUARD, _any, _compile, _words

# People a message may be worried about. With "my", "our" or "a" in front they name someone
# specific ("my son", "a friend of mine"), which a generic "people" or "patients" never does.
_OTHER_NOUNS = (
    "friend friends bestie bff mate buddy pal bf gf boyfriend girlfriend partner husband wife "
    "spouse fiance fiancee ex son sons daughter daughters kid kids child children teen teenager "
    "baby mom mum mother mam ma dad father parent parents brother sister sibling twin cousin aunt "
    "uncle grandma grandmother granny nan nana grandpa grandfather grandad granddad grandson "
    "granddaughter niece nephew stepson stepdaughter stepdad stepmom stepmum roommate flatmate "
    "housemate classmate coworker colleague student pupil patient client neighbour neighbor "
    "girl guy boy man woman"
).split()
_NOUN = _any(*_OTHER_NOUNS)
_NOUN_ADJ = (
    r"(?:(?:best|little|big|older|younger|oldest|eldest|youngest|teenage|baby|twin|step|ex|dear|"
    r"close|good|new|old|only|online|\d+ (?:year|yr) old|\d+ yo|\d+)\s+)*"
)
# "my son", "our 15 year old daughter", "a friend of mine", "a guy in my class"
_SPECIFIC = needles.compile(
    r"\b(?:(?:my|our) " + _NOUN_ADJ + _NOUN + r"|a (?:close |good |best |dear )friend)\b"
    r"|\ba " + _NOUN_ADJ + _NOUN + r" (?:of (?:mine|ours)|(?:in|at|from) my (?:class|school|"
    r"team|group|group chat|dorm|office|work|year|street|building))\b"
)
# "someone" names nobody in particular; it counts when the writer knows them or asks how to help.
_SOMEONE = r"(?:someone|somebody|a person|a loved one|a friend|anyone|anybody)"
_KNOWN_SOMEONE = needles.compile(
    r"\b" + _SOMEONE + r" (?:i (?:know|love|care about)|close to me|(?:in|at) my \w+(?: chat)?)\b"
    r"|\b(?:i know|i have|there is|worried about|scared for|afraid for|concerned about) "
    + _SOMEONE
    + r"\b"
)
_HELPER_FRAME = needles.compile(
    r"\b(?:how (?:do|can|should|could|would|does) (?:i|we|you|one)|how to|what (?:do|should|"
    r"can|could|would) (?:i|we|you) (?:say|do|tell|ask)|ways? to|tips? (?:on|for)|advice on|"
    r"(?:want|need|trying|try) to help|help me help)\b"
)
_GENERIC = needles.compile(
    r"\b"
    + _SOMEONE
    + r"(?: i (?:know|love|care about)| close to me| (?:in|at) my \w+(?: chat)?)?\b"
)
# Possessive: "my son's arms" reads "my sons arms" once the apostrophe is gone.
_POSSESSED = (
    r"(?=(?:own |left |right )?(?:life|arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|"
    r"throat|veins?|meds|medication|medicine|pills|tablets|stuff|things|belongings|possessions|"
    r"brains|room|phone|bedroom)\b)"
)
_SPECIFIC_POSSESSIVE = needles.compile(r"\b(?:my|our|a) " + _NOUN_ADJ + _NOUN + r"s " + _POSSESSED)
_FIRST_PERSON = frozenset("i me my myself mine we us our ours ourselves".split())
_THIRD_SUBJECTS = frozenset(
    ["he", "she", "they", "hes", "shes", "someone", "somebody", *_OTHER_NOUNS]
    + [f"{noun}s" for noun in _OTHER_NOUNS]
)
_REFLEXIVES = frozenset("himself herself themselves themself themselfs theirself hisself".split())
# Words that may stand between a subject and what it does: "my friend has been saying ...".
_LINKING = frozenset(
    "~ is am are was were be been being has have had does do did will would could should might "
    "may must can just really so also still now again literally seriously honestly actually "
    "finally already even always constantly keeps keep kept says said saying say told tells "
    "texted texts messaged posted posting talking talks talked writing wrote mentioned mentions "
    "thinks thinking thought feels feeling felt seems seemed like that about wants want wanted "
    "wanting to going trying tried planning plans planned ready threatening threatened threatens "
    "not probably definitely totally almost tonight today gets getting got started starts "
    "apparently clearly there".split()
)
_LOOK_BACK = 160  # characters before a phrase searched for its subject
_OBJECT_PRONOUN = needles.compile(r"\b(?:him|them)\b")
_HER_OBJECT = needles.compile(r"\bher\b")
_HIS_HER = needles.compile(r"\b(?:him|his|her|himself|herself)\b")
_HER = needles.compile(
    r"\bher\b(?! (?:and|to|that|if|when|so|again|because|but|or|off|out|up|too|anymore|now|"
    r"tonight|today|for|about|with|at|in|on|i|she|he|is|was|will|would|all|alone)\b)(?= \w)"
)
_THIRD_SUBJECT = needles.compile(r"\b(?:he|she)\b")
_THIRD_SUBJECT_IS = needles.compile(r"\b(?:hes|shes)\b")
_THEY = needles.compile(r"\bthey\b")
_THEIRS = needles.compile(r"\b(?:themselves|themself|themselfs|theirself|them|their)\b")
# "they" as one person the writer knows, not people in general
_KNOWN_THEY = needles.compile(
    r"\b(?:i (?:think|fear|suspect|know|am (?:worried|scared|afraid))|(?:told|texted|messaged) "
    r"(?:me|us))(?: that)? they\b"
)
# "did Kurt Cobain kill himself": a question about a death long past, not a worry about anyone
_PAST_QUESTION = needles.compile(
    r"^(?:why |how |when |where )?did (?!my\b)(?:\w+ ){1,3}?(?:kill|hang|shoot) "
    r"(?:himself|herself|themselves)\b"
)
_ME_TOO = needles.compile(
    r"\b(?:so (?:am|do|have|did|would|was) i|me too|same here|i feel the same|i (?:do|am|have|"
    r"feel|did) (?:too|as well)$)"
)
_POSSESSIVE = needles.compile(r"\b(?:his|their)\b")
_REFLEXIVE = needles.compile(r"\b(?:" + "|".join(sorted(_REFLEXIVES)) + r")\b")
_NEUTRAL_FIRST = needles.compile(r"\b(i|me|my|myself)\b")
_RELATIVE = needles.compile(r"\bi (?:who|that) ")
_THIRD_VERBS = MappingProxyType(
    {
        "is": "am",
        "are": "am",
        "were": "was",
        "has": "have",
        "does": "do",
        "says": "say",
        "keeps": "keep",
        "wants": "want",
        "needs": "need",
        "feels": "feel",
        "thinks": "think",
        "tries": "try",
        "plans": "plan",
        "wishes": "wish",
        "hurts": "hurt",
        "cuts": "cut",
        "harms": "harm",
        "kills": "kill",
        "hates": "hate",
        "talks": "talk",
        "struggles": "struggle",
    }
)
_AGREEMENT = needles.compile(
    r"\bi ((?:(?:really|just|also|still|now|again|literally|always|definitely|honestly|"
    r"seriously|constantly|actually|self) )*)(" + "|".join(_THIRD_VERBS) + r")\b"
)

# What only a message about someone else says: "my suicidal son", "how do i talk to my
# daughter about suicide". Checked on the message itself, not on the projection.
_TOPIC = (
    r"(?:suicide|suicidal (?:thoughts?|feelings?|ideation)|self harm\w*|cutting|killing "
    r"(?:himself|herself|themselves)|wanting to die|overdos\w*)"
)
_OTHER_PATTERNS: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    (
        "suicide",
        _words("suicidal"),
        _compile(
            r"\b(?:my|our|his|her|their) (?:\w+ ){0,2}?suicidal " + _NOUN_ADJ + _NOUN + r"\b",
            r"\ba (?:\w+ )?suicidal (?:friend|mate|buddy|pal|loved one)\b",
        ),
    ),
    (
        "helper",
        _words("suicide suicidal harm harming cutting killing overdose overdosing die"),
        _compile(
            r"\b(?:talk|speak|ask|approach|help|support) (?:to |with )?(?:my|our|a|him|her|them) "
            r"(?:\w+ ){0,3}?(?:about|with|through) (?:(?:his|her|their|the) )?" + _TOPIC + r"\b",
        ),
    ),
)
# Checked on the projection, where "i", "my" and "myself" can only be the other person: what
# a worried friend or parent reports having seen or heard.
_PROJECTED_PATTERNS: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    (
        "suicide",
        _words("suicide dying die myself harm harming overdose overdosing ending end"),
        _compile(
            r"\bi (?:am |was |have been |had been |keep |kept )?"
            + _ADV
            + r"(?:talking|talk|talked|posting|post|posted|writing|write|wrote|joking|joke|joked|"
            r"threatening|threaten|threatened|mentioning|mention|mentioned|obsessed|obsessing|"
            r"googling|googled|searching|searched|researching|researched|looking up|looked up|"
            r"reading|read|going on|went on) "
            r"(?:about |of |with |over |up |on |online about )?(?:(?:doing |committing )?suicide|"
            r"killing myself|dying|wanting to die|ending (?:it|my life|things)|not being "
            r"(?:here|alive|around)|self harm\w*|hurting myself|overdos\w*)\b",
        ),
    ),
    (
        "self_harm",
        _words("cuts scars burns marks bruises blades razors"),
        _compile(
            r"\b(?:fresh |new |deep )?(?:cuts|scars|burns|cut marks|burn marks|bruises) "
            r"(?:all )?(?:on|over|across|up|down) my (?:arms?|wrists?|legs?|thighs?|stomach|hips?|"
            r"body|skin)\b",
            r"\b(?:found|find|finding) (?:razor )?(?:blades|razors) (?:in|under|hidden in) my\b",
        ),
    ),
    (
        "goodbye",
        _words("goodbye goodbyes farewell suicide away"),
        _compile(
            r"\bi (?:just )?(?:sent|texted|posted|messaged|left|emailed) (?:\w+ )?(?:a |an |this |"
            r"some |me a )?(?:goodbye|farewell|suicide) (?:message|note|letter|text|post|video|"
            r"email)\b",
            r"\bi (?:am |was |has been |have been |keep |kept )?"
            + _ADV
            + r"(?:said|saying|say|texted|texting|messaged|wrote) (?:my |a |his |her )?"
            r"(?:goodbyes?|farewells?|good bye) (?:to )?(?:everyone|everybody|all of us|us all|us|"
            r"the family|xmy family|my family|friends|xme)\b"
            # goodbyes before a move abroad or a new job
            r"(?!.*\b(?:moving|move|emigrat\w*|relocat\w*|new job|leaving (?:for|the company)|"
            r"retir\w*|wedding|graduat\w*|flight|airport)\b)",
            r"\b(?:giving|give|gave|given) away (?:all )?(?:of )?my (?:stuff|things|belongings|"
            r"possessions|pets?|dog|cat|clothes|games|books)\b(?! (?:\w+ ){0,3}?to (?:charity|"
            r"goodwill|a charity|the charity))",
        ),
    ),
)
# A clinician's or a teacher's report of a plan or the means: "my client mentioned a plan and a
# date", "one of my patients told me he has a gun at home and a plan".
_DISCLOSED = (
    "disclosed",
    _words("plan plans method gun rope pills"),
    _compile(
        r"\b(?:patients?|clients?|students?|pupils?|mentees?|service users?|residents?) "
        r"(?:\S+ ){0,12}?(?:mentioned|disclosed|described|shared|admitted|revealed|talked about|"
        r"told (?:me|us|the \w+) about|has|have|had|made|got|owns?|keeps?) (?:\w+ ){0,2}?"
        r"(?:(?:a |the )?(?:plan|plans|method) (?:and|with|including) (?:a |the )?(?:date|time|"
        r"method|place|means|timeline|note)|(?:a |the )?(?:gun|rope|noose|pills saved|stockpile)"
        r"(?: \S+){0,4}? (?:and|with) (?:a |the )?(?:plan|date|note))\b(?!.*\b(?:launch|wedding|"
        r"party|trip|move|project|meeting|release|holiday|event|business|budget|exam|renovation|"
        r"product|campaign|hunting|range)\b)",
    ),
)
_OTHER_PATTERNS = (*_OTHER_PATTERNS, _DISCLOSED)
_OTHER_TRIGGERS = frozenset().union(
    *(needed for _, needed, _ in (*_OTHER_PATTERNS, *_PROJECTED_PATTERNS))
)
_ANCHORS = frozenset(
    ["he", "she", "hes", "shes", "him", "her", "his", "they", "them", "their", *_REFLEXIVES]
    + ["someone", "somebody"]
    + ["person", "loved", "anyone", "anybody", *_OTHER_NOUNS]
    + [f"{noun}s" for noun in _OTHER_NOUNS]
)
_ALL_TRIGGERS = frozenset().union(*(needed for _, needed, _ in _PATTERNS)) | _OTHER_TRIGGERS


def _blank(m: re.Match[str]) -> str:
    # "she is ~" rather than "~": the subject still tells whose words follow
    first = m[0].split(" ", 1)[0]
    return f" {first} ~ " if first in _THIRD_SUBJECTS else " ~ "


@lru_cache(maxsize=4)
def _guard(plain: str) -> str:
    """Blank out idioms, negations and third-person uses (see _GUARD).

    Kept for the last few texts: the rules read one message's guarded text several times.
    """
    return _GUARD.sub(_blank, plain)


def _said_by_other(guarded: str, start: int, end: int) -> bool:
    """Whether the phrase at guarded[start:end] is said of someone else, not of the writer.

    Only when the phrase has no first-person word of its own ("better off without me" is always
    the writer's) and its nearest subject, past linking words, is someone else: "my dad says he
    wants to end it all". Anything less clear stays the writer's own: a wrongly aimed crisis
    reply costs less than a person in crisis being answered as a helper.
    """
    if not _FIRST_PERSON.isdisjoint(guarded[start:end].split()):
        return False
    # A subject further back than this is no longer plainly the phrase's (and the look-back stays
    # cheap in a long message); a word the window cuts in two is left out.
    before = guarded[max(0, start - _LOOK_BACK) : start].split()
    if start > _LOOK_BACK:
        before = before[1:]
    for word in reversed(before):
        if word in _THIRD_SUBJECTS:
            return True
        if word not in _LINKING:
            return False
    return False


def _scan(plain: str) -> tuple[str | None, str | None]:
    """Run the patterns on a normalised message.

    Returns the name of the first pattern that fires of the writer, and of the first one that
    fires only of someone else the message names.
    """
    words = set(plain.split(" "))
    candidates = [(name, rx) for name, needed, rx in _PATTERNS if not needed.isdisjoint(words)]
    if not candidates:
        return None, None
    guarded = _guard(plain)
    others = not _THIRD_SUBJECTS.isdisjoint(words)
    other_name = None
    for name, pattern in candidates:
        if not others:
            if pattern.search(guarded):
                return name, None
            continue
        for m in pattern.finditer(guarded):
            if not _said_by_other(guarded, m.start(), m.end()):
                return name, None
            other_name = other_name or name
    return None, other_name


def _project(plain: str) -> str:
    """Rewrite a message about someone else as if that person had written it.

    "my friend wants to kill himself" becomes "i want to kill myself", so the first-person
    patterns, with all their idiom and negation guards, judge it. The writer's own words are
    neutralised first ("i" becomes "xi"), so only the other person's can fire. Projected words
    are marked upper-case until the writer's are neutralised.
    """
    text = _SPECIFIC_POSSESSIVE.sub(" MY ", plain)
    text = _SPECIFIC.sub(" I ", text)
    if _KNOWN_SOMEONE.search(text) or _HELPER_FRAME.search(text):
        text = _GENERIC.sub(" I ", text)
    specific = " I " in f" {text} " or _KNOWN_THEY.search(text) is not None
    specific = specific or _THIRD_SUBJECT.search(text) or _THIRD_SUBJECT_IS.search(text)
    specific = specific or _HIS_HER.search(text)
    if not specific:  # "they" and "themselves" alone are people in general
        text = _THEIRS.sub(" ~ ", _THEY.sub(" ~ ", text))
    text = _THIRD_SUBJECT_IS.sub("I is", text)
    text = _THIRD_SUBJECT.sub("I", text)
    text = _REFLEXIVE.sub("MYSELF", text)
    text = _POSSESSIVE.sub("MY", text)
    text = _HER.sub("MY", text)
    text = _HER_OBJECT.sub("ME", text)
    text = _OBJECT_PRONOUN.sub("ME", text)
    text = _THEY.sub("I", text)
    text = _NEUTRAL_FIRST.sub(r"x\1", text)
    text = _SPACES.sub(" ", text.lower()).strip()
    text = _RELATIVE.sub("i ", text)
    return _AGREEMENT.sub(lambda m: f"i {m[1]}{_THIRD_VERBS[m[2]]}", text)


def _about_other(plain: str) -> str | None:
    """The pattern that fires of someone else the message names, or None.

    Only for a message in which the writer's own crisis did not fire. A message that names
    nobody else (no person word) is never about someone else; one without a trigger word
    cannot fire, and skips the projection.
    """
    words = set(plain.split(" "))
    if _ANCHORS.isdisjoint(words):
        return None
    if not _REFLEXIVES.isdisjoint(words):
        words.add("myself")
    if _ALL_TRIGGERS.isdisjoint(words):
        return None
    for name, needed, pattern in _OTHER_PATTERNS:
        if not needed.isdisjoint(words) and pattern.search(plain):
            return name
    projected = _project(_PAST_QUESTION.sub(" ~ ", plain))
    own, other = _scan(projected)
    if own or other:
        return own or other
    guarded = _guard(projected)
    words = set(projected.split(" "))
    for name, needed, pattern in _PROJECTED_PATTERNS:
        if not needed.isdisjoint(words) and pattern.search(guarded):
            return name
    return None
