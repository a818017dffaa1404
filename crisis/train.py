"""Build crisis/model.json from the labelled development sets: ``python -m crisis.train``.

Reads the blind development sets (``tests/data/blind/crisis_dev_*.yaml``, but never those
``HELD_OUT`` as an unseen check), the sealed sets that have already had their one measurement
(``MEASURED``; a sealed set not yet measured is never read)
and the old self-written corpus, fits TF-IDF + multinomial logistic regression with scikit-learn
(a dev dependency; the bot itself only reads the JSON), picks the thresholds from out-of-fold
predictions, prints how a model trained without one set does on that set, and writes the model.
Deterministic: fixed seeds, sorted vocabularies, rounded weights; the same data gives the same
file byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess
from crisis.model import FORMAT, MODEL_FILE, from_dict, pack_table
from crisis.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = Path(__file__).resolve().parent / MODEL_FILE
LABELS = ("negative", "distress", "self", "method", "overdose", "other")
RISK = ("self", "method", "overdose", "other")
SEED = 0
ALARMS = (CRISIS, CHECK, HELPER)
# Vectorisers: (analyzer, low, high, min_df)
BLOCKS = (("word", 1, 2, 2), ("char_wb", 2, 5, 2))
C = 8.0
# Highest out-of-fold false-positive rate on negatives allowed for each threshold.
# "foreign" is the risk threshold for a message plainly in another language, where the
# classifier has seen far fewer examples: stricter than "check".
# Leave-one-set-out, with the rules each set was first measured with, 8 % for the check-in (and
# 5 % in another language) found 59 more of 1250 unseen risk messages than 5 % (3 %) for one more
# false positive of 270; but it asked about dozens of the everyday lookalikes written for the
# rules (a surprise party, a hike, a stain), so the budgets stay.
FP_BUDGET = {"check": 0.05, "crisis": 0.01, "distress": 0.03, "foreign": 0.03}
DIGITS = 4

# Sealed sets whose one measurement is done: development data from then on. A sealed set not
# listed here is never read.
MEASURED = (
    "crisis_sealed",
    "crisis_sealed2",
    "crisis_sealed3",
    "crisis_sealed4",
    "crisis_sealed5",
    "crisis_sealed6",
    "crisis_sealed7",
    "crisis_sealed8",
    "crisis_sealed9",
    "crisis_sealed10",
    "crisis_sealed11",
    "crisis_sealed12",
    "crisis_sealed13",
    "crisis_sealed14",
    "crisis_sealed15",
    "crisis_sealed16",
    "crisis_sealed17",
    "crisis_sealed18",
    "crisis_sealed19",
    "crisis_sealed20",
    "crisis_sealed21",
    "crisis_sealed22",
    "crisis_sealed23",
    "crisis_sealed24",
    "crisis_sealed25",
    "crisis_sealed26",
    "crisis_sealed27",
    "crisis_sealed28",
    "crisis_sealed32",
    "crisis_sealed33",
    "crisis_sealed34",
    "crisis_sealed35",
    "crisis_sealed36",
    "crisis_sealed37",
    "crisis_sealed38",
    "crisis_sealed39",
    "crisis_sealed40",
    "crisis_sealed41",
    "crisis_sealed42",
    "crisis_sealed43",
)

# Development sets kept back as an unseen check: never trained on, tuned on or measured while
# tuning (docs/safety.md, "Held out"). Named here so that the glob below can never take them in.
HELD_OUT = ("crisis_dev_s",)

Item = tuple[str, str]  # text, label


def blind_files(data: Path = DATA) -> list[Path]:
    """The blind sets training may read: development sets and sealed sets already measured."""
    folder = data / "blind"
    measured = [folder / f"{name}.yaml" for name in MEASURED]
    dev = [p for p in sorted(folder.glob("crisis_dev_*.yaml")) if p.stem not in HELD_OUT]
    return dev + [p for p in measured if p.exists()]


def load_sets(data: Path = DATA) -> dict[str, list[Item]]:
    """The blind sets of ``blind_files`` and the old corpus, as (text, label)."""
    sets: dict[str, list[Item]] = {}
    for path in blind_files(data):
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
        sets[path.stem] = [(r["text"], r["label"]) for r in rows]
    corpus_path = data / "crisis_corpus.yaml"
    if corpus_path.exists():
        corpus = yaml.safe_load(corpus_path.read_text(encoding="utf-8"))
        old = []
        for section, texts in corpus.items():
            label = "other" if "other_positive" in section else "self"
            label = "negative" if section.endswith("negative") else label
            old.extend((text, label) for text in texts)
        sets["crisis_corpus"] = old
    return sets


# What the bot is mostly sent: everyday messages (``crisis_everyday.yaml``, written with the words
# a crisis uses, about ordinary things), questions about the course, and the course's own
# sentences (which speak of suicidal thoughts as a topic). They are fitted as negatives so that
# everyday words read as everyday, and never used to choose a threshold: the hard negatives of
# the labelled sets alone decide those.
_MARKUP = re.compile(r"<[^>]+>|\[[a-z0-9_, ]+\]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_NOT_EVERYDAY = frozenset({"crisis_question", "personal"})


def load_everyday(data: Path = DATA) -> list[Item]:
    """Course questions and lesson sentences, as negatives; none from a sealed set."""
    texts: list[str] = []
    written = data / "crisis_everyday.yaml"
    if written.exists():
        texts.extend(yaml.safe_load(written.read_text(encoding="utf-8")))
    for path in (data / "ask_written.yaml", data / "blind" / "ask_dev.yaml"):
        if path.exists():
            rows = yaml.safe_load(path.read_text(encoding="utf-8"))
            texts.extend(r["q"] for r in rows if r.get("kind") not in _NOT_EVERYDAY)
    lessons = data.parent.parent / "content" / "ketamine" / "lessons"
    for path in sorted(lessons.glob("*.yaml")) if lessons.is_dir() else ():
        lesson = yaml.safe_load(path.read_text(encoding="utf-8"))
        for part in lesson.get("parts", ()):
            plain = _MARKUP.sub("", part)
            texts.extend(t.strip() for t in _SENTENCE.split(plain) if len(t.split()) >= 4)
    return [(text, "negative") for text in texts]


def _vectoriser(analyzer: str, low: int, high: int, min_df: int):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = {"token_pattern": r"(?u)\b\w+\b"} if analyzer == "word" else {}
    return TfidfVectorizer(
        analyzer=analyzer,
        ngram_range=(low, high),
        min_df=min_df,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float64,
        **word,
    )


def fit(items: Sequence[Item], everyday: Sequence[Item] = ()) -> dict[str, Any]:
    """Fit the vectorisers and the classifier; the model in its JSON form, without thresholds."""
    items = [*items, *everyday]
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    texts = [normalise(text) for text, _ in items]
    labels = [label for _, label in items]
    vectorisers = [_vectoriser(*spec) for spec in BLOCKS]
    matrix = hstack([v.fit_transform(texts) for v in vectorisers]).tocsr()
    classes = [label for label in LABELS if label in set(labels)]
    clf = LogisticRegression(C=C, max_iter=5000, random_state=SEED, class_weight="balanced")
    clf.fit(matrix, labels)
    order = [list(clf.classes_).index(label) for label in classes]
    coef = clf.coef_[order]
    blocks, start = [], 0
    for (analyzer, low, high, _), vec in zip(BLOCKS, vectorisers, strict=True):
        vocab = vec.vocabulary_
        terms = sorted(vocab)
        table: list[float] = []
        for term in terms:
            i = vocab[term]
            table.append(round(float(vec.idf_[i]), DIGITS))
            table.extend(round(float(w), DIGITS) for w in coef[:, start + i])
        block = {"analyzer": analyzer, "low": low, "high": high, "terms": terms}
        blocks.append({**block, "table": pack_table(table)})
        start += len(vocab)
    return {
        "format": FORMAT,
        "version": "",
        "labels": classes,
        "intercept": [round(float(b), DIGITS) for b in clf.intercept_[order]],
        "blocks": blocks,
        "thresholds": {"check": 0.5, "crisis": 0.5, "distress": 0.5},
    }


def out_of_fold(
    items: Sequence[Item], everyday: Sequence[Item] = (), folds: int = 5
) -> list[dict[str, float]]:
    """Each item's probabilities from a model that did not see it (stratified, seeded)."""
    from sklearn.model_selection import StratifiedKFold

    labels = [label for _, label in items]
    result: list[dict[str, float]] = [{} for _ in items]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for train, test in splitter.split(list(range(len(items))), labels):
        model = from_dict(fit([items[i] for i in train], everyday))
        for i in test:
            result[i] = model.probabilities(normalise(items[i][0]))
    return result


