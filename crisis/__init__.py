"""Crisis detection: does a message signal suicidal thoughts, self-harm or acute distress?

The bot answers such a message with crisis resources before anything else, so this runs on every
private text message and has to be cheap and predictable: the text is normalised (case, Unicode
tricks, leetspeak, stretched letters, common misspellings and slang), idioms that merely sound
alarming are blanked out, and then a handful of compiled English phrase patterns are tried in turn.

The patterns favour recall: a first-person message that is ambiguous about wanting to die fires,
because an unneeded list of helplines costs far less than a missed crisis. Educational questions
("does ketamine reduce suicidal thoughts?") are not first-person and do not fire.

A message about someone else in crisis ("my son said he wants to die") is told apart, so the bot
can answer the worried friend or parent as a helper: a phrase whose subject is plainly another
person is theirs, and the message is then rewritten as if that person had written it ("i want
to die") and judged by the same patterns and guards. Whenever it is unclear whose crisis it is,
it is the writer's own.

Pure functions only; nothing here logs, because the text must never reach a log.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

__all__ = [
    "OTHER",
    "OWN",
    "concern_for_other",
    "crisis_kind",
    "is_crisis",
    "match",
    "match_other",
    "normalise",
]

OWN = "own"  # the writer is in crisis
OTHER = "other"  # the writer is worried about someone else who is

# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

# Zero-width and bidi control characters can be slipped inside a word to dodge a filter.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Combining marks left over after NFD: accents and "zalgo" decorations.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_APOSTROPHES = re.compile("[\u2018\u2019\u201b\u02bc\u02b9`\u00b4]")

# Contractions are expanded while the apostrophe still tells "we'll" from "well".
_CONTRACTIONS = MappingProxyType(
    {"can't": "can not", "won't": "will not", "shan't": "shall not", "ain't": "am not"}
)
_CONTRACTION = re.compile(r"\b(?:can|won|shan|ain)'t\b|n't\b|'(?:m|re|ve|ll|d)\b")
_SUFFIXES = MappingProxyType(
    {"n't": " not", "'m": " am", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would"}
)

# Digits used as whole syllables; handled before leetspeak so "4ever" is not read as "aever".
_DIGIT_WORDS = MappingProxyType(
    {
        "4ever": "forever",
        "4eva": "forever",
        "2day": "today",
        "2nite": "tonight",
        "2night": "tonight",
        "2morrow": "tomorrow",
        "2moro": "tomorrow",
        "every1": "everyone",
        "evry1": "everyone",
        "any1": "anyone",
        "no1": "no one",
        "some1": "someone",
        "b4": "before",
    }
)
_DIGIT_WORD = re.compile(r"\b(?:" + "|".join(_DIGIT_WORDS) + r")\b")
# "want 2 die": a lone 2 after a verb that takes "to".
_TWO_AS_TO = re.compile(r"\b(want|wanna|going|gonna|need|have|wish|ready|trying|plan|about) 2\b")

_LEET = MappingProxyType(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
# Mostly between letters, so "5pm" and "3am" keep their digits; also a digit ending a word after
# two letters ("di3"), and "$" or "@" starting one ("$uicide").
_LEET_CHARS = re.compile(
    r"(?<=[a-z])[013457@$!]+(?=[a-z])|(?<=[a-z]{2})[0135@$](?![\w@$])|(?<![\w@$])[@$](?=[a-z]{2})"
)

# Self-censoring ("k*ll", "su*c*de"): each star stands for one letter of a word worth catching.
_CENSORED = re.compile(r"\b[a-z]*\*+[a-z*]*[a-z]\b|\b[a-z]\*+[a-z*]*")
_CENSORABLE = (
    "kill",
    "killing",
    "suicide",
    "suicidal",
    "die",
    "dead",
    "death",
    "myself",
    "cut",
    "cutting",
    "overdose",
    "harm",
    "hang",
)

_PUNCTUATION = re.compile(r"[^\w\s]|_")

# A letter repeated three times or more: "sooooo", "diiie", "killlll".
_STRETCHED = re.compile(r"\b[a-z]*([a-z])\1\1[a-z]*\b")
_RUN = re.compile(r"([a-z])\1{2,}")
# Words where a stretched letter should shrink to two, not one ("killll" -> "kill", not "kil").
_DOUBLE_LETTER_WORDS = frozenset(
    "kill killing killed will still all feel feeling sleep need off too see free better bleed "
    "pills really sorry goodbye cutting cannot wanna gonna good soon hopeless worthless useless "
    "pointless stress alone anymore hell little happy help".split()
)

# Single letters spelled out with spaces ("k i l l m y s e l f"), joined only when the result
# is a word we care about (here or in _WORDS below), so "u r a star" is left alone.
_SPELLED = re.compile(r"\b[a-z](?: [a-z]){2,}\b")
_SPELLED_WORDS = frozenset("die dead kill suicide suicidal want myself cut help".split())

# "suicide" and "suicidal" as typed in a hurry: sucide, suiside, suicde, suicidle, sucidal...
_SUICIDE_TYPO = re.compile(r"\bsu+[iye]*(?:c|s|ss|sc|z)[iy]*d+(e|ial|ail|al|el|le|l)?(s|ly)?\b")

# Whole-word slang and misspellings. Canonical forms: "do not", "want to", "i am", "kill myself".
_WORDS = MappingProxyType(
    {
        # contractions typed without the apostrophe
        "dont": "do not",
        "doesnt": "does not",
        "didnt": "did not",
        "cant": "can not",
        "cannot": "can not",
        "cnt": "can not",
        "couldnt": "could not",
        "wont": "will not",
        "wouldnt": "would not",
        "shouldnt": "should not",
        "isnt": "is not",
        "arent": "are not",
        "wasnt": "was not",
        "werent": "were not",
        "havent": "have not",
        "hasnt": "has not",
        "hadnt": "had not",
        "aint": "am not",
        "im": "i am",
        "iam": "i am",
        "ive": "i have",
        "imma": "i am going to",
        "ima": "i am going to",
        "whats": "what is",
        "thats": "that is",
        "theres": "there is",
        "lifes": "life is",
        # texting
        "wanna": "want to",
        "wana": "want to",
        "wnat": "want",
        "watn": "want",
        "gonna": "going to",
        "gna": "going to",
        "gotta": "got to",
        "tryna": "trying to",
        "kinda": "kind of",
        "sorta": "sort of",
        "u": "you",
        "ur": "your",
        "r": "are",
        "b": "be",
        "rn": "right now",
        "atm": "right now",
        "rly": "really",
        "realy": "really",
        "pls": "please",
        "plz": "please",
        "ppl": "people",
        "noone": "no one",
        "nobdy": "nobody",
        "abt": "about",
        "tonite": "tonight",
        "tmrw": "tomorrow",
        "tmr": "tomorrow",
        "anymor": "anymore",
        "nemore": "anymore",
        "anymoree": "anymore",
        "bc": "because",
        "cuz": "because",
        "coz": "because",
        # the words that matter, misspelt
        "kms": "kill myself",
        "kil": "kill",
        "hav": "have",
        "cuting": "cutting",
        "cuttin": "cutting",
        "diee": "die",
        "dei": "die",
        "kiling": "killing",
        "killin": "killing",
        "myslef": "myself",
        "mysef": "myself",
        "myslf": "myself",
        "mysefl": "myself",
        "mysel": "myself",
        "mself": "myself",
        "meself": "myself",
        "myselfe": "myself",
        "killmyself": "kill myself",
        "iwant": "i want",
        "endit": "end it",
        "wanttodie": "want to die",
        "iwanttodie": "i want to die",
        "endmylife": "end my life",
        "ded": "dead",
        "dieing": "dying",
        "dyin": "dying",
        "lyf": "life",
        "tierd": "tired",
        "tird": "tired",
        "selfharm": "self harm",
        "selfharming": "self harming",
        "selfharmed": "self harmed",
        "sewerslide": "suicide",
        "unalive": "die",
        "unaliving": "dying",
        "unalived": "dead",
        "od": "overdose",
        "oding": "overdosing",
        "commiting": "committing",
        "comitting": "committing",
        "comit": "commit",
        "ourselves": "myself",
    }
)

# Multi-word fixes, applied in order after the single-word ones. Each starts with a plain
# substring that must be present, which skips the regex for almost every message.
_PHRASES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("my self", re.compile(r"\bmy self\b(?! harm)"), "myself"),
    ("any more", re.compile(r"\bany more\b"), "anymore"),
    ("id rather", re.compile(r"\bid rather\b"), "i would rather"),
    ("wan to", re.compile(r"\bwan to\b"), "want to"),
    (" too ", re.compile(r"\b(want|going|need|ready|wish|have|about) too\b(?= \w)"), r"\1 to"),
    ("sewer", re.compile(r"\bsewer (?:slide|side)\b"), "suicide"),
    ("delete", re.compile(r"\b(?:self delete|delete myself)\b"), "kill myself"),
    ("die m", re.compile(r"\bdie (?:myself|me)\b"), "kill myself"),
    ("dying m", re.compile(r"\bdying (?:myself|me)\b"), "killing myself"),
    ("dead myself", re.compile(r"\bdead myself\b"), "killed myself"),
    ("self injur", re.compile(r"\bself injur(?:y|ies|ing|ed|e)\b"), "self harm"),
    # "sh" is self-harm only where it reads as a noun or verb about it
    (
        " sh",
        re.compile(
            r"\b(urges?|relapsed|relapse|relapsing|clean|from|to|on|into|doing|did|my|the|"
            r"stop|started|about) sh\b"
        ),
        r"\1 self harm",
    ),
)

_SPACES = re.compile(r"\s+")
_HAS_LEET = re.compile(r"[0-9@$!]")


def _expand_contraction(m: re.Match[str]) -> str:
    word = m[0]
    return _CONTRACTIONS.get(word) or _SUFFIXES[word]


def _unleet(m: re.Match[str]) -> str:
    return "".join(_LEET[c] for c in m[0])


def _uncensor(m: re.Match[str]) -> str:
    token = m[0]
    for word in _CENSORABLE:
        if len(word) == len(token) and all(t in ("*", w) for t, w in zip(token, word, strict=True)):
            return word
    return token


def _shrink_stretched(m: re.Match[str]) -> str:
    """Shrink each run of 3+ letters to one, or to two where that makes a word we know."""
    token = m[0]
    single = _RUN.sub(r"\1", token)
    runs = list(_RUN.finditer(token))
    if len(runs) > 3:  # pathological input; don't try every combination
        return single
    for mask in range(1, 1 << len(runs)):
        parts, last = [], 0
        for i, run in enumerate(runs):
            parts.append(token[last : run.start()])
            parts.append(run[1] * (2 if mask >> i & 1 else 1))
            last = run.end()
        parts.append(token[last:])
        candidate = "".join(parts)
        if candidate in _DOUBLE_LETTER_WORDS:
            return candidate
    return single


def _join_spelled(m: re.Match[str]) -> str:
    joined = m[0].replace(" ", "")
    if joined in _SPELLED_WORDS:
        return joined
    return _WORDS.get(joined, m[0])


def _fix_suicide(m: re.Match[str]) -> str:
    ending = m[1] or ""
    return "suicidal" if ending not in ("", "e") else "suicide"


def normalise(text: str) -> str:
    """Reduce a message to lower-case words separated by single spaces.

    Undoes the common ways a message differs from its plain form: full-width and accented
    letters, invisible characters, leetspeak between letters, self-censoring stars, stretched
    letters, letters spelled out with spaces, punctuation, and frequent misspellings and slang.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFD", text))
        text = unicodedata.normalize("NFC", _APOSTROPHES.sub("'", text))
    text = text.casefold()
    # The cheap membership checks skip steps that cannot apply; the handler runs this on every
    # message, and most messages have no apostrophe, digit or star.
    if "'" in text:
        text = _CONTRACTION.sub(_expand_contraction, text).replace("'", "")
    if _HAS_LEET.search(text):
        text = _DIGIT_WORD.sub(lambda m: _DIGIT_WORDS[m[0]], text)
        text = _TWO_AS_TO.sub(r"\1 to", text)
        text = _LEET_CHARS.sub(_unleet, text)
    if "*" in text:
        text = _CENSORED.sub(_uncensor, text)
    text = _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()
    if _RUN.search(text):
        text = _STRETCHED.sub(_shrink_stretched, text)
    text = _SPELLED.sub(_join_spelled, text)
    if "su" in text:
        text = _SUICIDE_TYPO.sub(_fix_suicide, text)
    text = " ".join(_WORDS.get(word, word) for word in text.split(" "))
    for needle, pattern, replacement in _PHRASES:
        if needle in text:
            text = pattern.sub(replacement, text)
    return text


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _compile(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives that each begin at the start of a word.

    The leading check lets the engine reject every position inside a word at once, instead of
    trying each of a few dozen alternatives there; it makes the patterns about three times faster.
    """
    return re.compile(r"(?<![a-z])(?=[a-z])" + _any(*alternatives))


# Filler words that may sit between the parts of a phrase: "i just really want to die".
_ADV = (
    r"(?:(?:just|really|so|honestly|seriously|literally|actually|kind of|sort of|genuinely|"
    r"truly|still|even|all|finally|probably|definitely|totally|almost|lowkey|low key|legit|"
    r"sometimes|often|always|constantly|also|very|fucking|fking|fkn|damn|simply|only|now|then|"
    r"too|again|already|secretly|quietly|desperately|badly|sincerely|pretty|quite|a bit|bit|"
    r"tbh|ngl|fr|more and more)\s+)*"
)

# What someone intends, plans or contemplates, before the act itself.
_INTENT = _any(
    r"want(?:s|ed|ing)? to",
    r"going to",
    r"about to",
    r"plan(?:s|ned|ning)? (?:to|on)",
    r"ready to",
    r"decided to",
    r"(?:made up )?my mind (?:up )?to",
    r"need to",
    r"tempted to",
    r"urges? to",
    r"(?:trying|tried|try|attempt(?:s|ed|ing)?|intend(?:s|ed|ing)?) to",
    r"wish i could",
    r"will",
    r"would",
    r"might",
    r"may",
    r"could",
    r"should",
    r"(?:thinking|thought|think|dreaming|fantasi[sz]ing) (?:about|of)",
    r"feel(?:ing)? like",
    r"felt like",
    r"consider(?:ing)?",
    r"contemplat(?:e|ing)",
    r"(?:how|ways?|best way|easiest way|time) to",
    r"i am",
    r"am",
    r"been",
    r"keep",
    r"kept",
    r"started",
    r"(?:tonight|today|tomorrow) i",
)

_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|sleeping pills|painkillers|paracetamol|tylenol)"
)

# Acts that need an intent before them to mean anything ("end it", "overdose", "jump off").
_ACT = _any(
    r"commit(?:ting)? suicide",
    r"end(?:ing)? (?:it all|it|things|everything|my life|my own life|myself|this life)",
    r"tak(?:e|ing) my (?:own )?life",
    r"overdos(?:e|ing)(?: on)?",
    r"tak(?:e|ing) (?:too many|a handful of|a bunch of|loads of|a lot of|(?:the|a) whole "
    r"(?:bottle|pack|packet|box) of|all (?:of )?(?:my |the )?" + _PILLS + r" (?:at once|tonight|"
    r"together))(?: my| the)? " + _PILLS,
    r"jump(?:ing)? (?:off|from|in front of|under)",
    r"step(?:ping)? in front of",
    r"driv(?:e|ing) (?:my car |the car )?(?:into|off) (?:a|the)",
    r"crash(?:ing)? my car",
)

# Wanting not to be alive; "die" is weaker than the acts above, so its intents are narrower.
_DIE = _any(
    r"die",
    # "want to dye" with nothing to dye is a typo for die
    r"dye(?= *$| right now| so| tbh| tonight| today| already)",
    r"dying",
    r"be dead",
    r"not (?:be )?(?:alive|exist)",
    r"not existing",
    r"not be (?:here|around) (?:anymore|any longer)",
    r"stop existing",
    r"disappear (?:forever|for good|permanently)",
    r"(?:go to )?sleep (?:forever|and never wake up|and not wake up)",
    r"never wake up",
    r"not wake up",
    r"be gone",
    r"cease to exist",
)
_DIE_INTENT = _any(
    r"want(?:s|ed|ing)? to",
    r"wish i could",
    r"wish to",
    r"ready to",
    r"plan(?:ning)? to",
    r"decided to",
    r"deserve to",
    r"should",
    r"need to",
    r"long to",
    r"hope to",
    r"would rather",
    r"rather",
    r"feel(?:ing)? like",
)
# "I'd rather die than sing karaoke" is hyperbole; "...than live like this" is not.
_NOT_TRIVIAL_THAN = (
    r"(?! than (?!live|living|go on|going on|keep|continue|feel|face|be alive|exist|wake))"
)

_BE_DEAD = r"(?:dead|gone|never born|never been born|not born|not alive|not here|not around)"

# Each pattern comes with the words it cannot match without (after normalisation): a message
# that has none of them skips that pattern's regex, and one that has none for any pattern skips
# the guard as well. A new alternative in a pattern must add its key word here.
_PATTERNS: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    (
        "suicide",
        _words(
            "myself suicidal suicide plan means rope gun blade razor knife noose jump jumping life "
            "end ending overdose overdosing step stepping drive driving crash crashing dying "
            "existing being pills tablets meds medication medicine painkillers paracetamol tylenol"
        ),
        _compile(
            r"\bkill(?:ing|ed|s)? myself\b",
            r"\b(?:am|feel|feeling|felt|been|getting|becoming|become|so|i)\s+"
            + _ADV
            + r"suicid(?:al|e)\b",
            r"\bsuicidal (?:again|right now|tonight|today|lately|af)\b",
            r"^(?:feeling |so |very |really )?suicidal$",
            r"\b(?:suicidal|suicide) (?:thoughts?|feelings?|urges?|ideation) (?:again|"
            r"right now|tonight|today|lately|every day|all the time|are back|is back|came back|"
            r"coming back)\b",
            r"\b(?:i|my|having|have|have had|has had|i get|getting|been|keep|struggle with|"
            r"struggling with|dealing with|experiencing|fighting|battling)\s+"
            + _ADV
            + r"(?:suicidal|suicide) (?:thoughts?|ideation|feelings?|urges?|thinking|"
            r"impulses|tendencies|plans?)\b",
            r"\bmy suicide\b",
            r"\bi (?:have |had )?" + _ADV + r"(?:attempted|tried) suicide\b",
            r"\b(?:i have|i had|i made|i wrote|i survived|have|made|wrote) a suicide "
            r"(?:plan|note|attempt)\b",
            r"\b(?:have|got) (?:a|the) plan and (?:the )?(?:means|pills|rope|gun)\b",
            r"\b(?:have|got) the means\b",
            r"\b(?:have|got|holding|with) (?:the|my|a|all my|all the) (?:pills|rope|gun|blade|"
            r"razor|knife|noose) (?:in front of me|in my hand|right here|next to me)\b",
            # a bare "jump" at the end of the message: "i'm on the roof and i want to jump"
            r"\b" + _INTENT + r"\s+" + _ADV + r"jump(?= *$| now| tonight| right now)",
            r"\b(?:want(?:s|ed|ing)? to|going to|about to|plan(?:ning)? (?:to|on)|ready to|"
            r"decided to|thinking (?:about|of)|tempted to|urges? to|might|will|should) "
            + _ADV
            + r"tak(?:e|ing) all (?:of )?(?:my |the |these |those )?"
            + _PILLS
            + r"\b(?! (?:on time|as prescribed|every|daily|today|this morning|in the morning|"
            r"regularly|with food)\b)",
            r"\b(?:(?:thinking|think|thought) (?:about|of)|considering|contemplating|planning|"
            r"plan)\s+"
            + _ADV
            + r"(?:suicide|killing myself|taking my (?:own )?life|ending (?:it|my life)|dying|"
            r"not existing|not being (?:here|alive|around))\b",
            r"\b" + _INTENT + r"\s+" + _ADV + _ACT + r"\b",
            r"\b(?:end|ending) (?:it all|my life|my own life)\b",
            r"\b(?:hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|"
            r"suffocate|suffocating|strangle|strangling|electrocute|electrocuting|gas|stab|"
            r"stabbing) myself\b",
            r"\b(?:tak(?:e|ing)|took) my (?:own )?life\b",
        ),
    ),
    (
        "death_wish",
        _words(
            "die dye dying dead alive exist existing disappear disappeared disappearing sleep wake "
            "gone cease here around born existed died dies wish wished hope hoping pray praying "
            "want wants wanted wanting like care need waiting why hate"
        ),
        _compile(
            r"\b" + _DIE_INTENT + r"\s+" + _ADV + _DIE + r"\b" + _NOT_TRIVIAL_THAN,
            r"\b(?:wish|wished|hope|hoping|pray|praying)(?: that)? i\s+"
            + _ADV
            # the second run of filler only after a verb: two adjacent runs would be quadratic
            + r"(?:(?:was|were|would|could|had|did|will|may|might|do)\s+"
            + _ADV
            + r")?(?:(?:never|not) (?:been |be )?(?:born|alive|here|around|existed|exist)|"
            r"(?:be |been )?(?:dead|gone)|die|died|dies|(?:not|never) wake up|disappear\w*|"
            r"stop existing)\b",
            r"\bbetter off dead\b",
            r"\b(?:do not|no longer|never|not) "
            + _ADV
            + r"(?:want|wish|like|care) to "
            + _ADV
            + _any(
                r"live\b(?! (?:in|with|near|at|on|there|abroad|by|under|alone|somewhere)\b)",
                r"be alive",
                r"exist",
                r"be here (?:anymore|any longer|on (?:this )?earth|in this world|at all)",
                r"be around (?:anymore|any longer|much longer)",
                r"wake up\b(?! (?:early|at|before|for|so early|that early|in the)\b)",
                r"keep (?:living|going|breathing)\b(?! (?:to|on|with)\b)",
                r"go on(?: living)?\b(?= *$| anymore| any longer| like this)",
                r"see (?:tomorrow|another day)",
                r"breathe anymore",
            ),
            r"\bdo not care (?:if|whether) i (?:live|die|wake up|am alive|survive)\b",
            r"\bstop (?:wanting|wishing) to die\b",
            r"\bwhy (?:am i|do i|should i) "
            + _ADV
            + r"(?:alive|living|exist|existing|breathing|keep living|keep going|go on|"
            r"stay alive|wake up)\b",
            r"\bhate (?:being alive|existing|living|my existence)\b",
            r"\b(?:want|wish|need|hope|hoping|pray|praying|waiting for) (?:someone|somebody|"
            r"something|anyone|god|a car|a bus|a truck|cancer|the universe|death) (?:would |"
            r"to |will |could |might )?(?:just |finally |please )?(?:kill me|end me|"
            r"end my life|hit me|run me over|take my life)\b",
        ),
    ),
    (
        "hopelessness",
        _words(
            "reason point will sense live living worth tired sick exhausted weary done give giving "
            "want feel feeling death dying die suicide funeral"
        ),
        _compile(
            r"\b(?:no|any|the|what is the|what s the) "
            + _ADV
            + r"(?:reason|point|will|sense) (?:for me )?(?:to|in|of|for) "
            + _ADV
            + r"(?:live|living|being alive|going on|carrying on|keep going|keep living|"
            r"staying alive|existing|exist|life|being here|waking up|wake up|"
            r"trying anymore|anything anymore)\b",
            r"\b(?:nothing|no one|nobody) (?:left )?(?:to|worth) (?:live|living) for\b",
            r"\b(?:no|lost (?:the|my|all)|lost all|losing (?:the|my)|have no) "
            + _ADV
            + r"will to live\b",
            r"\bnot worth (?:living|it anymore|it any more|it any longer)\b",
            r"\b(?:life|living|my life|existence|being alive) (?:is |feels |seems )?"
            + _ADV
            + r"(?:not|no longer|never) "
            + _ADV
            + r"worth (?:it|living|anything)\b",
            r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|"
            r"being here|waking up|being me|breathing|this life)\b",
            r"\bdone with (?:life|living|being alive|existing|this life|it all)\b",
            r"\bgive up on (?:life|living)\b|\bgiving up on (?:life|living)\b",
            r"\bwant (?:it all|everything|it|the pain|this pain|this|all of this|all this|"
            r"the suffering) "
            + _ADV
            + r"to (?:end|stop|be over)\b(?! (?:raining|snowing|for|so|when|before)\b)",
            r"\bfeel(?:ing)? like "
            + _ADV
            + r"(?:i am dying|i am going to die|ending it|giving up on life)\b",
            r"\b(?:way out|option|answer|solution|choice|escape)(?: left)? (?:is |except |but |"
            r"other than |besides )(?:death|dying|to die|suicide)\b",
            r"\b(?:death|dying|suicide) (?:is|seems|feels like) "
            + _ADV
            + r"(?:the|my) (?:only|best|last) (?:way out|option|answer|solution|choice|"
            r"escape)\b",
            r"\bthink(?:ing)? about (?:death|dying|my death|my funeral) (?:all the time|"
            r"constantly|every day|a lot|nonstop|so much|more and more)\b",
        ),
    ),
    (
        "burden",
        _words("without if burden miss whether"),
        _compile(
            r"\b(?:better(?: of+)?|happier|easier|fine) " + _ADV + r"without me\b",
            r"\b(?:better|happier|easier|relieved|fine)(?: off)? if i "
            + _ADV
            + r"(?:(?:was|were|had|did)\s+"
            + _ADV
            + r")?(?:not )?(?:"
            + _BE_DEAD
            + r"|died|disappeared|existed|did not exist|killed myself)\b",
            r"\b(?:i am|i feel like|feel like|i feel|am) "
            + _ADV
            + r"(?:a|such a|nothing but a|the|only a|just a) "
            + _ADV
            + r"burden\b",
            r"\b(?:nobody|no one|none of them|not a single person) (?:would|will|is going to|"
            r"wants to|does|gives a \w+) " + _ADV + r"(?:miss me|notice|care|cry|mind)\b"
            r".{0,20}\bif i (?:\w+ )?(?:died|dead|gone|disappeared|killed myself|vanished|"
            r"existed|here|around)\b",
            r"\bno one would miss me\b|\bnobody would miss me\b",
            r"\b(?:nobody|no one|does anyone|would anyone|does anybody|would anybody) "
            r"(?:cares|would care|will care|care|gives a \w+|would notice|notice) "
            r"(?:if|whether) i (?:live or die|die|died|am dead|disappeared|disappear|"
            r"killed myself)\b",
            r"\b(?:care|notice|miss me|matter|be happier|be relieved|be better|be fine|be sad|"
            r"even know) (?:\w+ ){0,3}?if i (?:\w+ )?(?:died|dead|gone|disappeared|"
            r"killed myself|vanished)\b",
        ),
    ),
    (
        "self_harm",
        _words(
            "myself cut cutting cuts slit slitting slash slashing carve carving harm harming "
            "harmed harms bleed bleeds brains bullet gun noose"
        ),
        _compile(
            r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|"
            r"harmed|starve|starving|starved|mutilate|mutilating|bruise|bruising) myself\b",
            r"\b(?:cut|cutting|cuts|slit|slitting|slash|slashing|carve|carving) (?:into )?my "
            r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|throat|veins?)\b",
            r"\bcutting (?:again|agian)\b",
            r"\b(?:keep|kept|been|started|start|want to|urges? to|can not stop|stop) "
            + _ADV
            + r"(?:hitting|punching|slapping|biting|scratching|hit|punch|bite|"
            r"scratch) myself\b",
            r"\b(?:i|me|my|am|was|been|started|start|keep|kept|stop|stopped|relapsed|relapse|"
            r"relapsing|relapsed on|relapsed into|relapse on|urges? to|urge|want to|going to|"
            r"still|clean from|clean of|struggling with|struggle with|again)\s+"
            + _ADV
            + r"self harm(?:ing|ed|s)?\b",
            r"\bself harm(?:ing|ed)? (?:again|urges?|relapse)\b",
            r"\b(?:until|till|til) (?:i|it) (?:bleed|bleeds)\b",
            r"\bmake (?:myself|me) bleed\b",
            r"\bset myself on fire\b",
            r"\bblow my brains out\b",
            r"\bput a (?:bullet|gun) (?:in|to|through) my (?:head|brain|mouth)\b",
            r"\b(?:tied|made|bought|have|got) (?:a|the) noose\b",
        ),
    ),
    (
        "overdose",
        _words(
            "overdosed odd oded took taken had swallowed downed pills tablets meds medication "
            "medicine painkillers paracetamol tylenol"
        ),
        _compile(
            r"\bi (?:just )?(?:overdosed|odd|oded)\b",
            r"\b(?:took|have taken|taken|had|swallowed|downed) (?:an overdose|too many "
            + _PILLS
            + r"|(?:a|the) whole (?:bottle|pack|packet|box)|(?:all|a handful|a bunch|loads|"
            r"a lot)(?: of)? (?:my |the )?"
            + _PILLS
            + r"(?= at once| on purpose| to| tonight)|a handful|loads of "
            + _PILLS
            + r"|a lot of "
            + _PILLS
            + r"|a bunch of "
            + _PILLS
            + r")",
            r"\b(?:took|have taken|taken|swallowed|downed) [1-9][0-9]+ (?:of )?(?:my |the )?"
            + _PILLS
            + r"\b",
            r"\b(?:saving|stockpiling|hoarding|collecting|saved|stockpiled|hoarded|"
            r"been saving) (?:up )?(?:my |some |all my |enough )?" + _PILLS + r"\b",
            r"\benough " + _PILLS + r" to (?:die|kill|end|overdose|do it|not wake up)\b",
        ),
    ),
    (
        "goodbye",
        _words("goodbye goodbyes bye farewell end last final time will away suicide again forgive"),
        _compile(
            r"\b(?:goodbye|good bye|bye|farewell) (?:everyone|everybody|world|cruel world|"
            r"forever|for good|for ever|my friends)\b",
            r"\bthis is " + _ADV + r"(?:my )?(?:goodbye|good bye|farewell|the end for me|"
            r"my last (?:message|goodbye|words|post|text|night|day))\b",
            r"\b(?:my|these are my) (?:last|final) (?:words|message|goodbye)\b",
            r"\blast (?:day|night) (?:alive|on earth|on this earth|of my life)\b",
            r"\bby the time (?:you|anyone|someone|they|somebody) (?:read|reads|see|sees|find|"
            r"finds|get|gets) this\b",
            r"\bwill not be " + _ADV + r"(?:alive|around much longer|here much longer|"
            r"here for much longer|here for long|around for much longer|here by morning|"
            r"alive by)\b",
            r"\b(?:giving|give|gave|given) away (?:all (?:of )?my (?:stuff|things|belongings|"
            r"possessions)|my (?:belongings|possessions))\b",
            r"\b(?:wrote|written|writing|write|left|leaving|finished|drafted|drafting) "
            + _ADV
            + r"(?:a |my |the )?(?:suicide|goodbye|farewell) (?:note|notes|letters?|message|"
            r"video)\b",
            r"\b(?:sorry for everything|thank you for everything|thanks for everything|"
            r"i love you all) " + _ADV + r"(?:goodbye|good bye|bye|farewell|forgive me)\b",
            r"\b(?:never|not) (?:hear from|see) me again\b(?! (?:if|unless)\b)",
            r"\bsaying (?:my )?goodbyes?(?= *$| to (?:everyone|everybody|my (?:family|friends|"
            r"loved ones|kids|children|parents)))",
            r"\b(?:sorry|forgive me|i love you|i love you all|love you all) "
            + _ADV
            + r"(?:goodbye|good bye|farewell)\b",
        ),
    ),
    (
        "distress",
        _words("not unable longer safe myself attack breathe dying"),
        _compile(
            r"\b(?:can not|could not|unable to|not able to|no longer) "
            + _ADV
            + _any(
                r"go on\b(?! (?:a|an|the|holiday|vacation|trips?|tour|that|this|with|about|"
                r"stage|air|tv|dates?|rides?|leave|strike|my|our|your|it|there|here|"
                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
                r"today|tonight|instagram|twitter|facebook|tiktok|line|online|the internet)\b)",
                r"keep (?:going|living)\b(?! (?:to|on|with|back)\b)",
                r"carry on\b(?! (?:with|the|a)\b)",
                r"live like this",
                r"take (?:it|this|the pain|this pain|much more|any more|anymore)"
                r"(?: anymore| any longer| much longer)",
                r"take (?:the|this) pain",
                r"do this (?:anymore|any longer|much longer)",
                r"do (?:it|this|life) anymore",
                r"cope (?:anymore|any longer|with (?:life|anything|everything|it all|"
                r"this life|being alive|the pain))",
                r"handle (?:it|this|life|anything) (?:anymore|any longer)",
                r"handle life",
                r"bear (?:it|this|the pain) (?:anymore|any longer)",
                r"hold on (?:anymore|any longer|much longer)",
                r"stand (?:being alive|living|myself|this life)",
            ),
            r"\bi am " + _ADV + r"not " + _ADV + r"safe\b(?! (?:to|for|at|driving|on|online|"
            r"with (?:my|the|this) (?:data|password|info|information|account|money))\b)",
            r"\b(?:do not|no longer) feel safe\b(?! (?:to|for|driving|on|online|in (?:the|this"
            r"|my) (?:car|city|area|neighbou?rhood|country)|with (?:my|the|this) (?:data|"
            r"password|info|information|account|money))\b)",
            r"\bnot safe (?:from|with|around) myself\b",
            r"\bhow (?:much )?longer (?:can i|i can) "
            + _ADV
            + r"(?:hold on|keep going|go on|do this|take (?:it|this)|keep living|survive)\b",
            r"\bnot (?:going to|gonna) (?:make it|survive) (?:through )?(?:tonight|the night|"
            r"today|this (?:night|week))\b",
            r"\bdo not trust myself\b(?! to (?!not))",
            r"\b(?:i am|am|i think i am|currently|in the middle of)\s+"
            + _ADV
            + r"(?:having )?(?:a |an )?(?:panic|anxiety) attack\b",
            r"^(?:having )?(?:a |an )?(?:panic|anxiety) attack\b(?! (?:is|are|was))",
            r"\b(?:panic|anxiety) attack (?:right now|now|again)\b",
            r"\b(?:panic|panicking|anxiety|shaking|heart (?:is )?(?:racing|pounding)|"
            r"i (?:think|feel like) i am dying) (?:\w+ ){0,6}?(?:can not|could not) breathe\b",
            r"\b(?:can not|could not) breathe (?:\w+ ){0,6}?(?:panic|panicking|anxiety|"
            r"shaking|heart|chest|dying|scared|terrified|help)\b",
            r"\b(?:i feel like|i think|feels like) i am dying\b",
        ),
    ),
)

# Idioms and third-person or negated uses that contain a crisis phrase but are not one.
# Whatever matches is blanked out before the patterns run.
_THIRD_PERSON = (
    r"(?:people|patients|someone|somebody|anyone|anybody|everyone|those|person|persons|"
    r"individuals|others|users|folks|he|she|they|you|who|many|most|adults|teens|teenagers|kids|"
    r"children|men|women|veterans|clients)"
)
_GUARD = _compile(
    # "people who want to die", "you feel suicidal", "patients having suicidal thoughts"
    r"\b" + _THIRD_PERSON + r" (?:who |that )?(?:(?!i\b)\w+ )?(?:want|wants|wanted|wanting|"
    r"wish|wishes|wished|feel|feels|feeling|felt|are|is|was|were|be|been|become|becomes|get|"
    r"gets|getting|experienc\w*|have|has|had|having|think|thinks|thinking|thought|struggle|"
    r"struggles|struggling|deal|deals|dealing|suffer|suffers|suffering|commit|commits|attempt|"
    r"attempts|attempted)\b",
    # modal verbs only after pronouns and generic nouns, so "i wish someone would kill me" stays
    r"\b(?:you|people|patients|they|he|she|one|users) (?:could|would|might|can|will|may|"
    r"should)\b",
    # negated intent: "i am not going to kill myself", "not suicidal", "i do not want to die";
    # never "trying not to" or "to not", which are pleas, not denials
    r"(?<!trying )(?<!try )(?<!tried )(?<!how )(?<!hard )\b(?:not|never|no longer) "
    r"(?:going to |planning to |want to |wanting to |wish to |actually |ever |really |be )?"
    r"(?:kill myself|suicidal|die|hurt myself|self harm\w*|commit suicide|end my life)\b",
    r"\bused to (?:be |feel )?(?:suicidal|self harm|cut myself|want to die)\b",
    # idioms
    r"\bdying (?:to|for)\b",
    r"\b(?:die|died|dying|dies) (?:of|from) (?:laughter|laughing|embarrassment|shame|boredom|"
    r"cringe|cuteness|curiosity|thirst|hunger|heat|jealousy|envy)\b",
    r"\b(?:die|died|dying) laughing\b",
    r"\bbored to death\b",
    r"\bto die for\b",
    r"\bdie for (?:a|an|some|this|that|my|your|his|her|our|the|you|him|them|it|pizza|coffee|"
    r"chocolate|cake|food|love)\b",
    r"\b(?:die|dye|dying|dyeing|dyed) (?:my|her|his|the|your|our) (?:hair|clothes|shirt|jeans|"
    r"beard|eyebrows|roots)\b",
    r"\bdie hard\b",
    r"\bdie on (?:this|that|the|a|every) hill\b",
    r"\bsuicide (?:squad|prevention|rates?|risk|statistics|hotline|helpline|awareness|research|"
    r"warning)\b",
    r"\bkill(?:ing|ed)? myself (?:laughing|with laughter|to (?:finish|get|make|meet|pay|keep|"
    r"hit|please)|at (?:work|the gym|the office)|over (?:this|that|it|work|my (?:thesis|essay|"
    r"job|work))|working|studying)\b",
    r"\b(?:been |am )?killing myself (?:at|in) (?:the )?(?:gym|work|office)\b",
    r"\bshoot myself in the foot\b|\bshot myself in the foot\b",
    r"\b(?:cut|cutting) myself (?:some|a little|a bit of|any|a) (?:slack|slice|piece|break|"
    r"deal)\b",
    r"\b(?:cut|cutting) myself off\b",
    r"\bburn(?:ed|t|ing)? myself out\b",
    r"\baccident(?:al)?ly (?:cut|burn\w*|hurt\w*)\b",
    r"\b(?:cut|burned|burnt|burn|hurt|scratched) myself (?:really |badly |a bit |a little )?"
    r"(?:shaving|cooking|chopping|slicing|peeling|opening|making|ironing|gardening|skiing|"
    r"running|playing|lifting|working out|training|climbing|falling|during|while|when|"
    r"by accident|accidentally|at (?:the |work|football|practice|training)|in (?:the )?"
    r"(?:kitchen|gym|garden|game|match)|on (?:a|an|the|some) (?:knife|paper|glass|stove|oven|"
    r"pan|kettle|iron|tin|can|nail|fence|grill|hob|toaster|barbecue|bbq|edge|corner|table))\b",
    r"\bend (?:it|things) (?:with|here|there|for (?:now|today|the day|this week)|early|"
    r"at (?:the|this)|after|on a (?:high|good))\b",
    r"\b(?:tak(?:e|ing)|took) my (?:own )?life (?:back|in|into|to|seriously|more|forward|"
    r"savings|story|experience)\b",
    r"\b(?:in|at) the end it all\b",
)


# --------------------------------------------------------------------------------------------
# Whose crisis: the writer's own, or someone else's
# --------------------------------------------------------------------------------------------

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
_SPECIFIC = re.compile(
    r"\b(?:(?:my|our) " + _NOUN_ADJ + _NOUN + r"|a (?:close |good |best |dear )friend)\b"
    r"|\ba " + _NOUN_ADJ + _NOUN + r" (?:of (?:mine|ours)|(?:in|at|from) my (?:class|school|"
    r"team|group|group chat|dorm|office|work|year|street|building))\b"
)
# "someone" names nobody in particular; it counts when the writer knows them or asks how to help.
_SOMEONE = r"(?:someone|somebody|a person|a loved one|a friend|anyone|anybody)"
_KNOWN_SOMEONE = re.compile(
    r"\b" + _SOMEONE + r" (?:i (?:know|love|care about)|close to me|(?:in|at) my \w+(?: chat)?)\b"
    r"|\b(?:i know|i have|there is|worried about|scared for|afraid for|concerned about) "
    + _SOMEONE
    + r"\b"
)
_HELPER_FRAME = re.compile(
    r"\b(?:how (?:do|can|should|could|would|does) (?:i|we|you|one)|how to|what (?:do|should|"
    r"can|could|would) (?:i|we|you) (?:say|do|tell|ask)|ways? to|tips? (?:on|for)|advice on|"
    r"(?:want|need|trying|try) to help|help me help)\b"
)
_GENERIC = re.compile(
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
_SPECIFIC_POSSESSIVE = re.compile(r"\b(?:my|our|a) " + _NOUN_ADJ + _NOUN + r"s " + _POSSESSED)
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
_OBJECT_PRONOUN = re.compile(r"\b(?:him|them)\b")
_HER_OBJECT = re.compile(r"\bher\b")
_HIS_HER = re.compile(r"\b(?:him|his|her|himself|herself)\b")
_HER = re.compile(
    r"\bher\b(?! (?:and|to|that|if|when|so|again|because|but|or|off|out|up|too|anymore|now|"
    r"tonight|today|for|about|with|at|in|on|i|she|he|is|was|will|would|all|alone)\b)(?= \w)"
)
_THIRD_SUBJECT = re.compile(r"\b(?:he|she)\b")
_THIRD_SUBJECT_IS = re.compile(r"\b(?:hes|shes)\b")
_THEY = re.compile(r"\bthey\b")
_THEIRS = re.compile(r"\b(?:themselves|themself|themselfs|theirself|them|their)\b")
# "they" as one person the writer knows, not people in general
_KNOWN_THEY = re.compile(
    r"\b(?:i (?:think|fear|suspect|know|am (?:worried|scared|afraid))|(?:told|texted|messaged) "
    r"(?:me|us))(?: that)? they\b"
)
# "did Kurt Cobain kill himself": a question about a death long past, not a worry about anyone
_PAST_QUESTION = re.compile(
    r"^(?:why |how |when |where )?did (?!my\b)(?:\w+ ){1,3}?(?:kill|hang|shoot) "
    r"(?:himself|herself|themselves)\b"
)
_ME_TOO = re.compile(
    r"\b(?:so (?:am|do|have|did|would|was) i|me too|same here|i feel the same|i (?:do|am|have|"
    r"feel|did) (?:too|as well)$)"
)
_POSSESSIVE = re.compile(r"\b(?:his|their)\b")
_REFLEXIVE = re.compile(r"\b(?:" + "|".join(sorted(_REFLEXIVES)) + r")\b")
_NEUTRAL_FIRST = re.compile(r"\b(i|me|my|myself)\b")
_RELATIVE = re.compile(r"\bi (?:who|that) ")
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
_AGREEMENT = re.compile(
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
            r"the family|xmy family|my family|friends|xme)\b",
            r"\b(?:giving|give|gave|given) away (?:all )?(?:of )?my (?:stuff|things|belongings|"
            r"possessions|pets?|dog|cat|clothes|games|books)\b",
        ),
    ),
)
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


def _guard(plain: str) -> str:
    """Blank out idioms, negations and third-person uses (see _GUARD)."""
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


def _analyse(text: str) -> tuple[str | None, str | None]:
    """(first-person pattern name, someone-else pattern name) for one message; at most one."""
    if not text:
        return None, None
    plain = normalise(text)
    own, other = _scan(plain)
    if own is None and other is None:
        other = _about_other(plain)
    if other is not None and _ME_TOO.search(plain):
        return other, None  # "my son is suicidal and so am i": the writer comes first
    return own, other


def match(text: str) -> str | None:
    """Return the name of the first crisis pattern that fires on ``text``, or None.

    Only the writer's own crisis counts here; a message about someone else is ``match_other``'s.
    The name (e.g. "suicide", "self_harm", "distress") is for tests and figures; callers must
    never log it together with the text.
    """
    return _analyse(text)[0]


def is_crisis(text: str) -> bool:
    """True when ``text`` signals suicidal thoughts, self-harm or acute distress."""
    return match(text) is not None


def match_other(text: str) -> str | None:
    """The pattern that fires of someone else the message is worried about, or None.

    None as well when the writer's own crisis fires: that always comes first, so ``match`` and
    ``match_other`` never both name a pattern. The name is one of ``match``'s, or "helper" for a
    question about how to help.
    """
    return _analyse(text)[1]


def concern_for_other(text: str) -> bool:
    """True when ``text`` is about someone else who may be suicidal or harming themselves."""
    return match_other(text) is not None


def crisis_kind(text: str) -> str | None:
    """OWN, OTHER or None, in one pass: what the bot checks on every message."""
    own, other = _analyse(text)
    if own is not None:
        return OWN
    return OTHER if other is not None else None
