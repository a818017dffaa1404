"""Crisis detection: the labelled corpus, normalisation, and accuracy on held-out messages.

Two questions per message: is the writer in crisis (``is_crisis``), and, if not, are they
worried about someone else who is (``concern_for_other``)?
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

import crisis
from crisis import (
    OTHER,
    concern_for_other,
    crisis_kind,
    is_crisis,
    match,
    match_other,
    normalise,
    rules,
    whose,
)

CORPUS_PATH = Path(__file__).parents[1] / "data" / "crisis_corpus.yaml"
SECTIONS = (
    "positive",
    "negative",
    "other_positive",
    "other_negative",
    "holdout_positive",
    "holdout_negative",
    "holdout_other_positive",
    "holdout_other_negative",
)
PATTERN_NAMES = {
    "suicide",
    "death_wish",
    "hopelessness",
    "burden",
    "self_harm",
    "overdose",
    "goodbye",
    "distress",
}


def _load_corpus() -> dict[str, list[str]]:
    with CORPUS_PATH.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


CORPUS = _load_corpus()


# --- the corpus itself -----------------------------------------------------------------------


def test_corpus_has_every_section_with_enough_messages() -> None:
    assert set(CORPUS) == set(SECTIONS)
    assert len(CORPUS["positive"]) >= 150
    assert len(CORPUS["negative"]) >= 150
    assert len(CORPUS["holdout_positive"]) >= 40
    assert len(CORPUS["holdout_negative"]) >= 40
    assert len(CORPUS["other_positive"]) >= 60
    assert len(CORPUS["other_negative"]) >= 60
    assert len(CORPUS["holdout_other_positive"]) >= 20
    assert len(CORPUS["holdout_other_negative"]) >= 20


def test_corpus_messages_are_unique_non_empty_strings() -> None:
    everything = [text for section in SECTIONS for text in CORPUS[section]]
    assert all(isinstance(text, str) and text.strip() for text in everything)
    duplicates = {text for text in everything if everything.count(text) > 1}
    assert not duplicates, (
        f"listed twice (a held-out message must not also be tuned on): {duplicates}"
    )


# --- the tuning set: every message classified correctly --------------------------------------


@pytest.mark.parametrize("text", CORPUS["positive"])
def test_tuned_positive_fires(text: str) -> None:
    assert is_crisis(text), f"missed; normalised: {normalise(text)!r}"


@pytest.mark.parametrize("text", CORPUS["negative"])
def test_tuned_negative_does_not_fire(text: str) -> None:
    assert not is_crisis(text), f"fired {match(text)!r}; normalised: {normalise(text)!r}"


@pytest.mark.parametrize("text", CORPUS["other_positive"])
def test_tuned_concern_for_someone_else_fires_and_is_not_taken_for_the_writers_own(
    text: str,
) -> None:
    assert concern_for_other(text), f"missed; normalised: {normalise(text)!r}"
    assert not is_crisis(text), f"taken for the writer's own crisis: {match(text)!r}"


@pytest.mark.parametrize("text", CORPUS["other_negative"])
def test_tuned_other_negative_does_not_fire(text: str) -> None:
    assert not concern_for_other(text), f"fired {match_other(text)!r}; {normalise(text)!r}"


# --- the held-out set: corpus quality, an accuracy figure rather than a per-message rule -------


def _gets_helper_reply(text: str) -> bool:
    return crisis_kind(text) == OTHER


# (positives, negatives, what counts as a hit, what counts as a false alarm)
HELD_OUT = [
    pytest.param("holdout_positive", "holdout_negative", is_crisis, is_crisis, id="own"),
    pytest.param(
        "holdout_other_positive",
        "holdout_other_negative",
        _gets_helper_reply,
        concern_for_other,
        id="someone-else",
    ),
]


@pytest.mark.parametrize(("positives", "negatives", "hit", "false_alarm"), HELD_OUT)
def test_holdout_recall_is_at_least_95_percent(
    positives: str, negatives: str, hit: Callable[[str], bool], false_alarm: object
) -> None:
    missed = [text for text in CORPUS[positives] if not hit(text)]
    recall = 1 - len(missed) / len(CORPUS[positives])
    assert recall >= 0.95, f"recall {recall:.1%}; missed: {missed}"


@pytest.mark.parametrize(("positives", "negatives", "hit", "false_alarm"), HELD_OUT)
def test_holdout_false_positive_rate_is_at_most_5_percent(
    positives: str, negatives: str, hit: object, false_alarm: Callable[[str], bool]
) -> None:
    fired = [text for text in CORPUS[negatives] if false_alarm(text)]
    rate = len(fired) / len(CORPUS[negatives])
    assert rate <= 0.05, f"false-positive rate {rate:.1%}; fired on: {fired}"


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # case, punctuation and spacing
        ("I WANT TO DIE", "i want to die"),
        ("i.want.to.die!!!", "i want to die"),
        ("  Want.   To.  Die.  ", "want to die"),
        ("self-harm", "self harm"),
        # letters stretched three times or more shrink to one, or to two where that is the word
        ("soooo tired", "so tired"),
        ("dieeeee", "die"),
        ("waaaant", "want"),
        ("killlll myself", "kill myself"),
        ("I cannnnot", "i can not"),
        ("good", "good"),  # a real double letter is left alone
        # contractions and texting
        ("I don't", "i do not"),
        ("i dont", "i do not"),
        ("I can't", "i can not"),
        ("I won't", "i will not"),
        ("I'm", "i am"),
        ("im", "i am"),
        ("I\u2019m", "i am"),  # curly apostrophe
        ("I'd rather", "i would rather"),
        ("wanna", "want to"),
        ("gonna", "going to"),
        ("i want 2 die", "i want to die"),
        ("i want too die", "i want to die"),
        ("2nite", "tonight"),
        # misspellings of the words that matter
        ("suicidle thoughts", "suicidal thoughts"),
        ("sucide", "suicide"),
        ("suiside", "suicide"),
        ("suicde", "suicide"),
        ("sucidal", "suicidal"),
        ("kil myself", "kill myself"),
        ("kill my self", "kill myself"),
        ("kill myslef", "kill myself"),
        ("kms", "kill myself"),
        ("unalive myself", "kill myself"),
        ("want to unalive", "want to die"),
        ("sewer slide", "suicide"),
        ("kill ourselves", "kill myself"),
        ("relapsed on sh", "relapsed on self harm"),
        # leetspeak between letters, but not in times and doses
        ("k1ll mys3lf", "kill myself"),
        ("d!e", "die"),
        ("$uicide", "suicide"),
        ("at 5pm take 50mg", "at 5pm take 50mg"),
        # self-censoring and letters spelled out
        ("k*ll myself", "kill myself"),
        ("s*icide", "suicide"),
        ("f*ck", "f ck"),  # not a word we look for: the star is just punctuation
        ("k i l l m y s e l f", "kill myself"),
        ("s.u.i.c.i.d.e", "suicide"),
        ("u r a star", "you are a star"),
        # Unicode tricks
        ("i w\u200bant to d\u200bie", "i want to die"),
        ("I w\u00e1nt to d\u00ede", "i want to die"),
        ("\uff29 \uff57\uff41\uff4e\uff54", "i want"),
        ("i want to die \U0001f62d", "i want to die"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_is_idempotent_on_the_corpus() -> None:
    for section in SECTIONS:
        for text in CORPUS[section]:
            once = normalise(text)
            assert normalise(once) == once, text


def test_trigger_words_never_hide_a_match() -> None:
    # A pattern is skipped when the message has none of its trigger words; that shortcut must
    # never change the answer the pattern's regex alone would give.
    for section in SECTIONS:
        for text in CORPUS[section]:
            words = set(normalise(text).split(" "))
            guarded = crisis._guard(normalise(text))
            for name, needed, pattern in rules._PATTERNS:
                if pattern.search(guarded):
                    assert not needed.isdisjoint(words), f"{name} lacks a trigger for {text!r}"


def test_trigger_words_never_hide_a_concern_for_someone_else() -> None:
    # The same shortcut for concern_for_other: a message that names someone else but has no
    # trigger word is never projected; that must never change the answer.
    for section in SECTIONS:
        for text in CORPUS[section]:
            plain = normalise(text)
            words = set(plain.split(" "))
            if whose._ANCHORS.isdisjoint(words):
                continue  # names nobody else: never about someone else, not a shortcut
            fires = any(crisis._scan(whose._project(plain))) or any(
                pattern.search(plain) for _, _, pattern in whose._OTHER_PATTERNS
            )
            if not whose._REFLEXIVES.isdisjoint(words):
                words.add("myself")
            if fires:
                assert not whose._ALL_TRIGGERS.isdisjoint(words), f"no trigger word: {text!r}"


# --- the public API ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\u200b", "/start", "👍"])
def test_empty_and_trivial_messages_do_not_fire(text: str) -> None:
    assert match(text) is None
    assert is_crisis(text) is False
    assert match_other(text) is None
    assert concern_for_other(text) is False


def test_a_message_is_never_both_the_writers_crisis_and_someone_elses() -> None:
    for section in SECTIONS:
        for text in CORPUS[section]:
            assert match(text) is None or match_other(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        # the writer says it of themselves as well
        "my son is suicidal and so am i",
        "he says he wants to die and so do I",
        "my friend killed himself and now I want to die too",
        "my friend wants to kill himself and honestly i want to die too",
        "me and my friend both want to die",
        "my friend and I are going to kill ourselves",
        # someone else is named, but the crisis is the writer's
        "my sister is worried because I want to kill myself",
        "my mom doesn't know I've been cutting myself",
        "my parents would be better off without me",
        "my therapist says I'm suicidal",
        "my dad says i should just die",
        # unclear whose: the writer's, since a crisis reply aimed wrongly costs less
        "my gf cheated, wanna die",
        "my sister has been giving away all her stuff and saying goodbye",
    ],
)
def test_the_writers_own_crisis_comes_first(text: str) -> None:
    assert is_crisis(text), f"normalised: {normalise(text)!r}"
    assert not concern_for_other(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my friend wants to kill himself", "suicide"),
        ("my son said he wants to die", "death_wish"),
        ("my brother says there is no point in living anymore", "hopelessness"),
        ("my friend said everyone would be better off without him", "burden"),
        ("I'm worried my sister is cutting herself", "self_harm"),
        ("my friend took too many pills", "overdose"),
        ("my dad said goodbye to everyone and gave away his stuff", "goodbye"),
        ("my husband says he can't go on", "distress"),
        ("how do I talk to my daughter about self-harm", "helper"),
    ],
)
def test_match_other_reports_the_pattern_that_fired(text: str, name: str) -> None:
    assert match_other(text) == name
    assert match(text) is None


def test_match_other_names_a_known_pattern_for_every_positive() -> None:
    names = {match_other(text) for text in CORPUS["other_positive"]}
    assert names <= PATTERN_NAMES | {"helper"}


def test_match_names_a_known_pattern_for_every_positive() -> None:
    names = {match(text) for text in CORPUS["positive"]}
    assert names <= PATTERN_NAMES
    assert names == PATTERN_NAMES, "every pattern should be exercised by the tuning set"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I want to kill myself", "suicide"),
        ("I wish I was dead", "death_wish"),
        ("there is no point in living", "hopelessness"),
        ("everyone would be better off without me", "burden"),
        ("I have been cutting myself", "self_harm"),
        ("I took an overdose", "overdose"),
        ("goodbye forever", "goodbye"),
        ("I can't go on", "distress"),
    ],
)
def test_match_reports_the_pattern_that_fired(text: str, name: str) -> None:
    assert match(text) == name


def test_very_long_message_is_handled() -> None:
    # Telegram's limit is 4096 characters; the crisis phrase may sit at the very end.
    filler = "the lesson on NMDA receptors was long and detailed. " * 80
    assert not is_crisis(filler)
    assert is_crisis(filler + "honestly I want to die")
    assert not concern_for_other(filler)
    assert concern_for_other(filler + "my friend says he wants to die")