def scores(p: dict[str, float]) -> dict[str, float]:
    """The numbers the thresholds apply to."""
    return {
        "check": sum(p.get(label, 0.0) for label in RISK),
        "crisis": p.get("method", 0.0) + p.get("overdose", 0.0),
        "distress": p.get("distress", 0.0),
        "foreign": sum(p.get(label, 0.0) for label in RISK),
    }


def choose_thresholds(items: Sequence[Item], probs: list[dict[str, float]]) -> dict[str, float]:
    """For each score, the lowest threshold whose false positives on negatives fit the budget."""
    chosen = {}
    for name, budget in FP_BUDGET.items():
        negatives = sorted(
            (
                scores(p)[name]
                for (_, label), p in zip(items, probs, strict=True)
                if label == "negative"
            ),
            reverse=True,
        )
        allowed = int(budget * len(negatives))
        chosen[name] = round(max(0.2, negatives[allowed] + 1e-4) if negatives else 0.5, DIGITS)
    return chosen


# The replies that count as a hit, per label, as ``bench.crisis`` counts them.
HITS = {
    "self": {CRISIS, CHECK},
    "method": {CRISIS},
    "overdose": {CRISIS},
    "other": {HELPER, CRISIS},
    "distress": {DISTRESS, CHECK, CRISIS},
}


