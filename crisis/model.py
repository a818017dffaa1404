"""The learned layer: a small classifier that generalises past the rules' exact phrases.

A multinomial logistic regression over TF-IDF word (1-2) and character (2-5, within words)
n-grams of the normalised text, with six labels: self, method, overdose, other, distress,
negative. It is trained by ``python -m crisis.train`` (scikit-learn, fixed seeds) and shipped as
``crisis/model.json``: per vectoriser, its terms in one list and their numbers (idf, then a weight
per label, as 32-bit floats) in one base64 table beside it, so that reading it builds no object
per number and no object per term beyond the term itself. Inference here
is plain Python, so the bot needs neither scikit-learn nor numpy, and a message costs a few
hundred dictionary look-ups.

Loading reads one package file, once per process (``load`` is cached); nothing here logs.
"""

from __future__ import annotations

import base64
import json
import math
import re
import sys
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

MODEL_FILE = "model.json"
FORMAT = 2
TOKEN = re.compile(r"(?u)\b\w+\b")


def word_ngrams(
    text: str, low: int, high: int, firsts: frozenset[str] | None = None
) -> Counter[str]:
    """Word n-grams as scikit-learn's analyzer="word" counts them (token_pattern TOKEN).

    With ``firsts``, n-grams of two words or more are made only where they begin with one of
    those words (the first words of the model's own n-grams): the others would be looked up in
    vain, and on a long message making them is most of the classifier's time.
    """
    tokens = TOKEN.findall(text)
    grams: Counter[str] = Counter()
    for n in range(low, high + 1):
        if n == 1:
            grams.update(tokens)
            continue
        starts = range(len(tokens) - n + 1)
        if firsts is not None:
            starts = [i for i in starts if tokens[i] in firsts]
        grams.update(" ".join(tokens[i : i + n]) for i in starts)
    return grams


def char_wb_ngrams(text: str, low: int, high: int) -> Counter[str]:
    """Character n-grams within words, padded with a space, as analyzer="char_wb" counts them.

    Each distinct word is cut once and its n-grams counted as often as the word occurs, which
    keeps a long, repetitive message cheap.
    """
    grams: Counter[str] = Counter()
    for word, times in Counter(text.split()).items():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if size <= n:  # a short word counts once, whole
                grams[padded] += times
                break
            for i in range(size - n + 1):
                grams[padded[i : i + n]] += times
    return grams


ANALYZERS = {"word": word_ngrams, "char_wb": char_wb_ngrams}


@dataclass(frozen=True)
class _Block:
    """One TF-IDF vectoriser: its analyser, n-gram range and, per term, idf and weights.

    The numbers live in one flat array, ``width`` to a term (its idf, then a weight for each
    label), and ``index`` gives a term's row: tens of thousands of small lists of floats would
    take about twice the memory.
    """

    analyzer: str
    low: int
    high: int
    index: dict[str, int]  # term -> its row in ``table``
    table: array[float]  # per row: [idf, weight for each label]
    width: int
    firsts: frozenset[str] = frozenset()  # first words of the word n-grams of two or more

    def add_scores(self, text: str, scores: list[float]) -> None:
        index, table, width = self.index, self.table, self.width
        if self.analyzer == "word":
            grams = word_ngrams(text, self.low, self.high, self.firsts)
        else:
            grams = ANALYZERS[self.analyzer](text, self.low, self.high)
        rows = {index[g] * width: c for g, c in grams.items() if g in index}
        if not rows:
            return
        values = {row: (1 + math.log(c)) * table[row] for row, c in rows.items()}
        norm = math.sqrt(sum(v * v for v in values.values()))
        for row, value in values.items():
            for k in range(len(scores)):
                scores[k] += value / norm * table[row + k + 1]


def _block(spec: dict[str, Any], labels: int, rows: list[int]) -> _Block:
    """A vectoriser from its JSON form: ``terms``, and ``table``, ``labels + 1`` numbers a term.

    ``rows`` holds the numbers 0, 1, 2, ... for the index's values, one object each for every
    block (``enumerate`` would make a new one per term and block).
    """
    terms: list[str] = spec["terms"]
    width = labels + 1
    table = array("f")
    try:
        table.frombytes(base64.b64decode(spec["table"], validate=True))
    except (TypeError, ValueError) as exc:
        raise ValueError("crisis model: a table is not base64 of 32-bit floats") from exc
    if sys.byteorder != "little":
        table.byteswap()
    if len(table) != len(terms) * width:
        raise ValueError("crisis model: a term's weights do not match the labels")
    index = dict(zip(terms, rows, strict=False))  # rows: as many as the largest block has terms
    # A first word that is a term itself (most are) is kept as that term's own string, not a copy.
    words = {term: term for term in terms if " " not in term}
    heads = (term.split(" ", 1)[0] for term in terms if " " in term)
    firsts = frozenset(words.get(head, head) for head in heads)
    return _Block(spec["analyzer"], spec["low"], spec["high"], index, table, width, firsts)


def pack_table(numbers: list[float]) -> str:
    """The JSON form of a table: little-endian 32-bit floats, base64 (the inverse of ``_block``)."""
    table = array("f", numbers)
    if sys.byteorder != "little":
        table.byteswap()
    return base64.b64encode(table.tobytes()).decode("ascii")


@dataclass(frozen=True)
class Model:
    """The classifier: labels, intercepts, vectorisers and the thresholds chosen with it."""

    version: str
    labels: tuple[str, ...]
    intercept: tuple[float, ...]
    blocks: tuple[_Block, ...]
    thresholds: dict[str, float]

    def probabilities(self, plain: str) -> dict[str, float]:
        """Label -> probability for normalised text."""
        scores = list(self.intercept)
        for block in self.blocks:
            block.add_scores(plain, scores)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}


def from_dict(data: dict[str, Any]) -> Model:
    """Build a Model from the JSON form; a wrong format is a clear error, not a crash later."""
    if data.get("format") != FORMAT:
        raise ValueError(f"crisis model format {data.get('format')!r}, expected {FORMAT}")
    labels = tuple(data["labels"])
    rows = list(range(max((len(block["terms"]) for block in data["blocks"]), default=0)))
    blocks = [_block(block, len(labels), rows) for block in data["blocks"]]
    if len(data["intercept"]) != len(labels):
        raise ValueError("crisis model: the intercepts do not match the labels")
    return Model(
        version=str(data["version"]),
        labels=labels,
        intercept=tuple(data["intercept"]),
        blocks=tuple(blocks),
        thresholds=dict(data["thresholds"]),
    )


def _read(f: IO[str]) -> dict[str, Any]:
    """The JSON form."""
    data: dict[str, Any] = json.load(f)
    return data


def load_path(path: Path) -> Model:
    with path.open(encoding="utf-8") as f:
        return from_dict(_read(f))


@lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model, read once per process."""
    with resources.files("crisis").joinpath(MODEL_FILE).open(encoding="utf-8") as f:
        return from_dict(_read(f))
