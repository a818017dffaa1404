"""The list of everyday words of other languages shipped with ask/: what its build script writes.

ask/foreign_words.txt.gz is built ahead of time by ``python -m ask.foreign`` from wordfreq (the
dev extra), so the bot needs neither the package nor its data at run time.
"""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from ask.foreign import ENGLISH_FILE, WORDS_FILE, build, build_english, load_english, load_foreign


@pytest.fixture(scope="module")
def built() -> list[str]:
    """The foreign list as the build script makes it now (reading wordfreq takes seconds)."""
    return build()


def test_the_shipped_list_is_what_the_build_script_writes(built: list[str]) -> None:
    shipped = resources.files("ask").joinpath(WORDS_FILE).read_bytes()
    # A stale file means: run `python -m ask.foreign`.
    assert gzip.decompress(shipped).decode("utf-8").split() == built, "list is stale"
    assert shipped[4:8] == b"\0\0\0\0"  # gzip's timestamp, so a rebuild changes nothing


def test_the_list_holds_everyday_foreign_words_and_no_english_topic() -> None:
    words = load_foreign()
    assert {"wirkt", "quelles", "significa", "fazer", "può", "такое"} <= words
    assert not {"insurance", "lithium", "london", "diet", "psilocybin", "ketamine"} & words


def test_the_shipped_english_list_is_what_the_build_script_writes(built: list[str]) -> None:
    shipped = resources.files("ask").joinpath(ENGLISH_FILE).read_bytes()
    # A stale file means: run `python -m ask.foreign`.
    assert gzip.decompress(shipped).decode("utf-8").split() == build_english(built)
    assert shipped[4:8] == b"\0\0\0\0"


def test_english_words_are_english_and_short_foreign_ones_are_filler() -> None:
    english, foreign = load_english(), load_foreign()
    assert {"deal", "less", "high", "store", "enjoy", "soldiers"} <= english
    assert not {"embarazada", "nebenwirkungen", "wirkt"} & english
    # Short words very common in another language and much rarer in English are filler
    assert {"hat", "van", "je", "au"} <= foreign
    assert not {"what", "does", "drug", "dose"} & foreign
