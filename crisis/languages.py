"""Crisis signs in the languages other than English that people write to the bot in.

English is handled by the main rules. Here each language has a small lexicon of first-person
phrases (``crisis/lexicons/``: Spanish, Portuguese, French, Italian, German, Polish, Russian,
Ukrainian, Kazakh, Uzbek, Turkish, Indonesian, Hindi in Devanagari and romanised, Arabic, Persian,
Tagalog and Nigerian Pidgin; and the plainest statements in twelve more), sorted by kind:

- ``fiction`` (a film, a novel, a song), and ``past`` with ``recovered`` (a crisis years ago,
  well now): what the message tells of rather than says, excusing all but method and overdose.
- ``routine``, ``outing`` and ``later``: what excuses an ``overdose`` (pills taken as
  prescribed), a ``place`` (a bridge with friends and a view) and a ``prepare`` ("adiós a todos,
  nos vemos mañana"); tried only when those match.
- ``guard``: idioms and uses that sound alarming but are not ("me muero de risa", "ich sterbe vor
  Langeweile", "morrendo de fome"), negations ("no quiero morir") and the topic spoken of in
  general ("la ketamina reduce las ideas suicidas"). Whatever matches is blanked first.
- ``method`` (a lethal amount, a painless way) and ``overdose`` (pills taken): the full reply,
  whoever it is said to be for (a laboratory animal's lethal dose asked for an exam, with no word
  of the writer, is study: ``crisis.studied``).
- ``intent`` (wanting to die or to kill oneself), ``passive`` (not waking up, disappearing, not
  existing, being a burden), ``prepare`` (a farewell letter, a will, things given away, a date
  chosen, pills put by), ``place`` (a bridge, a roof, the tracks), ``self_harm`` and ``despair``
  (a treatment that was the last hope and failed): the full reply.
- ``other``: the same said of someone else ("mi hermano quiere matarse"): the reply for helpers.
- ``check``: a risk that is not clear ("no aguanto más", "no veo salida"): the check-in, which
  asks.
- ``distress``: hopelessness, emptiness, panic without a sign of risk: the caring reply.

The text is folded before it is read: case-folded, accents and Arabic vowel marks dropped, a few
letters that are typed in several ways unified (Arabic alef and yeh, Persian kaf, Turkish dotless
i, Polish l), apostrophes dropped ("j'ai" reads "jai") and other punctuation made a space. The
phrases are folded the same way when compiled, so they are written with their accents. Every
phrase starts at a word's start; how it ends is its own business (a stem like "suicid" may go on).
Pure; nothing here logs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from crisis import needles
from crisis import phrases as phrases_
from crisis.lexicons import LEXICONS
from crisis.lexicons.respell import CYRILLIC_LOOKALIKES, RESPELL

GUARD = "guard"
# Words one of a lexicon's phrases always holds, read first in place of all its phrases.
PREFILTER = "prefilter"
# The kinds, in the order they are tried: the strongest reply first.
CRISIS_KINDS = (
    "method",
    "overdose",
    "intent",
    "passive",
    "prepare",
    "place",
    "self_harm",
    "despair",
)
KINDS = (*CRISIS_KINDS, "other", "check", "distress")
# What excuses a kind: pills taken as prescribed are no overdose, a bridge with friends and a view
# is no danger, a goodbye until tomorrow is no farewell. A statement of intent is never excused.
_EXCUSES = MappingProxyType({"overdose": "routine", "place": "outing", "prepare": "later"})
# A story or a crisis long past excuses any kind but these, as in English.
_NEVER_EXCUSED = frozenset({"method", "overdose"})
_TOLD = ("fiction", "past", "recovered")

# Latin, Greek and Cyrillic diacritics (a Cyrillic й and ё too), Hebrew points, Arabic vowel marks
# and the Devanagari and Gurmukhi nuktas (ਖ਼ is typed as ਖ as often as not). Indic and Thai vowel
# signs are letters in all but name and stay.
_MARKS = needles.compile("[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed\u093c\u0a3c]")
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ی",
        "ي": "ی",
        "ك": "ک",
        "ة": "ه",
        "ـ": "",
        "\u0901": "\u0902",  # Devanagari chandrabindu, often typed as anusvara
        "\u0a70": "\u0a02",  # Gurmukhi tippi, often typed as bindi
        "\u200c": "",  # the Persian half-space: "می‌خواهم" is often typed "میخواهم"
        "\u200d": "",
        "'": "",
        "\u2019": "",
        "\u2018": "",
        "\u02bc": "",
        "\u02bb": "",
        "`": "",
        "´": "",
    }
)
# Punctuation and symbols become spaces; letters, digits and Indic and Thai vowel signs stay.
_PUNCTUATION = needles.compile(r"[^\w\s\u0900-\u0e7f]|_|[\u0964\u0965]|[،؟؛]")
_CYRILLIC = needles.compile("[\u0400-\u04ff]")
_LATIN = needles.compile("[a-z]")
_START = r"(?<![\w\u0900-\u0e7f])"


def fold_letters(text: str) -> str:
    """Case, accents and alternative letters folded away; punctuation left as it is."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", _MARKS.sub("", text)).translate(_LETTERS)


