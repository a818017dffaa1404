"""Many phrases in one regular expression that stays cheap on a long message.

A pattern of a few hundred alternatives is tried alternative by alternative at every word of a
message: a 4096-character message would cost over a hundred milliseconds. Grouped under the
letter each phrase starts with, written once, the engine skips a whole group at a glance when its
letter is not the word's, and reads only the phrases that can start there. What follows a group
of first words is written once per letter, or once in all when it is long. Used by the English
rules (``crisis.vocab``) and the lexicons of other languages (``crisis.languages``). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A long ending shared by first words of several letters is written once behind a glance at those
# letters when copying it under each letter would add more than this many characters: it halves
# the pattern text (and the two seconds of CPU a start spends compiling it), for about a sixth
# more time on a 4096-character message (docs/benchmarks.md).
GATE_ABOVE = 500

# Scripts written without spaces between words: a phrase there may start inside a run of letters.
UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# What a phrase's structure is read from: an escape (its character skipped), a character class
# (up to its first "]"), a bracket or a bar. The plain letters between them are skipped at once,
# not one by one: a start reads the structure of some ten thousand phrases.
_MARK = re.compile(r"\\.?|\[(?:\\.?|[^\]\\])*\]?|[()|]", re.DOTALL)


def _structure(phrase: str, start: int = 0) -> Iterable[tuple[int, str, int]]:
    """(index, character, group depth after it) for each bracket and bar from `start` that is
    regex structure: outside character classes and not escaped."""
    depth = 0
    for m in _MARK.finditer(phrase, start):
        c = m.group()
        if len(c) == 1 and c in "()|":
            depth += (c == "(") - (c == ")")
            yield m.start(), c, depth


def alternatives(phrase: str) -> list[str]:
    """A phrase cut at its top-level bars."""
    parts, start = [], 0
    for i, c, depth in _structure(phrase):
        if c == "|" and depth == 0:
            parts.append(phrase[start:i])
            start = i + 1
    parts.append(phrase[start:])
    return parts


def _group_end(phrase: str, start: int) -> int:
    """The index just after the group that opens at ``phrase[start]``."""
    for i, c, depth in _structure(phrase, start):
        if c == ")" and depth == 0:
            return i + 1
    return len(phrase)


Split = tuple[str, str]  # (head, tail): an alternative is head + tail; heads share a tail


def _split(phrase: str, depth: int = 0) -> list[Split] | None:
    """``expand``'s alternatives, each cut where the group they came from ends: the alternatives of
    one leading group share what follows it (their tail), so that it can be written once."""
    if not phrase or depth > 3:
        return None
    if phrase.startswith("\\b"):
        return _split(phrase[2:], depth)
    if phrase.startswith("(?:"):
        end = _group_end(phrase, 0)
        if end < len(phrase) and phrase[end] in "?*+{":
            return None
        rest = phrase[end:]
        split: list[Split] = []
        for alt in alternatives(phrase[3 : end - 1]):
            more = _split(alt, depth + 1) if alt else _split(rest, depth + 1)
            if more is None:
                return None
            split += [(head, tail + rest) for head, tail in more] if alt else more
        return split
    if phrase[0] == "[":
        end = phrase.find("]")
        letters = phrase[1:end]
        if end < 0 or not letters.isalpha() or phrase[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return None
        return [(letter + phrase[end + 1 :], "") for letter in letters]
    if phrase[0].isalpha() and phrase[1:2] not in ("?", "*", "+", "{"):
        return [(phrase, "")]
    return None


def expand(phrase: str) -> list[str] | None:
    """The phrase as alternatives that each start with a plain letter, or None if it cannot be.

    "(?:quiero|deseo) morir" becomes "quiero morir" and "deseo morir"; a leading word boundary is
    dropped (the grouped pattern checks for a word's start itself); a phrase that starts with an
    optional part, an anchor, another escape or a wide class stays as it is (None).
    """
    split = _split(phrase)
    return None if split is None else [head + tail for head, tail in split]


def _spread(phrase: str, depth: int = 0) -> list[Split] | None:
    split = _split(phrase)
    if split is not None:
        return split
    body = phrase[2:] if phrase.startswith("\\b") else phrase
    if depth > 3 or not body.startswith("(?:"):
        return None
    end = _group_end(body, 0)
    if body[end : end + 1] != "?" or body[end + 1 : end + 2] in ("?", "+"):
        return None
    rest = body[end + 1 :]
    spread_out: list[Split] = []
    for alt in [*alternatives(body[3 : end - 1]), ""]:
        more = _spread(alt, depth + 1) if alt else _spread(rest, depth + 1)
        if more is None:
            return None
        spread_out += [(head, tail + rest) for head, tail in more] if alt else more
    return spread_out


def spread(phrase: str) -> list[str] | None:
    """``expand``, and a phrase that opens with an optional part as two phrases, one with it and
    one without: "(?:ya )?no quiero" becomes "ya no quiero" and "no quiero", which can be grouped,
    where the phrase as it is would be tried at every word of a message."""
    split = _spread(phrase)
    return None if split is None else [head + tail for head, tail in split]


def groupable(phrase: str) -> bool:
    """Whether ``grouped`` files the phrase under its first letter (or its script), rather than
    trying it at every word of a text."""
    return UNSPACED.match(phrase) is not None or _spread(phrase) is not None


def _by_tail(splits: list[Split]) -> dict[str, list[str]]:
    by_tail: dict[str, list[str]] = {}
    for head, tail in splits:
        by_tail.setdefault(tail, []).append(head)
    return by_tail


def _shared(splits: list[Split]) -> str:
    """Alternatives under one first letter, those with the same tail written as one group before
    it: a tail of a thousand characters shared by a dozen heads is compiled once, not twelve
    times (compiling is most of a start's time)."""
    return "|".join(
        heads[0] + tail if len(heads) == 1 else "(?:" + "|".join(heads) + ")" + tail
        for tail, heads in _by_tail(splits).items()
    )


def _heads(heads: list[str]) -> str:
    """One pattern that matches where one of ``heads`` does, grouped by first letter."""
    by_first: dict[str, list[str]] = {}
    for head in heads:
        by_first.setdefault(head[0], []).append(head[1:])
    return "|".join(re.escape(c) + f"(?:{'|'.join(rests)})" for c, rests in by_first.items())


def grouped(phrases: Iterable[str], start: str, letter: str) -> str:
    """The phrases as one pattern source: ``start`` (a look-behind for a word's start) and
    ``letter`` (a class of what a word starts with) checked once, then one group per first letter.
    Phrases that cannot be grouped (those that open with a digit, an anchor or an optional part)
    follow in their order, after ``start`` alone; phrases in unspaced scripts may start anywhere.
    """
    by_letter: dict[str, list[Split]] = {}
    anywhere, unspaced, gated = [], [], []
    gated_heads: dict[str, None] = {}  # the first words of all of them, each once
    for phrase in phrases:
        if UNSPACED.match(phrase):
            unspaced.append(phrase)
            continue
        split = _spread(phrase)
        if split is None:
            anywhere.append(phrase)
            continue
        for tail, heads in _by_tail(split).items():
            # "(?:把|吃了)一整瓶" opens with a group of unspaced words: those may start anywhere,
            # and share their tail, written once as for the other scripts (a tail copied for each
            # of a dozen heads cost megabytes at compile time).
            first = [head for head in heads if UNSPACED.match(head)]
            if first:
                joined = first[0] if len(first) == 1 else f"(?:{'|'.join(first)})"
                unspaced.append(joined + tail)
            spaced = [head for head in heads if not UNSPACED.match(head)]
            letters = sorted({head[0] for head in spaced})
            if len(tail) * (len(letters) - 1) > GATE_ABOVE:
                # Written once behind a glance at its first letters, not once per letter.
                gated.append(f"(?=[{''.join(letters)}])(?:{'|'.join(spaced)}){tail}")
                gated_heads.update(dict.fromkeys(spaced))
                continue
            for head in spaced:
                by_letter.setdefault(head[0], []).append((head[1:], tail))
    # Latin letters first, the other scripts behind one more glance: an English word never
    # reads the Cyrillic, Arabic or Devanagari groups.
    latin, other = [], []
    for first, splits in sorted(by_letter.items()):
        (latin if first.isascii() else other).append(re.escape(first) + f"(?:{_shared(splits)})")
    branches = latin
    if gated:
        # Behind one look for any of their first words: at a word that begins none of them (most
        # words), the dozens of glances are skipped at once (a third less time on a long message).
        branches.append(f"(?={_heads(list(gated_heads))})(?:{'|'.join(gated)})")
    if other:
        branches.append("(?=[^\\x00-\\x7f])(?:" + "|".join(other) + ")")
    parts = [start + f"(?={letter})(?:" + "|".join(branches) + ")"] if branches else []
    if anywhere:
        # Not behind the glance at a letter: a phrase may open with a number ("10 floors").
        parts.append(start + "(?:" + "|".join(f"(?:{p})" for p in anywhere) + ")")
    if unspaced:
        # Behind one glance at the script, so that a position in any other script skips them all.
        parts.append(f"(?={UNSPACED.pattern})(?:" + "|".join(f"(?:{p})" for p in unspaced) + ")")
    return "|".join(parts)
