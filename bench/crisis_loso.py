"""Leave-one-set-out figures for the crisis detector: ``python -m bench.crisis_loso``.

For each labelled set (the blind development sets and the sealed sets already measured), a
classifier is trained on every other set (and the everyday negatives) and the whole detector,
rules and that classifier, is measured on the set it never saw. The thresholds for the held set
are chosen from the held-out readings of the other sets' negatives (each of those read by a
model that did not see its own set), so the held set decides nothing about its own figure.

The rules were written with every set in view, so these figures still flatter the rules; the
classifier's part is honest. Fitting takes most of the time (one fit per set, about a minute
each), so the held-out readings are kept in a cache file (``--cache``) and later runs only
re-read the rules and re-choose the thresholds, which is how a threshold or a rule change is
measured: ``--budget check=0.08`` tries another false-positive budget for the check-in.

The rules' part is honest only for a set the rules never saw: ``--first-rules`` measures each set
that was committed as it came with the rules of the commit it was first measured at (a copy of
that commit's ``crisis/``, run in a child process) and the classifier fitted without it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from crisis import assess, bare, titles, train
from crisis.model import Model, from_dict
from crisis.normalise import normalise

CACHE = Path(".crisis_loso.json")
ROOT = Path(__file__).resolve().parent.parent
# The sets committed as they came, and the commit each was first measured at: the rules of that
# commit never saw the set. ``--first-rules`` measures each with those rules.
FIRST_MEASURED = {
    "crisis_dev_h": "db068c1",
    "crisis_dev_i": "4b297c5",
    "crisis_dev_j": "7047fd6",
    "crisis_sealed5": "4aeb565",
    "crisis_sealed6": "81cdc52",
    "crisis_sealed7": "f8b6960",
    "crisis_sealed8": "2754980",
}
# Run inside a copy of an old commit's crisis/ (the working directory comes first on the path):
# argv = set file, model file, thresholds as JSON; prints the tally as JSON.
_CHILD = """
import json, sys
import yaml
from crisis import assess
from crisis.model import from_dict
hits = {"self": {"crisis", "check"}, "method": {"crisis"}, "overdose": {"crisis"},
        "other": {"helper", "crisis"}}
with open(sys.argv[2], encoding="utf-8") as f:
    model = from_dict(json.load(f))
model.thresholds.clear()
model.thresholds.update(json.loads(sys.argv[3]))
tally = {"risk": [0, 0], "method": [0, 0], "overdose": [0, 0], "negative": [0, 0]}
with open(sys.argv[1], encoding="utf-8") as f:
    rows = yaml.safe_load(f)
for row in rows:
    tier, label = assess(row["text"], model).tier, row["label"]
    alarm = tier in ("crisis", "check", "helper")
    hit = alarm if label == "negative" else tier in hits.get(label, ())
    for key in (label, "risk" if label in hits else None):
        if key in tally:
            tally[key][0] += hit
            tally[key][1] += 1
print(json.dumps(tally))
"""
ALL_MEASURED = tuple(dict.fromkeys((*train.MEASURED, "crisis_sealed8")))


def _plain(text: str) -> str:
    """The text the classifier reads inside ``assess``."""
    return bare.meme_self(normalise(titles.without_titles(text)))


class Readings(Model):
    """A model whose readings were made beforehand by the model that did not see the text."""

    def __init__(self, readings: dict[str, dict[str, float]], thresholds: dict[str, float]):
        super().__init__("held-out", (), (), (), thresholds)
        object.__setattr__(self, "readings", readings)

    def probabilities(self, plain: str) -> dict[str, float]:
        return self.readings.get(plain, {"negative": 1.0})  # type: ignore[attr-defined]


def fit_readings(
    sets: dict[str, list[train.Item]], everyday: list[train.Item], keep: Path | None = None
) -> dict:
    """Set name -> {plain text -> probabilities} from a model trained without that set; with
    ``keep``, each held-out model is written there too (``without_<set>.json``)."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for held in sets:
        rest = [item for name, items in sets.items() if name != held for item in items]
        fitted = train.fit(rest, everyday)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            train.write(fitted, keep / f"without_{held}.json")
        model = from_dict(fitted)
        readings = {}
        for text, _ in sets[held]:
            for plain in {_plain(text), normalise(text)}:
                readings[plain] = {k: round(v, 6) for k, v in model.probabilities(plain).items()}
        out[held] = readings
        print(f"fitted without {held}", file=sys.stderr, flush=True)
    return out


