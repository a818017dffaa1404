"""Normalisation: a message reduced to plain lower-case words before any rule reads it.

Undoes the common ways a message differs from its plain form (Unicode tricks, leetspeak,
self-censoring, stretched letters, spelled-out letters, slang and misspellings), so the rules
can be written for one canonical spelling. Pure; nothing here logs.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

from crisis import needles, spelling

# Zero-width and bidi control characters can be slipped inside a word to dodge a filter.
_INVISIBLE = needles.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Combining marks left over after NFD: accents and "zalgo" decorations.
_COMBINING = needles.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_APOSTROPHES = needles.compile("[\u2018\u2019\u201b\u02bc\u02b9`\u00b4]")

# Contractions are expanded while the apostrophe still tells "we'll" from "well".
_CONTRACTIONS = MappingProxyType(
    {"can't": "can not", "won't": "will not", "shan't": "shall not", "ain't": "am not"}
)
_CONTRACTION = needles.compile(r"\b(?:can|won|shan|ain)'t\b|n't\b|'(?:m|re|ve|ll|d)\b")
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
_DIGIT_WORD = needles.compile(
    r"\b(?:" + "|".join(_DIGIT_WORDS) + r")\b"
)
# "want 2 die": a lone 2 after a verb that takes "to".
_TWO_AS_TO = needles.compile(
    r"\b(want|wanna|going|gonna|need|have|wish|ready|trying|plan|about) 2\b"
)

_LEET = MappingProxyType(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
# Mostly between letters, so "5pm" and "3am" keep their digits; also a digit ending a word after
# two letters ("di3"), and "$" or "@" starting one ("$uicide").
_LEET_CHARS = needles.compile(
    r"(?<=[a-z])[013457@$!]+(?=[a-z])|(?<=[a-z]{2})[0135@$](?![\w@$])|(?<![\w@$])[@$](?=[a-z]{2})"
)

# Self-censoring ("k*ll", "su*c*de"): each star stands for one letter of a word worth catching.
_CENSORED = needles.compile(r"\b[a-z]*\*+[a-z*]*[a-z]\b|\b[a-z]\*+[a-z*]*")
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

_PUNCTUATION = needles.compile(r"[^\w\s]|_")

# A letter repeated three times or more: "sooooo", "diiie", "killlll".
_STRETCHED = needles.compile(r"\b[a-z]*([a-z])\1\1[a-z]*\b")
_RUN = needles.compile(r"([a-z])\1{2,}")
# Words where a stretched letter should shrink to two, not one ("killll" -> "kill", not "kil").
_DOUBLE_LETTER_WORDS = frozenset(
    "kill killing killed will still all feel feeling sleep need off too see free better bleed "
    "pills really sorry goodbye cutting cannot wanna gonna good soon hopeless worthless useless "
    "pointless stress alone anymore hell little happy help".split()
)

# Single letters spelled out with spaces ("k i l l m y s e l f"), joined only when the result
# is a word we care about (here or in _WORDS below), so "u r a star" is left alone.
_SPELLED = needles.compile(
    r"\b[a-z](?: [a-z]){2,}\b"
)
_SPELLED_WORDS = frozenset("die dead kill suicide suicidal want myself cut help".split())

# "suicide" and "suicidal" as typed in a hurry: sucide, suiside, suicde, suicidle, sucidal...
_SUICIDE_TYPO = needles.compile(
    r"\bsu+[iye]*(?:c|s|ss|sc|z)[iy]*d+(e|ial|ail|al|el|le|l)?(s|ly)?\b"
)

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
        # fentanyl's street name, which the slip fixer would otherwise read as "sent"
        "fent": "fentanyl",
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
    ("my self", needles.compile(r"\bmy self\b(?! harm)"), "myself"),
    ("any more", needles.compile(r"\bany more\b"), "anymore"),
    ("id rather", needles.compile(r"\bid rather\b"), "i would rather"),
    ("wan to", needles.compile(r"\bwan to\b"), "want to"),
    (" too ", needles.compile(r"\b(want|going|need|ready|wish|have|about) too\b(?= \w)"), r"\1 to"),
    ("sewer", needles.compile(r"\bsewer (?:slide|side)\b"), "suicide"),
    ("delete", needles.compile(r"\b(?:self delete|delete myself)\b"), "kill myself"),
    ("die m", needles.compile(r"\bdie (?:myself|me)\b"), "kill myself"),
    ("dying m", needles.compile(r"\bdying (?:myself|me)\b"), "killing myself"),
    ("dead myself", needles.compile(r"\bdead myself\b"), "killed myself"),
    ("self injur", needles.compile(r"\bself injur(?:y|ies|ing|ed|e)\b"), "self harm"),
    # "sh" is self-harm only where it reads as a noun or verb about it
    (
        " sh",
        needles.compile(
            r"\b(urges?|relapsed|relapse|relapsing|clean|from|to|on|into|doing|did|my|the|"
            r"stop|started|about) sh\b"
        ),
        r"\1 self harm",
    ),
)

_SPACES = needles.compile(r"\s+")
_HAS_LEET = needles.compile(r"[0-9@$!]")


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
    letters, letters spelled out with spaces, punctuation, frequent misspellings and slang, and
    then any typing slip one letter away from a word crises are told in (``crisis.spelling``).
    """
    return spelling.load().correct_text(unspelled(text))


def unspelled(text: str) -> str:
    """``normalise`` without the slips undone: what the spelling lists are built from."""
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
