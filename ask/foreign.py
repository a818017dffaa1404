"""Everyday words of other languages, read as filler when the course never uses them.

A question in Spanish, German or Portuguese ("wie schnell wirkt ketamin", "quelles sont vos
sources") carries its own small words and verbs, which the course never uses and which would
otherwise weigh most of all and pull a question that names the right lesson under the decline
bar. The list holds the words common in one of fourteen other languages (Zipf frequency 4 or
more: ten uses in a million words) and rare in English (under 3), so "insurance" or "lithium"
stay topics; and the short words (five letters at most) that are very common in one of them
(Zipf 5) and much rarer in English (by 1.5), such as German "hat" or Dutch "van". The course's
own words and the synonyms never count as filler, so an author who lists "estudios" beside
"studies" makes it a concept again.

Beside it, ``english_words.txt.gz`` holds the words of English itself (Zipf 2.5 or more, and not
on the first list): a word of a question on it is never read as another language's word by its
stem (ask.languages), so "deal" is not the Spanish "dealer" and "less" not the Dutch "les".

``python -m ask.foreign`` rebuilds both files from ``wordfreq`` (a dev dependency, pinned, so the
files come out the same); the bot only reads them.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from importlib import resources

WORDS_FILE = "foreign_words.txt.gz"
ENGLISH_FILE = "english_words.txt.gz"
LANGUAGES = ("es", "pt", "fr", "de", "it", "nl", "pl", "ru", "fil", "id", "tr", "vi", "hi", "ar")
ENGLISH_WORD_ZIPF = 2.5  # an English word: about one use in three million words, or more
ENGLISH_SCANNED = 80_000
COMMON_ZIPF = 4.0  # in one of LANGUAGES: about ten uses in a million words, or more
ENGLISH_ZIPF = 3.0  # and rarer than this in English
# Or a short word (German "hat", Dutch "van", French "au") very common in one of LANGUAGES, and
# much commoner there than in English, where it is a word too: how a question is put, there.
SHORT = 5
SHORT_ZIPF = 5.0
SHORT_AHEAD = 1.5
SCANNED = 40_000  # words of each language's list looked at, commonest first


def load_foreign(name: str = WORDS_FILE) -> frozenset[str]:
    """A list as shipped beside this module; empty if the file is missing."""
    try:
        data = resources.files(__package__).joinpath(name).read_bytes()
    except FileNotFoundError:
        return frozenset()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def load_english() -> frozenset[str]:
    """The English words, as shipped beside this module."""
    return load_foreign(ENGLISH_FILE)


def build() -> list[str]:
    """The words, sorted: common in some other language, rare in English."""
    from wordfreq import top_n_list, zipf_frequency

    words: set[str] = set()
    for language in LANGUAGES:
        for word in top_n_list(language, SCANNED):
            if zipf_frequency(word, language) < COMMON_ZIPF:
                break  # the list is ordered by frequency
            english = zipf_frequency(word, "en")
            short = len(word) <= SHORT and zipf_frequency(word, language) >= SHORT_ZIPF
            if word.isalpha() and (
                english < ENGLISH_ZIPF
                or (short and english <= zipf_frequency(word, language) - SHORT_AHEAD)
            ):
                words.add(word)
    return sorted(words)


def build_english(foreign: list[str]) -> list[str]:
    """The words of English, sorted, but for those on the foreign list."""
    from wordfreq import top_n_list, zipf_frequency

    words: set[str] = set()
    for word in top_n_list("en", ENGLISH_SCANNED):
        if zipf_frequency(word, "en") < ENGLISH_WORD_ZIPF:
            break
        if word.isalpha():
            words.add(word)
    return sorted(words - set(foreign))


def _write(name: str, words: list[str]) -> None:
    path = resources.files(__package__).joinpath(name)
    with gzip.GzipFile(str(path), "wb", mtime=0) as handle:
        handle.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words written to {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ask.foreign", description=__doc__)
    parser.parse_args(argv)
    words = build()
    _write(WORDS_FILE, words)
    _write(ENGLISH_FILE, build_english(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
