"""Build ask/model.json from the labelled questions: ``python -m ask.train``.

Reads every labelled set of ``tests/data/blind/ask_*.yaml`` (development sets, and sealed sets
once measured: a sealed set is only committed there after its one measurement) but those named
in ``UNSEEN`` (kept out of training and tuning, to be measured once by name), and
``tests/data/ask_written.yaml``, reads each question with the course's index as the bot does,
and fits, with scikit-learn (a dev dependency; the bot only reads the JSON), an L2-regularised
multinomial logistic regression from a question's features (ask.learned) to the lesson or page
that answers it. A question with several right answers counts as one question spread over them.
The course's own `asks` phrases and titles are fitted too, as questions their lesson or page
answers, so that a lesson no writer asked about is still known. Deterministic: the solver is
exact, the vocabulary sorted and the weights rounded; the same data gives the same file byte for
byte. How well it generalises is measured left-one-set-out by ``python -m bench.ask_loso``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from ask.index import CourseIndex
from ask.learned import FORMAT, MODEL_PATH, NONE, Featurer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ANSWERED = ("covered", "personal", "dosing")  # kinds whose items name the lesson that answers
C = 4.0  # inverse regularisation strength, chosen left-one-set-out (bench.ask_loso)
MIN_DF = 2  # a feature seen in fewer training questions is left out
COURSE_WEIGHT = 1.0  # weight of each `asks` phrase or title, beside a labelled question's 1
PASSAGE_WEIGHT = 0.0  # weight of each passage of the course's text, as a question
DIGITS = 3
# Labelled sets kept as an unseen check: never fitted, never tuned on, measured once by naming
# the file to bench.ask. A set leaves this list only in the commit that records its measurement.
UNSEEN = frozenset({"ask_dev10"})

Sample = tuple[list[str], str, float]  # features, target, weight


def labelled_sets(data: Path = DATA) -> dict[str, list[dict]]:
    """Every labelled set by name: the blind sets but the UNSEEN ones, then the written one."""
    paths = [p for p in sorted((data / "blind").glob("ask_*.yaml")) if p.stem not in UNSEEN]
    if (data / "ask_written.yaml").exists():
        paths.append(data / "ask_written.yaml")
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) or [] for p in paths}


def question_samples(index: CourseIndex, items: Iterable[dict]) -> list[Sample]:
    """Each answered item's features, once per right answer, weighing 1 in all; a question the
    course doesn't cover as NONE."""
    featurer = Featurer()
    samples: list[Sample] = []
    for item in items:
        answers = list(dict.fromkeys(item.get("answer") or ()))
        if item.get("kind") == "not_covered":
            answers = [NONE]
        elif item.get("kind") not in ANSWERED or not answers:
            continue
        features = featurer.features(index.read(item["q"]))
        samples.extend((features, target, 1.0 / len(answers)) for target in answers)
    return samples


def course_samples(index: CourseIndex, passage_weight: float = PASSAGE_WEIGHT) -> list[Sample]:
    """Each lesson's and page's title and `asks` phrases, as questions it answers; and, at
    `passage_weight`, each of its passages."""
    featurer = Featurer()
    phrases: dict[tuple[str, str], None] = {}
    for passage in index.passages:
        for text in (passage.title, *passage.asks):
            phrases[passage.target, text] = None
    samples = [
        (featurer.features(index.read(text)), target, COURSE_WEIGHT)
        for target, text in sorted(phrases)
    ]
    if passage_weight:
        samples += [
            (featurer.features(index.read(p.text)), p.target, passage_weight)
            for p in index.passages
        ]
    return samples


def fit(samples: Sequence[Sample], c: float = C, min_df: int = MIN_DF) -> dict[str, Any]:
    """The model in its JSON form (ask.learned.from_dict)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for features, _, _ in samples for f in set(features))
    vocabulary = sorted(f for f, n in counts.items() if n >= min_df)
    column = {f: i for i, f in enumerate(vocabulary)}
    rows, cols, values = [], [], []
    for r, (features, _, _) in enumerate(samples):
        known = sorted({column[f] for f in features if f in column})
        for col in known:
            rows.append(r)
            cols.append(col)
            values.append(1.0 / np.sqrt(len(known)))
    matrix = csr_matrix((values, (rows, cols)), shape=(len(samples), len(vocabulary)))
    labels = [target for _, target, _ in samples]
    weights = np.array([weight for _, _, weight in samples])
    clf = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", tol=1e-8)
    clf.fit(matrix, labels, sample_weight=weights)
    targets = [str(t) for t in clf.classes_]
    coef, intercept = clf.coef_, clf.intercept_
    if len(targets) == 2:  # one logit for the second class: as a softmax, half each way
        coef = np.vstack([-coef / 2, coef / 2])
        intercept = np.hstack([-intercept / 2, intercept / 2])
    coef = np.round(coef, DIGITS)
    table = {
        feature: [float(w) for w in coef[:, i]]
        for i, feature in enumerate(vocabulary)
        if np.any(coef[:, i])
    }
    bias = [float(b) for b in np.round(intercept, DIGITS)]
    return {"format": FORMAT, "targets": targets, "bias": bias, "weights": table}


def training_samples(
    index: CourseIndex, sets: dict[str, list[dict]], leave_out: str | None = None
) -> list[Sample]:
    """The course's phrases and every set's questions but `leave_out`'s."""
    samples = course_samples(index)
    for name, items in sets.items():
        if name != leave_out:
            samples.extend(question_samples(index, items))
    return samples


def dumps(model: dict[str, Any]) -> str:
    """The JSON text, one feature a line, so a change reads as a diff."""
    lines = [
        "{",
        f'"format": {model["format"]},',
        f'"targets": {json.dumps(model["targets"])},',
        f'"bias": {json.dumps(model["bias"])},',
        '"weights": {',
    ]
    rows = [
        f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}"
        for f, w in sorted(model["weights"].items())
    ]
    lines.append(",\n".join(rows))
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def course_index() -> CourseIndex:
    from content.loader import load_course
    from settings.config import DEFAULT_CONTENT_DIR

    course = load_course(DEFAULT_CONTENT_DIR)
    index = CourseIndex.build(course)
    index.model = None  # questions are read the same way with or without a model
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ask.train", description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    index = course_index()
    samples = training_samples(index, labelled_sets())
    text = dumps(fit(samples))
    args.out.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    print(f"{len(samples)} samples -> {args.out} ({len(text)} bytes, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