@lru_cache(maxsize=4)
def fold(text: str) -> str:
    """A message as the lexicons read it: folded letters, single spaces, no punctuation.

    Texting spellings are written out ("kiero" reads "quiero"), and a Latin letter typed inside a
    Cyrillic word becomes the Cyrillic one it looks like. Kept for the last few messages: one
    message is folded for ``detect``, ``foreign`` and ``excused`` alike.
    """
    words = _PUNCTUATION.sub(" ", fold_letters(text)).split()
    return " ".join(map(_respell, words))


def _respell(word: str) -> str:
    if word.isascii():
        return RESPELL.get(word, word)
    if word in RESPELL:
        return RESPELL[word]
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return "".join(CYRILLIC_LOOKALIKES.get(c, c) for c in word)
    return word


def _compile(phrases: list[str]) -> re.Pattern[str] | None:
    """One pattern for many phrases, grouped by first letter (see ``crisis.phrases``)."""
    if not phrases:
        return None
    folded = [fold_letters(p) for p in phrases]
    return needles.compile(phrases_.grouped(folded, _START, "[\\w\\u0900-\\u0e7f]"))


class _Pieces:
    """Many phrases as a few patterns, searched one after the other.

    Compiling one pattern of a few thousand phrases builds a parse tree of tens of megabytes on
    the way; in pieces of about ``_PIECE`` characters the compile's peak memory falls by half and
    more, for about a fifth more time over a long message.
    """

    __slots__ = ("_patterns",)

    def __init__(self, phrases: list[str]) -> None:
        pieces: list[list[str]] = [[]]
        size = 0
        # A phrase that cannot be grouped by its first letter would be tried at every word of the
        # text: it is searched on its own instead, behind its needles (``crisis.needles``).
        apart = [p for p in phrases if not phrases_.groupable(fold_letters(p))]
        grouped = sorted(set(phrases) - set(apart))  # sorted: a piece keeps its letters together
        for phrase in grouped:
            if size > _PIECE:
                pieces.append([])
                size = 0
            pieces[-1].append(phrase)
            size += len(phrase)
        self._patterns = (
            *(p for p in map(_compile, pieces) if p is not None),
            *(needles.compile(f"{_START}(?:{fold_letters(p)})") for p in apart),
        )

    def search(self, text: str) -> re.Match[str] | None:
        """A match of one of the phrases, if any phrase matches (not always the first one)."""
        for pattern in self._patterns:
            found = pattern.search(text)
            if found is not None:
                return found
        return None


# 20,000 rather than 50,000: 2-3 MB less peak memory at start, with no cost a bench run shows.
_PIECE = 20_000


@lru_cache(maxsize=1)
def _patterns() -> MappingProxyType[str, re.Pattern[str] | None]:
    """Kind -> one pattern for all languages together, compiled on first use."""
    compiled: dict[str, re.Pattern[str] | None] = {}
    for kind in (GUARD, *KINDS, *_EXCUSES.values(), *_TOLD):
        phrases = [
            part
            for lexicon in LEXICONS.values()
            for phrase in lexicon.get(kind, ())
            for part in phrases_.alternatives(phrase)
        ]
        compiled[kind] = _compile(phrases)
    return MappingProxyType(compiled)


