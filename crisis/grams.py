"""A long text as the set of its three-letter pieces, for telling quickly that strings are absent.

A look for a string through a text of some thousands of characters costs a microsecond or two;
``crisis.needles`` makes some four thousand such looks over a long message. A string none of
whose pieces is missing from the text's set may be in the text; one with a piece missing is not,
and a set lookup tells so in a tenth of the time. The sets of the last few texts are kept (a
message is read in a few forms). Pure, but for that small cache.
"""

from __future__ import annotations

# A text this long is read as a set of its three-letter pieces once it has been looked at a few
# times (``_GATHERED_AFTER``): a string none of whose pieces is missing from the set is looked for
# in the text. Most strings are told absent so, in a tenth of the time of a look through some
# thousands of characters, which some four thousand needles took on a long message.
GATHERED = 1024
_GATHERED_AFTER = 3
_GRAM = 3
# text -> the number of looks so far, or its set of pieces; a few texts, one message's forms
_texts: dict[str, int | frozenset[str]] = {}
_TEXTS_KEPT = 32
# The pieces strings are told by, each kept once however many strings hold it (memory)
_shared: dict[str, str] = {}


def keys(needle: str) -> tuple[str, str, str]:
    """Three pieces of ``needle`` any text holding it holds: its first, middle and last (the empty
    string, which every set of pieces holds, for a needle shorter than a piece)."""
    if len(needle) < _GRAM:
        return ("", "", "")
    middle = (len(needle) - _GRAM) // 2
    pieces = (needle[:_GRAM], needle[middle : middle + _GRAM], needle[-_GRAM:])
    return tuple(_shared.setdefault(p, p) for p in pieces)  # type: ignore[return-value]


def grams(text: str) -> frozenset[str] | None:
    """The set of ``text``'s pieces of ``_GRAM`` characters (and the empty string), or None while
    it has been looked at too few times for the set to pay for itself."""
    seen = _texts.get(text, 0)
    if isinstance(seen, frozenset):
        return seen
    if len(_texts) >= _TEXTS_KEPT:
        _texts.clear()
    if seen + 1 < _GATHERED_AFTER:
        _texts[text] = seen + 1
        return None
    pieces = frozenset({"", *(text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1))})
    _texts[text] = pieces
    return pieces
