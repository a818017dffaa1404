"""Typing slips: a word one slip away from a word crises are told in reads as that word, and
nothing else is changed. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess, normalise
from crisis.spelling import Fingerprints, Speller, load

ALARMS = (CRISIS, CHECK, HELPER)


def test_an_unknown_word_becomes_the_commonest_target_one_slip_away() -> None:
    speller = Speller.build(["hello", "world"], {"suicide": 5, "suicides": 1, "pills": 3})
    assert speller.correct("sucide") == "suicide"  # a letter dropped
    assert speller.correct("suicdie") == "suicide"  # two swapped
    assert speller.correct("suicxde") == "suicide"  # one changed
    assert speller.correct("pillls") == "pills"  # one added
    assert speller.correct("hello") == "hello"  # known words stay
    assert speller.correct("pil") == "pil"  # too short to tell
    assert speller.correct("zzzzzz") == "zzzzzz"  # nothing near


def test_the_known_words_read_back_from_their_stored_form_as_the_same_set() -> None:
    words = ["hello", "world", "mañana", "ketamine"]
    stored = Fingerprints.of(words).to_text()
    known = Fingerprints.from_text(stored)
    assert len(known) == 4
    assert all(word in known for word in words)
    assert "hallo" not in known and "worlds" not in known and 3 not in known


def test_the_shipped_file_knows_everyday_words_and_not_slips() -> None:
    speller = load()
    assert len(speller.known) > 40_000
    assert "breakfast" in speller.known and "trans" in speller.known
    assert "myslef" not in speller.known and "sucide" not in speller.known


def test_a_message_mostly_in_another_language_is_left_alone() -> None:
    speller = Speller.build(["want", "today"], {"morning": 4})
    assert speller.correct_text("quiero morir hoy mismo") == "quiero morir hoy mismo"


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("i want to kil myslef", "i want to kill myself"),
        ("having sucidal thoughts agian", "having suicidal thoughts again"),
        ("im so tird of livng", "i am so tired of living"),
    ],
)
def test_slips_in_a_crisis_message_are_undone(typed: str, plain: str) -> None:
    assert normalise(typed) == plain


@pytest.mark.parametrize(
    "text",
    [
        "i want to go on a diet after the holidays",
        "my hair dye came out orange",
        "the pills box is in the kitchen drawer",
        "me muero de risa con este video",
    ],
)
def test_real_words_are_not_corrected(text: str) -> None:
    assert normalise(text) == normalise(text).replace("  ", " ")
    assert set(normalise(text).split()) <= set(text.casefold().replace(",", "").split())


@pytest.mark.parametrize(
    "text",
    [
        "i relly want to kil myslef tonite",
        "swalowed all my sleepin pills an hour ago",
        "cant stop thinkng about sucide",
    ],
)
def test_a_crisis_typed_in_a_hurry_still_gets_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in ALARMS