@lru_cache(maxsize=1)
def _any_kind() -> _Pieces:
    """Every kind at once: most messages show none, and a few passes over a long message tell so
    where a pass per kind would read it eleven times. A lexicon whose phrases are long may give
    instead the words one of them always holds (its ``prefilter``), which cost less memory."""
    return _Pieces(
        [
            part
            for lexicon in LEXICONS.values()
            for phrase in lexicon.get(PREFILTER) or _all_kinds(lexicon)
            for part in phrases_.alternatives(phrase)
        ]
    )


def _all_kinds(lexicon: Mapping[str, tuple[str, ...]]) -> list[str]:
    return [phrase for kind in KINDS for phrase in lexicon.get(kind, ())]


def warm_up() -> None:
    """Compile the lexicons now (about half a second), not on the first message."""
    _patterns()
    _any_kind()


def _blank(m: re.Match[str]) -> str:
    return " ~ "


# Words English uses and none of these languages does: a message with a good share of them is
# English (perhaps with a few words of another language), which the main rules read in full, so
# only the lexicons' specific phrases are tried on it, not the weak kinds.
_ENGLISH = frozenset(
    "the and is are you it that this my have has what with for not be does did can just but how "
    "about they he she would could should been if or your we all out get want feel know like "
    "dont cant because im its there their them anyone really".split()
)
_WEAK = frozenset({"check", "distress"})
# More English, for telling a message plainly in another language: frequent words that are seldom
# another language's.
_ENGLISH_TOO = _ENGLISH | frozenset(
    "r ur im ive ill id again getting thoughts thought feeling feel done living life anymore "
    "need got going gonna wanna now today tonight tired want think lol idk rn tbh ngl pls thanks "
    "sorry why when who which were from by our us his her him".split()
)


# German's own function words: beside them "im" is "in the", not a texted "I'm".
_GERMAN_WORDS = frozenset(
    "ich mich mir der das und ist nicht ein eine heute hab habe bin war auf".split()
)
# ...an idiom of laughing or boredom to death (folded), and no means or night beside it
_LAUGHED_DEAD = re.compile(
    r"\b(?:tot|kaputt|schlapp|scheckig)(?:gelacht|lachen|lache|gelangweilt)\b|\bzu tode "
    r"(?:gelacht|gelangweilt|erschrocken)\b|\b(?:lach|lache|lachen) (?:mich|uns) (?:\w+ )?(?:tot|"
    r"kaputt|schlapp)\b|\bsterbe (?:fast )?vor (?:lachen|langeweile)\b"
)
_MEANS_DE = re.compile(
    r"\b(?:strick|seil|tabletten|pillen|messer|klinge|brucke|dach|gleise|zug|pistole|waffe|"
    r"abschied|abschiedsbrief|heute nacht|nicht mehr leben|sterben will|umbringen)\b"
)

# Words of emphasis, folded, that writers put inside a phrase the lexicons keep whole.
_EMPHASIS = needles.compile(
    r"(?<!\S)(?:echt|gewoon|wirklich|einfach|vraiment|davvero|veramente|realmente|de verdad|"
    r"naprawde|serius|beneran|gercekten|точно|правда|реально|прям|tochno|pravda|realno|"
    r"really|truly|honestly|literally|seriously)(?!\S)"
)


def _english(folded: str) -> bool:
    words = folded.split()
    hits = sum(word in _ENGLISH for word in words)
    return hits >= 2 and hits >= 0.15 * len(words)


def detect(text: str) -> str | None:
    """The kind of crisis sign ``text`` shows in one of the languages here, or None."""
    folded = fold(text)
    if not folded:
        return None
    patterns = _patterns()
    guard = patterns[GUARD]
    if guard is not None:
        folded = guard.sub(_blank, folded)
    found = _detect_folded(folded)
    if found is None:
        # "ik wil echt niet meer leven", "чтобы точно умереть": a phrase with a word of emphasis
        # inside it is read again without that word.
        bare = _EMPHASIS.sub(" ", folded)
        if bare != folded:
            return _detect_folded(" ".join(bare.split()))
    return found


