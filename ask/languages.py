"""A concept's words in other languages, in whatever form a question uses them.

The course is in English; its synonym groups list a concept's words in other languages too
("embarazo", "Nebenwirkungen", "беременность"). People inflect them ("embarazada",
"Nebenwirkung", "беременности"), and listing every form would be endless. So each one-word term
of a group is stemmed with the Snowball stemmer of every language below, and a word of a question
that the course never uses is read as the group whose term it shares a stem with in one of them.

A stem is kept only when it is long enough to say something (short stems of different words
coincide: "dura" and "durante") and when it leads to one group only in its language. Words are
compared without accents ("depresion", "depressao"), as people often type them so. Stemming is
PyStemmer's C code: a word in all ten languages takes a few microseconds, and its cache is off,
so nothing about a question is kept. Not thread-safe: CourseIndex calls it under its lock.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable

import Stemmer

logger = logging.getLogger(__name__)

# Snowball has no Tagalog stemmer: its words are listed in their forms in synonyms.yaml.
LANGUAGES = (
    "spanish",
    "portuguese",
    "french",
    "italian",
    "german",
    "dutch",
    "polish",
    "russian",
    "turkish",
    "indonesian",
)
MIN_STEM = 4  # letters a stem needs to stand for one word


def unaccented(word: str) -> str:
    """The word without accents on Latin letters ("depresión" -> "depresion"); Cyrillic letters
    keep theirs ("й" is a letter of its own)."""
    decomposed = unicodedata.normalize("NFD", word)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


class ForeignStems:
    """Which synonym group a word of another language belongs to, by its stem."""

    def __init__(
        self,
        groups: tuple[tuple[str, ...], ...],
        in_course: Callable[[str], bool] = bool,
        english: frozenset[str] = frozenset(),
    ) -> None:
        # English words are never read by another language's stem: "deal" is not "dealer".
        self._english = english
        # No cache (PyStemmer keeps 10,000 words by default): a question's words are not kept.
        self._stemmers = [Stemmer.Stemmer(language, 0) for language in LANGUAGES]
        # Only the terms `in_course` says the course text never uses: its English
        # words ("higher") stemmed as another language's would take in English words ("high").
        terms = [
            (term, group)
            for group in groups
            for term in group
            if " " not in term and not in_course(term)
        ]
        words = [unaccented(term.replace("'", "")) for term, _ in terms]
        # (language, stem) -> the group; None where two groups share it
        self._group_of: dict[tuple[int, str], tuple[str, ...] | None] = {}
        for lang, stemmer in enumerate(self._stemmers):
            for stem, (_, group) in zip(stemmer.stemWords(words), terms, strict=True):
                if len(stem) < MIN_STEM:
                    continue
                known = self._group_of.setdefault((lang, stem), group)
                if known is not None and known != group:
                    self._group_of[lang, stem] = None
        ambiguous = sum(group is None for group in self._group_of.values())
        logger.debug("foreign stems: %d kept, %d shared", len(self._group_of), ambiguous)

    def group(self, word: str) -> tuple[str, ...] | None:
        """The group whose term `word` (lower case) shares a stem with in some language, or None
        (when none does, two languages disagree, or it is an English word)."""
        if word in self._english:
            return None
        plain = unaccented(word)
        found: tuple[str, ...] | None = None
        for lang, stemmer in enumerate(self._stemmers):
            stem = stemmer.stemWord(plain)
            if len(stem) < MIN_STEM:
                continue
            group = self._group_of.get((lang, stem))
            if group is None:
                continue
            if found is not None and found != group:
                return None
            found = group
        return found
