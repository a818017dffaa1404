"""Leave-one-set-out calibration of the `asks` weight and the decline bar of ask the course.

Run from the repository root, naming the labelled sets:
``python -m bench.ask_calibrate tests/data/ask_written.yaml tests/data/blind/ask_dev.yaml ...``

For each set held out, the settings are chosen on the others (the mean over them of top-1 +
top-3 / 2 + declined, each a rate, so a declined question weighs more than a ranked one), then the
held-out set is measured with them; "without" is the index built with no `asks` phrases and the
settings as shipped. Figures only: it changes nothing.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

import yaml

from ask import hits as hits_module
from ask import index as index_module
from ask import reply as reply_module
from ask.hits import Hit
from ask.index import CourseIndex
from ask.passages import course_passages
from ask.questions import Question
from ask.synonyms import load_synonyms
from content.loader import load_course
from settings.config import DEFAULT_CONTENT_DIR

SHARES = (0.0, 0.1, 0.2, 0.3, 0.5, 0.8)
WEIGHTS = (1.0, 2.0)
COVERS = (0.5, 0.75, 1.0)
BARS = (0.42, 0.45, 0.48, 0.51, 0.54)
Rates = tuple[float, float, float]  # top-1, top-3, declined


def _searched(index: CourseIndex, items: list[dict]) -> list[tuple[dict, Question, list[Hit]]]:
    """Each covered or not-covered question, read and searched once for every decline bar."""
    wanted = [item for item in items if item["kind"] in ("covered", "not_covered")]
    return [(item, q, index.search(q)) for item in wanted for q in [index.read(item["q"])]]


def _rates(searched: list[tuple[dict, Question, list[Hit]]], bar: float) -> Rates:
    reply_module.MIN_COVERAGE = bar
    top1 = top3 = declined = covered = other = 0
    for item, question, hits in searched:
        answer = reply_module.compose_for(question, hits)
        if item["kind"] == "not_covered":
            other += 1
            declined += not answer.answered
            continue
        covered += 1
        wanted = set(item.get("answer") or ())
        top1 += answer.answered and answer.docs[0].target in wanted
        ranked = list(dict.fromkeys(h.passage.target for h in hits))[:3]
        top3 += answer.answered and bool(wanted & set(ranked))
    return top1 / max(1, covered), top3 / max(1, covered), declined / max(1, other)


def _score(rates: Rates) -> float:
    return rates[0] + rates[1] / 2 + rates[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ask_calibrate", description=__doc__)
    parser.add_argument("sets", nargs="+", type=Path, help="labelled sets")
    parser.add_argument(
        "--bar", type=float, action="append", help="decline bars to try (default: a range)"
    )
    args = parser.parse_args(argv)
    bars = tuple(args.bar or BARS)
    sets = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) or [] for p in args.sets}
    course = load_course(DEFAULT_CONTENT_DIR)
    synonyms = load_synonyms(course.directory)
    shipped = (
        hits_module.ASKS_SHARE,
        index_module.ASKS_WEIGHT,
        index_module.ASKS_COVER,
        reply_module.MIN_COVERAGE,
    )
    bare = [replace(p, asks=()) for p in course_passages(course)]
    without = CourseIndex(bare, synonyms, course)
    before = {n: _rates(_searched(without, i), shipped[3]) for n, i in sets.items()}
    table: dict[tuple[float, float, float, float], dict[str, Rates]] = {}
    for weight in WEIGHTS:
        index_module.ASKS_WEIGHT = weight
        index = CourseIndex(course_passages(course), synonyms, course)
        for share, cover in itertools.product(SHARES, COVERS):
            hits_module.ASKS_SHARE, index_module.ASKS_COVER = share, cover
            searched = {n: _searched(index, i) for n, i in sets.items()}
            for bar in bars:
                key = (share, weight, cover, bar)
                table[key] = {n: _rates(s, bar) for n, s in searched.items()}
    print("held out    without asks (top-1, top-3, declined) -> with, settings from the rest")
    for name in sets:
        rest = [n for n in sets if n != name]
        best = max(table, key=lambda key: sum(_score(table[key][n]) for n in rest))
        b, a = before[name], table[best][name]
        print(
            f"{name:20} {b[0]:6.1%} {b[1]:6.1%} {b[2]:6.1%} -> {a[0]:6.1%} {a[1]:6.1%} {a[2]:6.1%}"
            f"   share {best[0]} weight {best[1]} cover {best[2]} bar {best[3]}"
        )
    overall = max(table, key=lambda key: sum(_score(r) for r in table[key].values()))
    print("best on all sets: share {} weight {} cover {} bar {}".format(*overall))
    if shipped in table:
        print("as shipped:", {n: tuple(round(v, 3) for v in r) for n, r in table[shipped].items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
