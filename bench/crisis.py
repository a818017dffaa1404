"""Crisis detector figures: recall, false positives and time per message.

Run from the repository root: ``python -m bench.crisis``. Accuracy is reported separately for
the tuning set (the patterns were written against it) and the held-out set (never used for
tuning), since only the second says how the detector does on phrasings it has not seen; and
separately for the writer's own crisis (``is_crisis``) and for concern about someone else
(``concern_for_other``, whose positives must also not be taken for the writer's own).
Exits with status 1 if a set misses a target (recall >= 95 %, false positives <= 5 %).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from crisis import OTHER, concern_for_other, crisis_kind, is_crisis

CORPUS_PATH = Path(__file__).resolve().parent.parent / "tests" / "data" / "crisis_corpus.yaml"
RECALL_TARGET = 0.95
FALSE_POSITIVE_TARGET = 0.05
RUNS = 7
# Telegram's maximum message length: the slowest input the handler can be given.
LONGEST_MESSAGE = ("the lesson on NMDA receptors was long and detailed. " * 80)[:4096]


@dataclass(frozen=True)
class Accuracy:
    """How one labelled set fares."""

    positives: int
    negatives: int
    recall: float
    false_positive_rate: float

    @property
    def on_target(self) -> bool:
        return self.recall >= RECALL_TARGET and self.false_positive_rate <= FALSE_POSITIVE_TARGET


def load_corpus(path: Path = CORPUS_PATH) -> dict[str, list[str]]:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def gets_helper_reply(text: str) -> bool:
    """Concern for someone else, and not taken for the writer's own crisis."""
    return crisis_kind(text) == OTHER


def accuracy(
    positives: list[str],
    negatives: list[str],
    hit: Callable[[str], bool] = is_crisis,
    false_alarm: Callable[[str], bool] = is_crisis,
) -> Accuracy:
    hits = sum(map(hit, positives))
    false_alarms = sum(map(false_alarm, negatives))
    return Accuracy(
        positives=len(positives),
        negatives=len(negatives),
        recall=hits / len(positives),
        false_positive_rate=false_alarms / len(negatives),
    )


def median_microseconds(messages: list[str], runs: int = RUNS) -> float:
    """Median time for one message (both checks, as the bot runs them), median over ``runs``."""
    run_medians = []
    for _ in range(runs):
        timings = []
        for text in messages:
            start = time.perf_counter_ns()
            crisis_kind(text)
            timings.append(time.perf_counter_ns() - start)
        run_medians.append(statistics.median(timings))
    return statistics.median(run_medians) / 1000


def main() -> int:
    corpus = load_corpus()
    sets = {
        "tuned": accuracy(corpus["positive"], corpus["negative"]),
        "held-out": accuracy(corpus["holdout_positive"], corpus["holdout_negative"]),
        "other tuned": accuracy(
            corpus["other_positive"], corpus["other_negative"], gets_helper_reply, concern_for_other
        ),
        "other held-out": accuracy(
            corpus["holdout_other_positive"],
            corpus["holdout_other_negative"],
            gets_helper_reply,
            concern_for_other,
        ),
    }
    everything = [text for section in corpus.values() for text in section]

    print(f"{'set':<16}{'pos/neg':>10}{'recall':>9}{'false pos':>11}  target")
    for name, result in sets.items():
        counts = f"{result.positives}/{result.negatives}"
        verdict = "ok" if result.on_target else "MISSED"
        print(
            f"{name:<16}{counts:>10}{result.recall:>9.1%}{result.false_positive_rate:>11.1%}"
            f"  {verdict}"
        )
    print(f"targets: recall >= {RECALL_TARGET:.0%}, false positives <= {FALSE_POSITIVE_TARGET:.0%}")
    print("other: concern for someone else (a hit must not also be taken for the writer's own)")
    print(
        f"median time per message: {median_microseconds(everything):.1f} µs "
        f"({len(everything)} messages, median of {RUNS} runs)"
    )
    print(
        f"a 4096-character message: {median_microseconds([LONGEST_MESSAGE]):.0f} µs "
        f"(median of {RUNS} runs)"
    )
    return 0 if all(result.on_target for result in sets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
