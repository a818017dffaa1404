"""Patterns that first look for the plain words any match of theirs must hold.

Most rules cannot match a given message: "\\b(?:pills?|tablets?|meds) (?:...)" needs "pill",
"tablet" or "meds" somewhere in it. A regular expression that starts with a word boundary or a
look-behind gets none of the engine's quick scans and is tried at every position of the text:
a hundred microseconds and more on a 4096-character message, for each of some hundreds of rules.
``str.__contains__`` tells in a microsecond or two that a few words are absent. ``compile``
reads a pattern's source once, finds such a set of strings (its needles), and returns a pattern
whose methods look for them first and skip the regular expression when none is there: the same
answers, since any match would hold one of them.

The reading is conservative: what it does not read (flags, back-references, conditionals, a
pattern longer than ``LONGEST``) or needles too common to help give the compiled pattern itself.
Reading every rule's source costs a start a tenth to a fifth of a second. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from crisis.grams import GATHERED, grams, keys

# A set of strings built from a pattern's pieces grows as their product: past this many, it is
# dropped (the pieces are read one by one instead).
_MOST = 24
# Past this many needles, looking for them all would cost about as much as the search.
_MOST_NEEDLES = 64
# A longer pattern is not read: its many phrases' needles together are most often in a long
# message anyway, and reading them would cost the start more than it saves.
LONGEST = 3000
# Needles this likely to be in a long message do not pay for the look (see ``_odds``): the look
# costs a few microseconds, a search of the pattern a hundred and more.
_USEFUL = 1.5
# Looking for one needle in a long message costs about this share of a search of the pattern.
_PER_NEEDLE = 0.005
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("dDwWsS")
_HEX = {"x": 2, "u": 4, "U": 8}


class Unread(Exception):
    """A construct ``_Reader`` does not read: the pattern gets no needles."""


# What a piece of a pattern tells about its matches, as (exact, needles, zero): every string it
# can match, when they are few (else None); strings one of which every match holds (never the
# empty string; None when none are known); whether it matches no characters (an anchor or a
# look-around). Plain tuples: a start reads some hundred thousand pieces.
_Info = tuple[frozenset[str] | None, frozenset[str] | None, bool]
_ANY: _Info = (None, None, False)
_ZERO: _Info = (None, None, True)
_EMPTY: frozenset[str] = frozenset({""})
# The chance, roughly, that a string of this length is somewhere in a long message (see _odds),
# for every length a needle can have.
_CHANCE = [min(1.0, 4.0 ** (2 - n)) for n in range(LONGEST + 1)]


def _odds(needles: frozenset[str]) -> float:
    """A rough chance that one of ``needles`` is in a long message: a longer string is rarer."""
    return sum(map(_CHANCE.__getitem__, map(len, needles)))


def _cost(needles: frozenset[str]) -> float:
    """What a set of needles costs, in searches of the pattern: the chance that one is there (then
    the pattern is searched as well), and a small price for each needle looked for."""
    return _odds(needles) + _PER_NEEDLE * len(needles)


def _best(*candidates: frozenset[str] | None) -> frozenset[str] | None:
    usable = [c for c in candidates if c and "" not in c]
    if len(usable) < 2:
        return usable[0] if usable else None
    return min(usable, key=_cost)


def _needed(info: _Info) -> frozenset[str] | None:
    """Strings one of which every match of ``info`` holds."""
    return _best(info[1], info[0])


# A pattern's source cut into pieces, each read whole: most of a rule is plain words, read here
# as one run each rather than letter by letter (reading the rules' sources takes that much less
# of a start's time).
_TOKEN = re.compile(
    r"(?P<run>[^\\()\[|*+?{.^$]+)"
    r"|(?P<quantifier>[*+?][?+]?|\{\d*(?:,\d*)?\}[?+]?)"
    r"|(?P<open>\((?:\?(?::|>|=|!|<=|<!|P<[^>]*>))?)"
    r"|(?P<close>\))|(?P<bar>\|)"
    r"|(?P<set>\[\^?\]?(?:\\.|[^\]\\])*\])"
    r"|(?P<escape>\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.))"
    r"|(?P<other>[.^$]|\{)",
    re.DOTALL,
)
_SET = re.compile(r"\[(\^)?(.*)\]", re.DOTALL)


def _tokens(source: str) -> tuple[list[tuple[str, str]], dict[int, int]]:
    """(kind, text) for each piece, and for each group's opening piece the index of its closing
    one. A run of letters before a quantifier gives up its last one, which the quantifier is
    about."""
    out: list[tuple[str, str]] = []
    closes: dict[int, int] = {}
    opened: list[int] = []
    at = 0
    for m in _TOKEN.finditer(source):
        if m.start() != at:
            raise Unread("a piece not read here")
        at = m.end()
        kind, text = m.lastgroup or "", m.group()
        if kind == "quantifier" and out and out[-1][0] == "run" and len(out[-1][1]) > 1:
            run = out.pop()[1]
            out += [("run", run[:-1]), ("run", run[-1])]
        elif kind == "open":
            opened.append(len(out))
        elif kind == "close" and opened:
            closes[opened.pop()] = len(out)
        out.append((kind, text))
    if at != len(source):
        raise Unread("a piece not read here")
    return out, closes


class _Reader:
    """A recursive reading of a pattern's pieces into ``_Info``."""

    def __init__(self, source: str) -> None:
        self.tokens, self.closes = _tokens(source)
        self.i = 0

    def read(self) -> _Info:
        info = self._alternation()
        if self.i != len(self.tokens):
            raise Unread("unbalanced")
        return info

    def _alternation(self) -> _Info:
        branches = [self._sequence()]
        tokens = self.tokens
        while self.i < len(tokens) and tokens[self.i][0] == "bar":
            self.i += 1
            branches.append(self._sequence())
        if len(branches) == 1:
            return branches[0]
        exacts = [b[0] for b in branches]
        exact: frozenset[str] | None = None
        if None not in exacts:
            exact = frozenset().union(*exacts)  # type: ignore[arg-type]
            exact = exact if len(exact) <= _MOST else None
        needles: frozenset[str] | None = frozenset()
        for branch in branches:
            own = _needed(branch)
            if own is None or needles is None:
                needles = None
                break
            needles |= own
        if needles is not None and len(needles) > _MOST_NEEDLES:
            needles = None
        return (exact, needles, all(b[2] for b in branches))

    def _sequence(self) -> _Info:
        run = _EMPTY
        whole = True  # every piece so far exact: ``run`` is all the sequence can match
        found: list[frozenset[str] | None] = []
        zero = True
        tokens = self.tokens
        while self.i < len(tokens) and tokens[self.i][0] not in ("bar", "close"):
            exact, needles, piece_zero = self._quantified(self._atom())
            if piece_zero:
                if needles:
                    found.append(needles)  # a look-ahead's own are in the text too
                continue
            zero = False
            if exact is not None and len(run) * len(exact) <= _MOST:
                run = frozenset([a + b for a in run for b in exact]) if run is not _EMPTY else exact
                continue
            found.append(run)
            if needles:
                found.append(needles)
            whole = False
            run = exact if exact is not None else _EMPTY
        if not found:
            return (run if whole else None, run if "" not in run else None, zero)
        found.append(run)
        return (run if whole else None, _best(*found), zero)

    def _quantified(self, info: _Info) -> _Info:
        tokens = self.tokens
        if self.i >= len(tokens) or tokens[self.i][0] != "quantifier":
            return info
        text = self.tokens[self.i][1]
        self.i += 1
        if text[0] == "{":
            low_text, comma, _ = text[1:].rstrip("?+").rstrip("}").partition(",")
            low = int(low_text or 0)
            if not comma and low == 1:
                return info  # {1}
        else:
            low = 0 if text[0] in "*?" else 1
            if text[0] == "?" and not info[2]:
                return (info[0] | _EMPTY if info[0] is not None else None, None, False)
        if info[2]:
            return info if low else _ZERO
        return (None, _needed(info) if low else None, False)

    def _atom(self) -> _Info:
        kind, text = self.tokens[self.i]
        self.i += 1
        if kind == "run":
            return (frozenset((text,)), None, False)
        if kind == "open":
            return self._group(text)
        if kind == "set":
            return _set(text)
        if kind == "escape":
            return _escape(text)
        if text in "^$":
            return _ZERO
        if text == ".":
            return _ANY
        if text == "{":
            return (frozenset((text,)), None, False)
        raise Unread("a quantifier without an atom")

    def _group(self, opening: str) -> _Info:
        if self.i - 1 not in self.closes:
            raise Unread("an open group")
        close = self.closes[self.i - 1]
        if opening in ("(?!", "(?<!"):
            self.i = close + 1  # what must not be there tells nothing of what is
            return _ZERO
        info = self._alternation()
        if self.i != close:
            raise Unread("an open group")
        self.i = close + 1
        if opening in ("(?=", "(?<="):
            return (None, _needed(info), True)
        return info