def held_out(
    sets: dict[str, list[Item]], held: str, everyday: Sequence[Item] = ()
) -> dict[str, list[int]]:
    """Label -> [hits, items] on ``held`` for rules + a model trained without it.

    "negative" counts false positives (a crisis-level reply); "model alone" counts the model's
    own risk readings on the risk labels and on the negatives.
    """
    train = [item for name, items in sets.items() if name != held for item in items]
    model = from_dict(fit(train, everyday))
    model.thresholds.update(choose_thresholds(train, out_of_fold(train, everyday)))
    tally: dict[str, list[int]] = {}
    for text, label in sets[held]:
        s = scores(model.probabilities(normalise(text)))
        fired = s["check"] >= model.thresholds["check"]
        fired = fired or s["crisis"] >= model.thresholds["crisis"]
        tier = assess(text, model).tier
        hit = tier in ALARMS if label == "negative" else tier in HITS.get(label, ())
        tally.setdefault(label, [0, 0])
        tally[label][0] += hit
        tally[label][1] += 1
        if label in RISK or label == "negative":
            alone = "model alone " + ("negative" if label == "negative" else "risk")
            tally.setdefault(alone, [0, 0])
            tally[alone][0] += fired
            tally[alone][1] += 1
    return tally


def cross_set_report(
    sets: dict[str, list[Item]], only: Sequence[str] = (), everyday: Sequence[Item] = ()
) -> None:
    """Train without one blind set, measure on it: the honest figure for the model."""
    for held in (name for name in sets if name != "crisis_corpus"):
        if only and held not in only:
            continue
        tally = held_out(sets, held, everyday)
        risk = [sum(tally.get(label, [0, 0])[i] for label in RISK) for i in (0, 1)]
        parts = [f"{label} {h}/{n}" for label, (h, n) in sorted(tally.items())]
        print(f"without {held}: recall {risk[0]}/{risk[1]}; " + ", ".join(parts), flush=True)


def build(sets: dict[str, list[Item]], everyday: Sequence[Item] = ()) -> dict[str, Any]:
    """The model trained on every set, with thresholds and a content-derived version."""
    items = [item for name in sorted(sets) for item in sets[name]]
    model = fit(items, everyday)
    model["thresholds"] = choose_thresholds(items, out_of_fold(items, everyday))
    digest = hashlib.sha256(json.dumps(model, sort_keys=True).encode()).hexdigest()[:12]
    model["version"] = f"{FORMAT}-{digest}"
    return model


def write(model: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder with blind/ and corpus")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-report", action="store_true", help="skip the cross-set figures")
    parser.add_argument(
        "--held", action="append", default=[], help="cross-set figures for this set only"
    )
    parser.add_argument("--report-only", action="store_true", help="do not write the model")
    parser.add_argument("--no-everyday", action="store_true", help="fit the labelled sets only")
    args = parser.parse_args(argv)
    sets = load_sets(args.data)
    everyday = [] if args.no_everyday else load_everyday(args.data)
    if not args.no_report:
        cross_set_report(sets, args.held, everyday)
    if args.report_only:
        return 0
    model = build(sets, everyday)
    write(model, args.out)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB), version {model['version']}, {model['thresholds']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
