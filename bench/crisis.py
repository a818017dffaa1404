"""Crisis detector figures: recall, false positives, latency and memory.

Run from the repository root: ``python -m bench.crisis [SET.yaml ...]``. For the set files
named, or else every labelled set file ``tests/data/blind/crisis_*.yaml`` (written blind, by
people who never saw the detector) and the old self-written corpus, it prints recall per label
and per category, false positives on the hard negatives, the median and 99th-percentile time per
message, and the memory the detector adds.

What counts, per label (the bot's reply decides, see ``crisis.assess``):
- self: the full crisis reply, or the check-in (which carries crisis lines);
- method, overdose: the full crisis reply only;
- other (someone else in crisis): the reply for helpers, or the full crisis reply;
- distress: any caring reply (distress, check-in or crisis); never the command pointer;
- negative: a false positive is a crisis-level reply (crisis, check-in or helpers); a caring
  distress reply on a negative is counted apart, since it replaces only the command pointer.
Exits with status 1 if a set misses a target.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"
CORPUS_PATH = ROOT / "tests" / "data" / "crisis_corpus.yaml"
RECALL_TARGET = 0.95
FALSE_POSITIVE_TARGET = 0.05
MEDIAN_BUDGET_MS = 5.0
P99_BUDGET_MS = 20.0
MEMORY_BUDGET_MB = 50.0
# Telegram's maximum message length: the slowest input the handler can be given.
LONGEST_MESSAGE = ("the lesson on NMDA receptors was long and detailed. " * 80)[:4096]
# The same length in varied sentences, as a person writes it: a long diary-like message with no
# risk in it, where the rules meet many different words (one sentence repeated meets a few).
REALISTIC_MESSAGE = (
    "Hi! Long message today, sorry, I had a lot of time on my bus home and wanted to write down "
    "how the week went before I forget it all. Monday was lesson 4, the one about glutamate and "
    "the NMDA receptor, and honestly it finally clicked for me why the effect can show up within "
    "hours instead of weeks. I read it twice over breakfast and then again at lunch with a "
    "coffee. My partner asked what I was reading and I tried to explain synaptogenesis with a "
    "drawing on a napkin, which went about as well as you would expect, but we laughed a lot. "
    "Sleep has been better this week. I went to bed around eleven most nights, put the phone in "
    "the kitchen like the sleep section suggested, and only woke up once or twice. On Wednesday I "
    "slept a full eight hours for the first time in ages and felt almost suspiciously rested at "
    "work. Work itself was busy: we are moving the whole team to a new ticketing system, so there "
    "were three long meetings and a training session where the trainer kept saying the word "
    "seamless. My manager was nice about the deadline slipping a little, which was a relief, and "
    "a colleague brought homemade banana bread on Thursday, so the week had its highlights. "
    "Family news: my sister is visiting next month with the kids, and my mum wants to do a big "
    "Sunday roast for everyone. The little one has just started football and insists on wearing "
    "his boots around the house. My dad finally fixed the garden fence after talking about it for "
    "two summers, and he sent us a photo of it with a very proud caption. A few questions about "
    "the course, if that is all right. First, in lesson 3 you mentioned that esketamine is given "
    "as a nasal spray under supervision in a clinic; is the supervision period the same "
    "everywhere, or does it depend on the country? Second, the part about dissociation during the "
    "session was interesting; is it known whether the strength of that feeling has anything to do "
    "with how well the treatment works afterwards? I saw conflicting answers in the reading list "
    "and could not tell which study was more recent. Third, could you say a bit more about how "
    "doctors decide on the number of sessions in the first weeks? I also did the breathing "
    "exercise from the bonus material before a dentist appointment on Friday. It helped more than "
    "I thought it would, although the dentist still found a small cavity, so I am going back in "
    "two weeks. The receptionist was lovely and we chatted about her allotment and the ridiculous "
    "number of courgettes she grows every year. On Saturday we went for a long walk by the river, "
    "about twelve kilometres, with a picnic of cheese sandwiches, apples and a flask of tea. "
    "There were herons, a kingfisher if my partner is to be believed, and a lot of dogs in little "
    "raincoats. We got home tired and happy, cooked a big pot of lentil soup and watched an old "
    "detective film that we both fell asleep during. Sunday was quiet: laundry, a bit of reading, "
    "a video call with my best friend who moved to Lisbon last year. She is learning Portuguese "
    "and made me listen to her practise ordering pastries, which she now does better than I order "
    "anything in English. Looking at the week as a whole, I think the mood tracker from lesson 2 "
    "is the most useful thing I have taken from the course so far. Writing a number and two words "
    "every evening sounds silly, but looking back over a month I can actually see patterns, like "
    "how much better I feel on days when I go outside before noon, or how a late coffee ruins my "
    "evening. My doctor liked it too when I showed her at my last appointment and asked if she "
    "could recommend the course to another patient. Plans for next week: finish lesson 5, try the "
    "journaling prompt about values, go to the pottery class I signed up for on a whim, and call "
    "the bank about the mortgage paperwork, which I have been putting off because the hold music "
    "is truly awful. Anyway, thank you for making the lessons so clear and for answering "
    "questions so patiently. It has been a good week, a normal week really, with small annoyances "
    "and small nice things, and I am grateful for that. See you in lesson 5, and have a lovely "
    "evening."
)

# The replies that count as a hit, per label.
HITS = {
    "self": {"crisis", "check"},
    "method": {"crisis"},
    "overdose": {"crisis"},
    "other": {"helper", "crisis"},
    "distress": {"distress", "check", "crisis"},
}
RISK_LABELS = ("self", "method", "overdose", "other")
THRESHOLDS = ("check", "crisis", "distress", "foreign")

Item = tuple[str, str, str]  # text, label, category


@dataclass
class Tally:
    """Hits out of items, for one label or category."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += hit
        self.total += 1

    def __str__(self) -> str:
        rate = self.hits / self.total if self.total else 0.0
        return f"{self.hits}/{self.total} ({rate:.1%})"


