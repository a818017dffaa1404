"""The needles a pattern's matches must hold (``crisis.needles``): read soundly, and a pattern
behind them answers as the pattern itself does."""

from __future__ import annotations

import gc
import random
import re
from pathlib import Path

import pytest
import yaml

import crisis
from crisis import needles
from crisis.normalise import normalise

BLIND_SET = Path(__file__).resolve().parent.parent / "data" / "blind" / "crisis_dev_b.yaml"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bkill(?:ing|ed)? myself\b", {"kill myself", "killing myself", "killed myself"}),
        (r"\b(?:pills?|meds) (?:\w+ ){0,3}?taken", {"taken"}),
        (
            r"(?<!not )\b(?:picked|chosen) (?:a|the) date",
            {"picked a date", "picked the date", "chosen a date", "chosen the date"},
        ),
        # a look-ahead's words are in the text too; a negative one's tell nothing
        (r"^(?=.*\brope\b)(?!.*\bclimb)\bbought\b", {"bought"}),
        (r"[]a]xyz", {"]xyz", "axyz"}),
        (r"[^]a]bcd", {"bcd"}),
        (r"\u00e9t\u00e9 fini", {"été fini"}),
    ],
)
def test_needles_read(source: str, expected: set[str]) -> None:
    assert needles.needles_of(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        r"(?P<x>abc)(?P=x)",  # a back-reference
        r"(?i)abc",  # flags inline
        r"abc|",  # an alternative that matches the empty string
    ],
)
def test_what_is_not_read_has_no_needles(source: str) -> None:
    assert needles.needles_of(source) is None


def test_a_pattern_with_flags_is_left_alone() -> None:
    compiled = needles.compile(r"\bkill myself\b", re.IGNORECASE)
    assert isinstance(compiled, re.Pattern)


def test_gated_answers_as_the_pattern() -> None:
    gated = needles.compile(r"\b(?:took|swallowed) (?:all|every) (?:my |the )?(pills|tablets)\b")
    assert isinstance(gated, needles.Gated)
    for text in ("i took all my pills", "so tired today", "swallowed every tablets lol", ""):
        plain = gated.compiled
        assert (gated.search(text) is None) == (plain.search(text) is None)
        assert gated.sub("~", text) == plain.sub("~", text)
        assert gated.findall(text) == plain.findall(text)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert gated.split(text) == plain.split(text)
        assert gated.subn("~", text) == plain.subn("~", text)


def test_every_rule_behind_needles_answers_as_itself() -> None:
    """Every gated rule, on texts with and without its needles, long and short: no match is
    ever skipped."""
    crisis.warm_up()
    gated = [o for o in gc.get_objects() if isinstance(o, needles.Gated)]
    assert len(gated) > 100
    rng = random.Random(5)
    with BLIND_SET.open(encoding="utf-8") as f:
        samples = [row["text"] for row in yaml.safe_load(f)]
    texts = samples + [normalise(s) for s in samples]
    texts += [" ".join(rng.sample(texts, 12))[:4096] for _ in range(30)]
    for pattern in gated:
        for text in texts:
            assert (pattern.search(text) is None) == (pattern.compiled.search(text) is None), (
                pattern.pattern,
                text,
            )