def _detect_folded(folded: str) -> str | None:
    patterns = _patterns()
    if _any_kind().search(folded) is None:
        return None
    english = folded.isascii() and _english(folded)
    for kind in KINDS:
        if english and kind in _WEAK:
            continue
        if _found(patterns[kind], folded):
            if kind in _EXCUSES and _found(patterns[_EXCUSES[kind]], folded):
                continue
            if kind not in _NEVER_EXCUSED and _told_of(folded):
                return None
            return kind
    return None


def _told_of(folded: str) -> bool:
    """A story (a film, a novel, a song) or a crisis long past that the writer is well from."""
    patterns = _patterns()
    if _found(patterns["fiction"], folded):
        return True
    return _found(patterns["past"], folded) and _found(patterns["recovered"], folded)


def _found(pattern: re.Pattern[str] | None, folded: str) -> bool:
    return pattern is not None and pattern.search(folded) is not None


def told_of(text: str) -> bool:
    """Whether ``text`` tells, in one of the languages here, a story or a crisis long past that
    the writer is well from: no reply at all, not even the caring one."""
    return _told_of(fold(text))


def excused(text: str) -> bool:
    """Whether ``text`` holds what the lexicons read as no crisis: an idiom or negation they
    blank, pills taken as prescribed, an outing, a goodbye until tomorrow, a story or a crisis
    long past. The classifier, which reads the words and not these, defers to them."""
    folded = fold(text)
    patterns = _patterns()
    if any(_found(patterns[kind], folded) for kind in (GUARD, *_EXCUSES.values())):
        return True
    return _told_of(folded)


def foreign(text: str) -> bool:
    """Whether ``text`` is plainly not English: three words or more, none of them English's own.

    The learned layer was trained mostly on English; on such a message its risk readings are
    guesses, and the lexicons here have had their say.
    """
    words = fold(text).split()
    return len(words) >= 3 and not any(word in _ENGLISH_TOO for word in words)


def any_english(text: str) -> bool:
    """Whether ``text`` holds any word of English's own (a short or unspaced message in another
    language holds none)."""
    return any(word in _ENGLISH_TOO for word in fold(text).split())


# Retirement, a pension, holidays (folded): a last day at work that ends in these is ordinary.
_RETIRED = needles.compile(
    r"\b(?:rente|ruhestand|pensionierung|urlaub|aposentadoria|aposentar|jubilacion|jubilarme|"
    r"retraite|pensione|vacances|vacaciones|ferias)\b|定年|退職"
)


def excused_beside_english(text: str) -> bool:
    """Whether ``text`` is another language with an English word or two inside it (German "im",
    a hymn's title in an Irish message) and holds what its lexicon excuses: a last day at work
    before retirement, a blessing for the dead at a funeral.

    ``foreign`` reads such a message as English, so the classifier speaks at the English
    threshold and never asks ``excused``; this is asked in its place.
    """
    words = fold(text).split()
    english = sum(word in _ENGLISH_TOO for word in words)
    if len(words) < 6 or english > 2 or english >= 0.15 * len(words) or detect(text) is not None:
        return False
    # Only a guard, retirement or a crisis long past ("salên berê ... niha baş im"): the looser
    # excuses ("schon", a last day alone) are read beside a statement, and "im Keller" has none.
    folded = " ".join(words)
    found = _found(_patterns()[GUARD], folded) or _told_of(folded)
    return found or _RETIRED.search(folded) is not None


def german_idiom(text: str) -> bool:
    """German whose only English-looking word is "im" ("der Chef ist im Matsch ausgerutscht"),
    holding an idiom of laughing or boredom to death ("ich hab mich totgelacht") and no means.

    ``foreign`` reads such a message as English, for the classifier to read it at the English
    threshold (a rope "im Keller" has been caught so); the idiom is what it should defer to.
    """
    words = fold(text).split()
    english = {word for word in words if word in _ENGLISH_TOO}
    german = english == {"im"} and not _GERMAN_WORDS.isdisjoint(words)
    folded = " ".join(words)
    return german and _LAUGHED_DEAD.search(folded) is not None and not _MEANS_DE.search(folded)


def direct_statement(text: str) -> bool:
    """Whether ``text`` states a crisis (the full reply) in one of the languages here."""
    return detect(text) in CRISIS_KINDS