@dataclass
class SetResult:
    """How one set file fares."""

    name: str
    labels: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    categories: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    risk: Tally = field(default_factory=Tally)  # self, method, overdose and other together
    false_positives: Tally = field(default_factory=Tally)
    caring: Tally = field(default_factory=Tally)  # distress replies to negatives
    routed: Tally = field(default_factory=Tally)  # risk and distress messages given their reply
    answered: Tally = field(default_factory=Tally)  # negatives given any reply at all

    @property
    def recall(self) -> float:
        return self.risk.hits / self.risk.total if self.risk.total else 1.0

    @property
    def false_positive_rate(self) -> float:
        fp = self.false_positives
        return fp.hits / fp.total if fp.total else 0.0

    @property
    def on_target(self) -> bool:
        full = all(
            t.hits == t.total for label, t in self.labels.items() if label in ("method", "overdose")
        )
        return (
            self.recall >= RECALL_TARGET
            and self.false_positive_rate <= FALSE_POSITIVE_TARGET
            and full
        )


def load_blind(path: Path) -> list[Item]:
    with path.open(encoding="utf-8") as f:
        rows = yaml.safe_load(f)
    return [(r["text"], r["label"], str(r.get("category") or r["label"])) for r in rows]


def load_corpus(path: Path = CORPUS_PATH) -> list[Item]:
    """The old corpus, in the blind sets' labels: the writer's own is "self"."""
    with path.open(encoding="utf-8") as f:
        corpus = yaml.safe_load(f)
    labels = {
        "positive": "self",
        "holdout_positive": "self",
        "negative": "negative",
        "holdout_negative": "negative",
        "other_positive": "other",
        "holdout_other_positive": "other",
        "other_negative": "negative",
        "holdout_other_negative": "negative",
    }
    return [(text, labels[section], section) for section, texts in corpus.items() for text in texts]


def set_files() -> list[Path]:
    """Every labelled set but those held out as an unseen check (named on the command line, a
    held-out set is measured like any other)."""
    from crisis.train import HELD_OUT

    return [p for p in sorted(BLIND.glob("crisis_*.yaml")) if p.stem not in HELD_OUT]


def evaluate(name: str, items: list[Item], reply: Callable[[str], str | None]) -> SetResult:
    result = SetResult(name)
    for text, label, category in items:
        got = reply(text)
        alarm = got in ("crisis", "check", "helper")
        hit = alarm if label == "negative" else got in HITS.get(label, set())
        result.labels[label].add(hit)
        result.categories[f"{label}/{category}"].add(hit)
        if label == "negative":
            result.false_positives.add(hit)
            result.caring.add(got == "distress")
            result.answered.add(got is not None)
        elif label in RISK_LABELS:
            result.risk.add(hit)
        if label in HITS:
            result.routed.add(hit)
    return result