def thresholds_for(
    held: str, sets: dict[str, list[train.Item]], readings: dict, budget: dict[str, float]
) -> dict[str, float]:
    """Thresholds from the other sets' held-out readings of their negatives."""
    items, probs = [], []
    for name, rows in sets.items():
        if name == held:
            continue
        for text, label in rows:
            items.append((text, label))
            probs.append(readings[name][_plain(text)])
    saved = dict(train.FP_BUDGET)
    train.FP_BUDGET.update(budget)
    try:
        return train.choose_thresholds(items, probs)
    finally:
        train.FP_BUDGET.clear()
        train.FP_BUDGET.update(saved)


def measure(sets, readings, budget, verbose: bool) -> list[dict]:
    rows = []
    for held, items in sets.items():
        if held == "crisis_corpus":
            continue
        limits = thresholds_for(held, sets, readings, budget)
        model = Readings(readings[held], limits)
        keys = ("risk", "method", "overdose", "negative", "self", "other", "alone", "alone-neg")
        t = {k: [0, 0] for k in keys}
        misses = []
        for text, label in items:
            tier = assess(text, model).tier
            hit = tier in train.ALARMS if label == "negative" else tier in train.HITS.get(label, ())
            for key in (label, "risk" if label in train.RISK else None):
                if key in t:
                    t[key][0] += hit
                    t[key][1] += 1
            s = train.scores(model.probabilities(_plain(text)))
            fired = s["check"] >= limits["check"] or s["crisis"] >= limits["crisis"]
            alone = "alone" if label in train.RISK else "alone-neg" if label == "negative" else ""
            if alone:
                t[alone][0] += fired
                t[alone][1] += 1
            if (label in train.RISK and not hit) or (label == "negative" and hit):
                misses.append((label, tier, text))
        rows.append({"set": held, **{k: tuple(v) for k, v in t.items()}, "limits": limits})
        line = ", ".join(f"{k} {h}/{n}" for k, (h, n) in t.items())
        print(f"{held:<16} {line}  {limits}")
        if verbose:
            for label, tier, text in misses:
                print(f"    [{label} -> {tier}] {text[:160]!r}")
    return rows


def first_rules(sets, readings, budget, models: Path) -> list[dict]:
    """Each set committed as it came, measured with the rules of its first measurement and the
    classifier kept (``--keep``) from the fit without it."""
    rows = []
    for held, commit in FIRST_MEASURED.items():
        limits = thresholds_for(held, sets, readings, budget)
        with tempfile.TemporaryDirectory() as folder:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "crisis"],
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
            args = [
                str(ROOT / "tests" / "data" / "blind" / f"{held}.yaml"),
                str(models / f"without_{held}.json"),
                json.dumps(limits),
            ]
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, *args],
                cwd=folder,
                capture_output=True,
                text=True,
                check=True,
            )
        tally = json.loads(done.stdout)
        rows.append({"set": held, **{k: tuple(v) for k, v in tally.items()}})
        line = ", ".join(f"{k} {h}/{n}" for k, (h, n) in tally.items())
        print(f"{held:<16} rules of {commit}: {line}", flush=True)
    return rows


def summary(rows: list[dict]) -> None:
    def rate(key: str) -> list[float]:
        return [r[key][0] / r[key][1] for r in rows if r[key][1]]

    keys = (("risk", min), ("method", min), ("overdose", min), ("negative", max))
    for key, worst in (*keys, ("alone", min), ("alone-neg", max)):
        if key not in rows[0]:
            continue
        rates = rate(key)
        total = [sum(r[key][i] for r in rows) for i in (0, 1)]
        print(
            f"{key:<9} pooled {total[0]}/{total[1]} ({total[0] / total[1]:.1%}), mean "
            f"{statistics.mean(rates):.1%}, worst set {worst(rates):.1%}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--refit", action="store_true", help="fit again even with a cache")
    parser.add_argument("--budget", action="append", default=[], help="name=rate")
    parser.add_argument("--keep", type=Path, help="write each held-out model to this folder")
    parser.add_argument(
        "--first-rules",
        action="store_true",
        help="the sets committed as they came, with the rules they were first measured with "
        "(needs the held-out models written by --keep, named by --keep)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    saved = train.MEASURED
    train.MEASURED = ALL_MEASURED
    sets = train.load_sets()
    train.MEASURED = saved
    if args.refit or not args.cache.exists():
        readings = fit_readings(sets, train.load_everyday(), args.keep)
        args.cache.write_text(json.dumps(readings), encoding="utf-8")
    readings = json.loads(args.cache.read_text(encoding="utf-8"))
    budget = {}
    for spec in args.budget:
        name, value = spec.split("=")
        budget[name] = float(value)
    if args.first_rules:
        if args.keep is None:
            parser.error("--first-rules needs --keep FOLDER with the held-out models")
        summary(first_rules(sets, readings, budget, args.keep))
        return 0
    summary(measure(sets, readings, budget, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
