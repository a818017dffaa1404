"""Leave-one-set-out figures for the learned layer of ask the course.

Run from the repository root: ``python -m bench.ask_loso [--c 1 4] [--share 0.5 1]``.

For each labelled set of ``tests/data/blind/ask_*.yaml``, the model (ask.train) is fitted on
every other set, ``tests/data/ask_written.yaml`` and the course's `asks` phrases, and the held-out
set is measured with it, for each regularisation `--c` and each share `--share` of its
probability in the rank. "rules" is the search with no learned layer, as measured by bench.ask:
in-sample for the sets its rules were tuned on, which flatters it. Prints, per setting, each
set's top-1, top-3, declined and prescriber-line rates, then the mean and the worst set.
Figures only: it changes nothing.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time

from ask import hits as hits_module
from ask import reply as reply_module
from ask.index import CourseIndex
from ask.learned import from_dict
from ask.questions import Question
from ask.reply import PRESCRIBER_LINE, compose_for
from ask.train import course_index, course_samples, fit, labelled_sets, question_samples
from bench.ask import Figures, rate
from content.markup import plain_text

RATES = ("top1", "top3", "declined", "prescriber")


def _read(index: CourseIndex, items: list[dict]) -> list[tuple[dict, Question]]:
    """Each question read once: reading does not depend on the model."""
    kinds = ("covered", "not_covered", "personal", "dosing")
    return [(item, index.read(item["q"])) for item in items if item["kind"] in kinds]


def _searched(index: CourseIndex, read: list[tuple[dict, Question]]) -> list[tuple]:
    """Each read question with its hits, searched once for every decision setting."""
    return [(item, question, index.search(question)) for item, question in read]


def _rates(searched: list[tuple]) -> dict[str, float]:
    """As bench.ask counts them."""
    figures = Figures()
    for item, question, hits in searched:
        kind, wanted = item["kind"], set(item.get("answer") or ())
        figures.kinds[kind] = figures.kinds.get(kind, 0) + 1
        reply = compose_for(question, hits)
        if kind == "covered":
            figures.top1 += reply.answered and reply.docs[0].target in wanted
            figures.top3 += reply.answered and bool(wanted & set(reply.ranked[:3]))
        elif kind == "not_covered":
            figures.declined += not reply.answered
        else:
            figures.prescriber += PRESCRIBER_LINE in plain_text(reply.html)
    k = figures.kinds
    return {
        "top1": rate(figures.top1, k.get("covered", 0)),
        "top3": rate(figures.top3, k.get("covered", 0)),
        "declined": rate(figures.declined, k.get("not_covered", 0)),
        "prescriber": rate(figures.prescriber, k.get("personal", 0) + k.get("dosing", 0)),
    }


def _summary(label: str, per_set: dict[str, dict[str, float]], verbose: bool) -> None:
    if verbose:
        for name, values in per_set.items():
            print(f"  {label:34} {name:12} " + "  ".join(f"{values[r]:6.1%}" for r in RATES))
    means = {r: statistics.fmean(v[r] for v in per_set.values()) for r in RATES}
    worst = {r: min(v[r] for v in per_set.values()) for r in RATES}
    lowest = {r: min(per_set, key=lambda n, r=r: per_set[n][r]) for r in RATES}
    print(
        f"{label:36} mean "
        + "  ".join(f"{r} {means[r]:6.1%}" for r in RATES)
        + "\n"
        + " " * 37
        + "worst "
        + "  ".join(f"{r} {worst[r]:6.1%} ({lowest[r]})" for r in RATES),
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ask_loso", description=__doc__)
    parser.add_argument("--c", nargs="+", type=float, default=[4.0])
    parser.add_argument("--share", nargs="+", type=float, default=[hits_module.LEARNED_SHARE])
    parser.add_argument("--sure", nargs="+", type=float, default=[reply_module.SURE])
    parser.add_argument("--unasked", nargs="+", type=float, default=[reply_module.UNASKED])
    parser.add_argument("--loose", nargs="+", type=float, default=[reply_module.LOOSE_SHARE])
    parser.add_argument("--stray", nargs="+", type=float, default=[reply_module.STRAY])
    parser.add_argument("--passages", type=float, default=0.0, help="weight of passage texts")
    parser.add_argument("-v", "--verbose", action="store_true", help="every set's figures")
    parser.add_argument("--no-rules", action="store_true", help="skip the rules-only pass")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    index = course_index()
    sets = labelled_sets()
    held = [name for name in sets if name != "ask_written"]
    samples = {name: question_samples(index, items) for name, items in sets.items()}
    course = course_samples(index, args.passages)
    read = {name: _read(index, sets[name]) for name in held}
    took = time.perf_counter() - started
    print(f"read {sum(map(len, samples.values()))} samples in {took:.0f} s")
    if not args.no_rules:
        _summary("rules", {n: _rates(_searched(index, read[n])) for n in held}, args.verbose)
    results: dict[tuple[float, ...], dict[str, dict[str, float]]] = {}
    shipped = reply_module.SURE, reply_module.UNASKED, reply_module.LOOSE_SHARE, reply_module.STRAY
    for name in held:
        for c in args.c:
            train = course + [s for other, part in samples.items() if other != name for s in part]
            index.model = from_dict(fit(train, c))
            for share in args.share:
                hits_module.LEARNED_SHARE = share
                searched = _searched(index, read[name])
                bars = itertools.product(args.sure, args.unasked, args.loose, args.stray)
                for sure, unasked, loose, stray in bars:
                    reply_module.SURE, reply_module.UNASKED = sure, unasked
                    reply_module.LOOSE_SHARE, reply_module.STRAY = loose, stray
                    setting = (c, share, sure, unasked, loose, stray)
                    results.setdefault(setting, {})[name] = _rates(searched)
                (
                    reply_module.SURE,
                    reply_module.UNASKED,
                    reply_module.LOOSE_SHARE,
                    reply_module.STRAY,
                ) = shipped
        print(f"  {name} done at {time.perf_counter() - started:.0f} s", file=sys.stderr)
    for (c, share, sure, unasked, loose, stray), per_set in sorted(results.items()):
        label = f"C {c:g} share {share:g} sure {sure:g}/{unasked:g} loose {loose:g}/{stray:g}"
        _summary(label, per_set, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