def print_set(result: SetResult, *, categories: bool) -> None:
    verdict = "ok" if result.on_target else "MISSED"
    print(
        f"\n== {result.name}: recall {result.risk} | false positives {result.false_positives}"
        f"  [{verdict}]"
    )
    print(f"   caring distress replies to negatives: {result.caring}")
    print(
        f"   routed (risk and distress): {result.routed} | any reply to a negative: "
        f"{result.answered}"
    )
    for label, tally in sorted(result.labels.items()):
        note = "false positives" if label == "negative" else "hits"
        print(f"   {label:<10} {note:<16} {tally}")
    if categories:
        for category, tally in sorted(result.categories.items()):
            print(f"      {category:<48} {tally}")


def latencies_ms(
    messages: list[str], reply: Callable[[str], str | None], clock: Callable[[], int]
) -> list[float]:
    timings = []
    for text in messages:
        start = clock()
        reply(text)
        timings.append((clock() - start) / 1e6)
    return timings


def resident_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-categories", action="store_true", help="labels only")
    parser.add_argument(
        "--skip-sealed", action="store_true", help="leave out the sealed set (while tuning)"
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="the rules alone: a classifier that never speaks (what the rules catch by themselves)",
    )
    parser.add_argument(
        "sets", nargs="*", type=Path, help="set files to measure (default: all, and the corpus)"
    )
    args = parser.parse_args(argv)

    gc.collect()
    before = resident_mb()
    started = time.thread_time()
    import crisis  # the memory the detector adds (rules and model) is what it loads here
    from crisis.model import Model

    # Every reading "negative", every threshold out of reach: only the rules can reply.
    silent = Model("silent", ("negative",), (0.0,), (), dict.fromkeys(THRESHOLDS, 2.0))
    chosen = silent if args.rules_only else None

    def reply(text: str) -> str | None:
        return crisis.assess(text, chosen).tier

    crisis.warm_up()  # every pattern compiled, as the bot does when it starts
    reply("warm up: load the model")
    start_cpu = time.thread_time() - started
    loaded = resident_mb()

    if args.sets:
        sets = [(path.name, load_blind(path)) for path in args.sets]
    else:
        paths = [p for p in set_files() if not (args.skip_sealed and "sealed" in p.name)]
        sets = [(path.name, load_blind(path)) for path in paths]
        sets.append((CORPUS_PATH.name + " (old, self-written)", load_corpus()))
    results = [evaluate(name, items, reply) for name, items in sets]
    for result in results:
        print_set(result, categories=not args.no_categories)

    everything = [text for _, items in sets for text, _, _ in items]
    # Wall time is what a person waits; CPU time of this thread is the same on a quiet machine
    # and stays honest on a busy one, where other processes inflate the wall clock.
    figures = {}
    for name, clock in (("wall", time.perf_counter_ns), ("cpu", time.thread_time_ns)):
        timings = sorted(latencies_ms(everything, reply, clock))
        figures[name] = (
            statistics.median(timings),
            timings[min(len(timings) - 1, round(0.99 * len(timings)))],
            statistics.median(latencies_ms([LONGEST_MESSAGE] * 20, reply, clock)),
            statistics.median(latencies_ms([REALISTIC_MESSAGE] * 20, reply, clock)),
        )
    median, p99, longest, realistic = figures["cpu"]
    added = loaded - before
    print(
        f"\ntargets: recall >= {RECALL_TARGET:.0%} (crisis reply or check-in; method and "
        f"overdose: crisis reply, all of them), false positives <= {FALSE_POSITIVE_TARGET:.0%}"
    )
    for name, (med, p99_, long_, varied) in figures.items():
        print(
            f"latency per message ({name} time): median {med:.2f} ms, p99 {p99_:.2f} ms "
            f"(the {len(everything)} labelled messages; budget {MEDIAN_BUDGET_MS} / "
            f"{P99_BUDGET_MS} ms); a 4096-character message: {long_:.2f} ms (median of 20), "
            f"varied sentences: {varied:.2f} ms"
        )
    print(
        f"memory: {added:.1f} MB added by the detector (peak RSS {loaded:.1f} MB; "
        f"budget {MEMORY_BUDGET_MB} MB)"
    )
    print(f"start: importing the detector and compiling its patterns took {start_cpu:.2f} s of CPU")
    within = median <= MEDIAN_BUDGET_MS and max(p99, longest, realistic) <= P99_BUDGET_MS
    within = within and added <= MEMORY_BUDGET_MB
    return 0 if within and all(r.on_target for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