def _set(text: str) -> _Info:
    """A set of a few plain letters is read as its letters; any other set, as any letter."""
    m = _SET.fullmatch(text)
    if m is None or m[1]:
        return _ANY
    body = m[2]
    letters: set[str] = set()
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            nxt = body[i + 1 : i + 2]
            if nxt.isalnum() or nxt == "":
                return _ANY
            letters.add(nxt)
            i += 2
            continue
        if c == "[" or (c == "-" and 0 < i < len(body) - 1):
            return _ANY  # a range, or a nested set's warning
        letters.add(c)
        i += 1
    return (frozenset(letters), None, False) if 0 < len(letters) <= _MOST else _ANY


def _escape(text: str) -> _Info:
    c = text[1]
    if c in _ZERO_WIDTH_ESCAPES:
        return _ZERO
    if c in _CLASS_ESCAPES:
        return _ANY
    if c in _ESCAPES:
        return (frozenset((_ESCAPES[c],)), None, False)
    if c in _HEX and len(text) > 2:
        return (frozenset((chr(int(text[2:], 16)),)), None, False)
    if c.isalnum():
        raise Unread("a back-reference or an escape not read here")
    return (frozenset((c,)), None, False)


def needles_of(source: str) -> frozenset[str] | None:
    """Strings one of which every match of ``source`` holds, or None when none are known."""
    try:
        return _needed(_Reader(source).read())
    except (Unread, IndexError, ValueError):
        return None


