"""Typing slips undone: a word no dictionary knows, one slip away from a word crises are told in.

"i want to kil myslef" and "tooks all my pils" should read like their plain spelling, for the
rules and the classifier alike. A word is corrected only when it is in neither list of
``crisis/words.json``: ``known`` (frequent English words, and every word of the labelled sets,
stored as their fingerprints) and ``targets`` (the words that messages in crisis and distress
use, with how often). Its correction is the most frequent target one slip away (a letter
dropped, added, changed or two swapped), found by the symmetric-delete method: every target is
stored under itself and each of its one-letter deletions, so a word needs only as many look-ups
as it has letters. Short words (under four letters) and messages mostly of unknown words
(another language) are left alone.

The tens of thousands of known words are kept as sorted 64-bit fingerprints in one array
(``Fingerprints``), not as a set of strings: the same answers in a tenth of the memory. Two words
sharing a fingerprint (odds of about one in three hundred billion per unknown word) would only
leave a slip uncorrected.

``python -m crisis.words`` builds the file. Pure; nothing here logs.
"""

from __future__ import annotations

import base64
import json
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import blake2b
from importlib import resources
from itertools import chain
from typing import Any

WORDS_FILE = "words.json"
MIN_LENGTH = 4
# Below this share of known words the message is probably not English: leave it to the lexicons.
MIN_KNOWN_SHARE = 0.6
# Words the lists may lack but people on a youth line use of themselves: "trans" is one slip from
# "trains", a target, and "finally came out as trans" must not read as trains.
ALWAYS_KNOWN = frozenset({"trans"})


def deletions(word: str) -> set[str]:
    """The word with each one of its letters left out."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def fingerprint(word: str) -> int:
    """A stable 64-bit fingerprint of the word (the same in every process, unlike ``hash``)."""
    return int.from_bytes(blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


class Fingerprints:
    """A set of words that answers only ``in``: their fingerprints, sorted, in one array."""

    __slots__ = ("_sorted",)

    def __init__(self, table: array) -> None:
        self._sorted = table

    @classmethod
    def of(cls, words: Iterable[str]) -> Fingerprints:
        return cls(array("Q", sorted({fingerprint(w) for w in words})))

    @classmethod
    def from_text(cls, text: str) -> Fingerprints:
        """Read back ``to_text``: base64 of the sorted fingerprints, 8 bytes each, little-endian."""
        table = array("Q", base64.b64decode(text, validate=True))
        if sys.byteorder != "little":
            table.byteswap()
        return cls(table)

    def to_text(self) -> str:
        table = array("Q", self._sorted)
        if sys.byteorder != "little":
            table.byteswap()
        return base64.b64encode(table.tobytes()).decode("ascii")

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = fingerprint(word)
        at = bisect_left(self._sorted, key)
        return at < len(self._sorted) and self._sorted[at] == key

    def __len__(self) -> int:
        return len(self._sorted)


def targets_index(targets: dict[str, int]) -> dict[str, tuple[str, ...]]:
    """Each target and each of its one-letter deletions -> the targets, commonest first."""
    index: dict[str, Any] = {}
    for target in sorted(targets, key=lambda t: (-targets[t], t)):
        for key in {target, *deletions(target)}:
            index.setdefault(key, []).append(target)
    # In place: a second dictionary would be the largest step of the detector's start in memory.
    for key, values in index.items():
        index[key] = tuple(values)
    return index


@dataclass(frozen=True)
class Speller:
    """The known words, and the targets indexed under themselves and their deletions."""

    known: Fingerprints
    index: dict[str, tuple[str, ...]]  # a target or a deletion of one -> targets, commonest first
    # Words seen before and their corrections: a message's words repeat across messages.
    seen: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def build(cls, known: Iterable[str], targets: dict[str, int]) -> Speller:
        return cls(Fingerprints.of(chain(known, targets, ALWAYS_KNOWN)), targets_index(targets))

    def correct(self, word: str) -> str:
        """The word, or the commonest target one slip away when the word is unknown."""
        if len(word) < MIN_LENGTH or word in self.known or not word.isalpha():
            return word
        for key in (word, *sorted(deletions(word))):
            found = self.index.get(key)
            if found:
                return found[0]
        return word

    def correct_text(self, plain: str) -> str:
        """Normalised text with its slips undone, if most of its words are English."""
        words = plain.split(" ")
        unknown = {w for w in words if len(w) >= MIN_LENGTH and w not in self.known}
        misses = sum(w in unknown for w in words)
        if not unknown or misses > (1 - MIN_KNOWN_SHARE) * len(words):
            return plain
        return " ".join(self._remembered(w) if w in unknown else w for w in words)

    def _remembered(self, word: str) -> str:
        fixed = self.seen.get(word)
        if fixed is None:
            if len(self.seen) >= _SEEN_MAX:
                self.seen.clear()
            fixed = self.seen[word] = self.correct(word)
        return fixed


_SEEN_MAX = 8192


@lru_cache(maxsize=1)
def load() -> Speller:
    """The shipped word lists, read once per process; none (nothing corrected) before the first
    build of the file."""
    path = resources.files("crisis").joinpath(WORDS_FILE)
    if not path.is_file():
        return Speller.build((), {})
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    return Speller(Fingerprints.from_text(data["known"]), targets_index(data["targets"]))
