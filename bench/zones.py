"""Time-zone reading figures: how often what people type is understood.

Run from the repository root: ``python -m bench.zones [-v] [--words] [FILE]`` (default: the
development set, tests/data/blind/tz_dev.yaml). Each item is ``{text, zones, kind}``. An item
matches when the parser's answer is in ``zones``, or, for a country with several zones (or towns
of one name in several), when the choice it offers contains one of them; ``zones: []`` means the
text is not a zone and must be declined. Prints the time loading the index takes and the resident
memory it adds, then the match rate overall and by kind. With ``--words``, also how many of the
2,000 most common English words of five letters or more that name no place exactly (wordfreq, the
dev extra) are read as a place anyway, which can only be a near-miss guess ("banana" as "Banan").
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from journey.timeplan import TimeInputError
from journey.zones import normalise, read_zone, zone_index

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind" / "tz_dev.yaml"
EVERYDAY_WORDS = 2000


def answers(text: str) -> tuple[str, ...]:
    """The zones the bot would store or offer for `text`; empty if it declines.

    A reading to confirm or a single zone counts by its zone; a choice by all it offers.
    """
    try:
        reading = read_zone(text)
    except TimeInputError:  # an offset no place keeps: declined, with the reason
        return ()
    if reading is None:
        return ()
    return reading.zones if reading.certainty == "choice" else reading.zones[:1]


def matches(found: tuple[str, ...], expected: list[str]) -> bool:
    if not expected:
        return not found
    return any(zone in expected for zone in found)


def everyday_words(count: int) -> list[str]:
    """The most common English words of 5+ letters that are no place, country or zone name."""
    from wordfreq import top_n_list

    index = zone_index()
    names = {*index.places, *index.countries, *index.metazones, *index.abbreviations}
    words = []
    for word in top_n_list("en", 20 * count):
        key = normalise(word)
        if len(key) >= 5 and key.isascii() and key.isalpha() and key not in names:
            words.append(key)
    return list(dict.fromkeys(words))[:count]


def resident_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main(argv: list[str]) -> int:
    flags = [arg for arg in argv if arg.startswith("-")]
    argv = [arg for arg in argv if not arg.startswith("-")]
    path = Path(argv[0]) if argv else DEV_SET
    gc.collect()
    before = resident_mb()
    started = time.perf_counter()
    zone_index()
    loaded = time.perf_counter() - started
    gc.collect()
    print(f"index loaded in {loaded * 1000:.0f} ms, {resident_mb() - before:.0f} MB more resident")
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for item in items:
        kind = item.get("kind", "?")
        totals[kind] += 1
        found = answers(str(item["text"]))
        if matches(found, list(item["zones"] or [])):
            hits[kind] += 1
        elif "-v" in flags:
            print(f"  miss {kind}: {item['text']!r} -> {found}")
    total, matched = sum(totals.values()), sum(hits.values())
    started = time.perf_counter()
    for item in items:
        answers(str(item["text"]))
    per_item = (time.perf_counter() - started) / len(items) * 1000
    print(f"{per_item:.2f} ms per reading")
    print(f"{path.name}: {matched}/{total} understood ({100 * matched / total:.1f} %)")
    for kind in sorted(totals):
        print(f"  {kind:20} {hits[kind]:3}/{totals[kind]:<3}")
    if "--words" in flags:
        words = everyday_words(EVERYDAY_WORDS)
        taken = [word for word in words if answers(word)]
        print(f"everyday English words read as a place: {len(taken)}/{len(words)}")
        if "-v" in flags:
            print("  " + ", ".join(taken))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