class Gated:
    """A compiled pattern behind a look for its needles: the same answers, most of them sooner.

    The look is made on every text, short or long: a few needles absent from a short text are
    told so in less time than the search would take there too.
    """

    __slots__ = (
        "_firsts",
        "_lasts",
        "_middles",
        "_needles",
        "_search",
        "compiled",
        "flags",
        "groupindex",
        "groups",
        "pattern",
    )

    def __init__(self, compiled: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.compiled = compiled
        self._needles = needles
        # Each needle's pieces (``crisis.grams.keys``) in three tuples beside the needles: a small
        # tuple per needle would take twice the memory, over twenty thousand needles in all.
        pieces = [keys(n) for n in needles]
        self._firsts = tuple(p[0] for p in pieces)
        self._middles = tuple(p[1] for p in pieces)
        self._lasts = tuple(p[2] for p in pieces)
        self._search = compiled.search  # the one method most rules call, looked up once
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex

    def _absent(self, text: str) -> bool:
        pieces = grams(text) if len(text) >= GATHERED else None
        if pieces is None:
            for needle in self._needles:
                if needle in text:
                    return False
            return True
        for needle, first, middle, last in zip(
            self._needles, self._firsts, self._middles, self._lasts, strict=True
        ):
            if first in pieces and middle in pieces and last in pieces and needle in text:
                return False
        return True

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        if len(text) >= GATHERED:
            return None if self._absent(text) else self._search(text, *args)
        for needle in self._needles:
            if needle in text:
                return self._search(text, *args)
        return None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return None if self._absent(text) else self.compiled.fullmatch(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.compiled.finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        return [] if self._absent(text) else self.compiled.findall(text, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.compiled.sub(repl, text, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        return (text, 0) if self._absent(text) else self.compiled.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return [text] if self._absent(text) else self.compiled.split(text, maxsplit)


def gate(compiled: re.Pattern[str]) -> re.Pattern[str] | Gated:
    """``compiled`` behind a look for its needles, or itself when they would not help."""
    if compiled.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(compiled.pattern, str):
        return compiled
    if len(compiled.pattern) > LONGEST:
        return compiled
    needles = needles_of(compiled.pattern)
    if needles is None or _odds(needles) > _USEFUL:
        return compiled
    # the longest first: the rarest, most often absent, cost the same to look for
    return Gated(compiled, tuple(sorted(needles, key=len, reverse=True)))


def compile(source: str, flags: int = 0) -> re.Pattern[str] | Gated:
    """``re.compile``, behind a look for needles when the pattern has useful ones."""
    return gate(re.compile(source, flags))
