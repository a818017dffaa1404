"""Typing slips undone: a word no dictionary knows, one slip away from a word crises are told in.

"i want to kil myslef" and "tooks all my pils" should read like their plain spelling, for the
rules and the classifier alike. A word is corrected only when it is in neither list of
``crisis/words.json``: ``known`` (frequent English words, and every word of the labelled sets)
and ``targets`` (the words that messages in crisis and distress use, with how often). Its
correction is the most frequent target one slip away (a letter dropped, added, changed or two
swapped), found by the symmetric-delete method: every target is stored under itself and each of
its one-letter deletions, so a word needs only as many look-ups as it has letters. Short words
(under four letters) and messages mostly of unknown words (another language) are left alone.

``python -m crisis.words`` builds the file. Pure; nothing here logs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
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


@dataclass(frozen=True)
class Speller:
    """The known words, and the targets indexed under themselves and their deletions."""

    known: frozenset[str]
    index: dict[str, tuple[str, ...]]  # a target or a deletion of one -> targets, commonest first
    # Words seen before and their corrections: a message's words repeat across messages.
    seen: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def build(cls, known: Iterable[str], targets: dict[str, int]) -> Speller:
        index: dict[str, Any] = {}
        for target in sorted(targets, key=lambda t: (-targets[t], t)):
            for key in {target, *deletions(target)}:
                index.setdefault(key, []).append(target)
        # In place, and the known words in one set: a second dictionary, or the two sets that
        # chained unions build, would be the largest step of the detector's start in memory.
        for key, values in index.items():
            index[key] = tuple(values)
        return cls(frozenset(chain(known, targets, ALWAYS_KNOWN)), index)

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
    return Speller.build(data["known"], data["targets"])
