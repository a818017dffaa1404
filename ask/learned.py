"""The learned layer of the search: which lesson or page a question's words point to.

A linear model over a question's words (English stems, pairs of neighbouring words) and its
concepts (the synonym group or spelled word each concept is), one weight vector per lesson or
page, fitted at build time by ``python -m ask.train`` on the labelled questions and the course's
`asks` phrases, and read here from ``ask/model.json`` with no machine-learning library. Its
softmax is a probability per lesson or page that the search adds, at a share, to the rank of each
passage of that lesson or page (ask.index): the words people use for a topic, learned from many
writers, lift the lesson that answers them over one that merely shares a word.

The same ``features`` function serves training and reading, so both see a question alike.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import Stemmer

from ask.questions import CARE, Question

logger = logging.getLogger(__name__)

MODEL_FILE = "model.json"
MODEL_PATH = Path(__file__).resolve().parent / MODEL_FILE
FORMAT = 1
# The class of questions the course doesn't cover: its probability says how unlike any lesson's
# questions a question is (ask.reply weighs it in deciding whether to answer).
NONE = "(none)"
_WORD = re.compile(r"[^\W\d_]+|\d+")


class Featurer:
    """A question's features; an English stemmer of its own, without a cache (PyStemmer keeps
    10,000 words by default, and nothing about a question is kept)."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("english", 0)

    def words(self, text: str) -> list[str]:
        """The text's words, lower-cased, as English stems."""
        return self._stemmer.stemWords(_WORD.findall(text.lower().replace("’", "'")))

    def features(self, question: Question) -> list[str]:
        """Its words ("t:"), pairs of neighbouring words ("b:") and concepts ("c:"), each once."""
        stems = self.words(" ".join(question.words))
        found = [f"t:{s}" for s in stems]
        found += [f"b:{a}_{b}" for a, b in itertools.pairwise(stems)]
        for concept in question.concepts:
            if concept == CARE:
                continue
            if len(concept) > 1:
                found.append(f"c:{concept[0]}")
            else:
                found.extend(f"c:{s}" for s in self.words(concept[0]))
        return list(dict.fromkeys(found))


@dataclass(frozen=True)
class RankModel:
    """One weight vector per lesson or page (its `target`), over named features."""

    targets: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]  # feature -> a weight per target

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Each target's probability for a question with these features (L2-normalised, as
        in training), by softmax."""
        known = [self.weights[f] for f in features if f in self.weights]
        scale = 1.0 / math.sqrt(len(known)) if known else 0.0
        logits = list(self.bias)
        for row in known:
            for i, weight in enumerate(row):
                logits[i] += scale * weight
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {t: e / total for t, e in zip(self.targets, exps, strict=True)}


def from_dict(data: Mapping[str, Any]) -> RankModel:
    """A model from its JSON form; ValueError when it is not one this code reads."""
    if data.get("format") != FORMAT:
        raise ValueError(f"model format {data.get('format')!r}, expected {FORMAT}")
    targets = tuple(data["targets"])
    weights = {f: tuple(w) for f, w in data["weights"].items()}
    if len(data["bias"]) != len(targets) or any(len(w) != len(targets) for w in weights.values()):
        raise ValueError("model weights do not match its targets")
    return RankModel(targets, tuple(data["bias"]), weights)


def load_model(path: Path = MODEL_PATH) -> RankModel | None:
    """The shipped model, or None (the search ranks without it) if the file is missing."""
    if not path.exists():
        logger.warning("ask model %s missing: ranking without the learned layer", path.name)
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")))
